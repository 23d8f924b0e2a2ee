// Backs up the configured database (DATABASE_URL, or PGlite in SAMVERKA_DATA_DIR) to one file:
//   npm run backup [-- --out <file>]      default backups/samverka-<date>T<hhmm>.dump (.pglite.tar.gz for PGlite)
// Prints one line (file, size, rows of the main tables); exits 1 with the reason when it could not.
import { readConfig } from '../src/server/config'
import { backupDatabase, BackupError, defaultBackupFile, describeRows, formatSize } from '../src/server/db/backup'

const config = readConfig()
const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
if ((outAt >= 0 && !args[outAt + 1]) || args.some((arg, i) => arg !== '--out' && i !== outAt + 1)) {
  console.error('Usage: npm run backup [-- --out <file>]')
  process.exit(1)
}
const file = outAt >= 0 ? args[outAt + 1]! : defaultBackupFile(config)

try {
  const backup = await backupDatabase(config, file)
  console.log(`Backed up ${config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`} to ${backup.file} (${formatSize(backup.bytes)}): ${describeRows(backup.rows)}.`)
  console.log('Keep SAMVERKA_AUDIT_KEY (or the .audit-key file beside the data folder) too, stored apart from this file: the restored audit log is verified with it.')
} catch (error) {
  console.error(`Backup failed: ${error instanceof BackupError ? error.message : String(error)}`)
  process.exit(1)
}

