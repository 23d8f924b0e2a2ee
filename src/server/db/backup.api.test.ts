import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../tests/helpers/test-app'
import { TEST_AUDIT_KEY } from '../audit-key'
import { checkpointAuditLog, verifyAuditChain } from '../../modules/audit'
import { seedDemo } from '../../modules/demo'
import { loadReferenceData } from '../../modules/members'
import { backupDatabase, countRows, restoreDatabase, type BackupTarget } from './backup'
import { LOCK_FILE, openDatabase } from './database'
import { migrate } from './migrate'

// The tier decides the engine: PGlite folders by default, new databases on TEST_DATABASE_URL's server in the PostgreSQL tier.
const serverUrl = process.env.TEST_DATABASE_URL
const engine = serverUrl ? 'PostgreSQL' : 'PGlite'
const auditKey = Buffer.from(TEST_AUDIT_KEY, 'utf8')

describe(`backup and restore on ${engine}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'samverka-backup-'))
  const drops: (() => Promise<void>)[] = []
  let targets = 0
  let source: BackupTarget
  let sourceRows: Record<string, number>
  let sourceAuditOwner: string | undefined

  /** An empty database to restore into: a new database on the server, or a new PGlite folder. */
  async function emptyTarget(): Promise<BackupTarget> {
    targets += 1
    if (!serverUrl) return { databaseUrl: undefined, dataDir: join(folder, `data-${targets}`) }
    const database = await createTestDatabase(serverUrl)
    drops.push(database.drop)
    return { databaseUrl: database.url, dataDir: join(folder, 'unused') }
  }

  const backupName = (name: string) => join(folder, serverUrl ? `${name}.dump` : `${name}.pglite.tar.gz`)

  beforeAll(async () => {
    source = await emptyTarget()
    const db = await openDatabase(source)
    await migrate(db)
    await loadReferenceData(db)
    await seedDemo(db)
    // The demo posts minutes (a checkpoint); one more signs the head, so the restore is checked to the last entry.
    await checkpointAuditLog(db, auditKey)
    sourceRows = await countRows(db)
    ;[{ owner: sourceAuditOwner } = { owner: undefined }] = serverUrl ? await db.query<{ owner: string }>(`select tableowner as owner from pg_tables where tablename = 'audit_log'`) : []
    await db.close()
  }, 300_000)

  afterAll(async () => {
    for (const drop of drops) await drop()
    rmSync(folder, { recursive: true, force: true })
  })

  it('a backup restored into a new, empty database has every row of every table, current migrations and an audit log that verifies with the same key', async () => {
    const file = backupName('round-trip')
    const backup = await backupDatabase(source, file)
    expect(backup.rows).toEqual(sourceRows)
    expect(backup.bytes).toBe(statSync(file).size)
    expect(sourceRows.audit_log).toBeGreaterThan(100)
    expect(sourceRows.audit_checkpoint).toBeGreaterThanOrEqual(2)

    const target = await emptyTarget()
    const restored = await restoreDatabase(target, file, auditKey)
    expect(restored.keptAt).toBeUndefined()
    expect(restored.appliedMigrations).toEqual([])
    expect(restored.audit).toEqual({ ok: true, checked: sourceRows.audit_log, checkpoints: sourceRows.audit_checkpoint })
    // On PostgreSQL the log keeps the owner the app does not log in as (README, "Audit log").
    expect(restored.auditLogOwner).toBe(sourceAuditOwner)

    // Seen afresh, as the app will see it.
    const db = await openDatabase(target)
    expect(await countRows(db)).toEqual(sourceRows)
    expect(await migrate(db)).toEqual([])
    expect(await verifyAuditChain(db, auditKey)).toMatchObject({ ok: true })
    // Another key is not the one the checkpoints were signed with: that is found, so the key must travel with the backup.
    expect(await verifyAuditChain(db, Buffer.from('another key, not the one of the backup'))).toMatchObject({ ok: false, reason: 'checkpoint_signature_invalid' })
    await db.close()
  }, 300_000)

  it('restoring over a database keeps what was there and leaves the app no more rights on the audit log', async () => {
    const file = backupName('over')
    await backupDatabase(source, file)
    const target = await emptyTarget()
    await restoreDatabase(target, file, auditKey)

    const restored = await restoreDatabase(target, file, auditKey)
    expect(restored.rows).toEqual(sourceRows)
    expect(restored.audit).toMatchObject({ ok: true })
    expect(restored.keptAt).toBeDefined()
    expect(existsSync(restored.keptAt!)).toBe(true)
    if (serverUrl) {
      const db = await openDatabase(target)
      const [rights] = await db.query<{ update: boolean; delete: boolean }>(
        `select has_table_privilege('samverka_app', 'audit_log', 'update') as update, has_table_privilege('samverka_app', 'audit_log', 'delete') as delete`,
      )
      expect(rights).toEqual({ update: false, delete: false })
      await db.close()
    } else {
      // The PGlite folder that was replaced is moved aside whole, a database still.
      expect(readdirSync(restored.keptAt!)).toContain('PG_VERSION')
    }
  }, 300_000)

  it('a backup never overwrites an earlier one', async () => {
    const file = backupName('taken')
    writeFileSync(file, 'an earlier backup')
    await expect(backupDatabase(source, file)).rejects.toThrow(/already exists/)
    expect(readFileSync(file, 'utf8')).toBe('an earlier backup')
  })

  it('refuses a file that is not a backup and leaves the database as it was', async () => {
    const file = join(folder, 'garbage.dump')
    writeFileSync(file, 'this is not a backup, only text')
    await expect(restoreDatabase(source, file, auditKey)).rejects.toThrow(`${file} is not a ${engine} backup`)
    // A damaged file of the right kind: the restore fails inside, and nothing of the target changes.
    const damaged = join(folder, 'damaged')
    writeFileSync(damaged, Buffer.concat([Buffer.from(serverUrl ? 'PGDMP' : '\x1f\x8b', 'latin1'), Buffer.alloc(2000, 7)]))
    await expect(restoreDatabase(source, damaged, auditKey)).rejects.toThrow(serverUrl ? /pg_restore failed/ : /could not be restored/)

    const db = await openDatabase(source)
    expect(await countRows(db)).toEqual(sourceRows)
    await db.close()
    // PGlite: nothing unpacked is left beside the folder, and the folder was not moved aside.
    if (!serverUrl) expect(readdirSync(folder).filter((name) => name.startsWith(`${basename(source.dataDir)}.`))).toEqual([])
  }, 120_000)

  it('refuses to back up or restore a PGlite folder that a running app holds', async () => {
    const inUse = join(folder, 'in-use')
    mkdirSync(inUse)
    writeFileSync(join(inUse, 'PG_VERSION'), '17\n')
    // The process that started this test runner is running, as a Samverka app would be.
    writeFileSync(join(inUse, LOCK_FILE), String(process.ppid))
    const target = { databaseUrl: undefined, dataDir: inUse }
    const file = join(folder, 'some.pglite.tar.gz')
    writeFileSync(file, Buffer.from('\x1f\x8b not unpacked: the folder is refused first', 'latin1'))

    await expect(restoreDatabase(target, file, auditKey)).rejects.toThrow(/in use by another Samverka process .*only while the app is stopped/)
    await expect(backupDatabase(target, join(folder, 'of-in-use.pglite.tar.gz'))).rejects.toThrow(/in use by another Samverka process/)
    expect(readdirSync(inUse).sort()).toEqual(['PG_VERSION', LOCK_FILE])
    expect(readFileSync(join(inUse, LOCK_FILE), 'utf8')).toBe(String(process.ppid))
    expect(existsSync(join(folder, 'of-in-use.pglite.tar.gz'))).toBe(false)
  })
})
