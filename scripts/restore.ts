// Restores a backup made by `npm run backup` into the configured database (DATABASE_URL, or PGlite in
// SAMVERKA_DATA_DIR), then applies newer migrations and verifies the audit log with SAMVERKA_AUDIT_KEY:
//   npm run restore -- <file>
// What it replaces is kept: a PostgreSQL database that held tables is backed up first, beside <file>;
// a PGlite folder is moved aside to <folder>.before-restore-<time>. Stop the app first.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { resolveAuditKey } from '../src/server/audit-key'
import { readConfig } from '../src/server/config'
import { BackupError, describeRows, formatSize, restoreDatabase } from '../src/server/db/backup'

const config = readConfig()
const [file, ...rest] = process.argv.slice(2)
if (!file || rest.length > 0) {
  console.error('Usage: npm run restore -- <file>')
  process.exit(1)
}

// Without SAMVERKA_AUDIT_KEY the app signs with <data folder>.audit-key; a new one made here could verify nothing.
const keyFile = `${resolve(config.dataDir)}.audit-key`
const auditKey = config.auditKey || existsSync(keyFile) ? resolveAuditKey(config) : undefined

try {
  const restored = await restoreDatabase(config, file, auditKey)
  const into = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`
  const kept = restored.keptAt ? ` What was there before is kept in ${restored.keptAt}.` : ''
  const migrations = restored.appliedMigrations.length ? ` Applied the newer migrations ${restored.appliedMigrations.join(', ')}.` : ''
  console.log(`Restored ${restored.file} (${formatSize(restored.bytes)}) into ${into}: ${describeRows(restored.rows)}.${kept}${migrations}`)
  if (restored.auditLogOwner) console.log(`audit_log is owned by ${restored.auditLogOwner}.`)
  const audit = restored.audit
  if (!audit) {
    console.warn(`The audit log was not verified: set SAMVERKA_AUDIT_KEY to the key the backup was signed with, then run npm run audit:verify.`)
  } else if (audit.ok) {
    console.log(`Audit log intact: ${audit.checked} entries and ${audit.checkpoints} signed checkpoints checked.`)
  } else {
    console.error(`Audit log does NOT verify (entry ${audit.brokenAtId}: ${audit.reason}). With checkpoint_signature_invalid the key is not the one the backup was signed with; run npm run audit:verify for details.`)
    process.exit(1)
  }
} catch (error) {
  console.error(`Restore failed: ${error instanceof BackupError ? error.message : String(error)}`)
  process.exit(1)
}
