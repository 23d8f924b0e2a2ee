import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, openSync, readFileSync, readSync, closeSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { PGlite } from '@electric-sql/pglite'
import { findPostgresBin } from '../../../scripts/postgres-cluster'
import { verifyAuditChain } from '../../modules/audit'
import { formatDateTime } from '../../shared/format'
import { now } from '../clock'
import type { Config } from '../config'
import { claimDataDir, LOCK_FILE, openDatabase, type Queryable } from './database'
import { migrate } from './migrate'

/**
 * Backups of either database the app runs on: `pg_dump --format=custom` of the PostgreSQL database in
 * DATABASE_URL, or PGlite's own tarball of the data folder. A restore never throws away what it replaces
 * without keeping it: a PostgreSQL database is backed up first, a PGlite folder is moved aside.
 */
export type BackupTarget = Pick<Config, 'databaseUrl' | 'dataDir'>

/** Something the operator must fix; its message is the whole explanation (the scripts print only it). */
export class BackupError extends Error {}

/** Rows of the tables the summary line names, so that an operator sees at a glance what a file holds. */
const MAIN_TABLES = ['collaboration', 'app_user', 'initiative', 'meeting', 'audit_log'] as const

export interface BackupResult {
  file: string
  bytes: number
  /** Rows per table, every table of the public schema. */
  rows: Record<string, number>
}

export interface RestoreResult extends BackupResult {
  /** Where the replaced database went: the PGlite folder moved aside, or a backup of the PostgreSQL database. */
  keptAt?: string
  appliedMigrations: string[]
  audit: Awaited<ReturnType<typeof verifyAuditChain>> | undefined
  /** PostgreSQL: who owns audit_log after the restore (samverka_audit_owner where the migrations set that up). */
  auditLogOwner?: string
}

/** `backups/samverka-2026-12-06T2130.dump`: the time in Sweden, sortable, one per minute. */
export function defaultBackupFile(target: BackupTarget): string {
  return join('backups', `samverka-${stamp()}${backupExtension(target)}`)
}

const backupExtension = (target: BackupTarget) => (target.databaseUrl ? '.dump' : '.pglite.tar.gz')

/** "2026-12-06T2130", in Swedish time. */
const stamp = () => formatDateTime(now()).replace(' ', 'T').replace(':', '')

/** `<base>-<time><ending>`, or with -2, -3… when a restore a moment ago already took that name. */
function unusedName(base: string, ending: string) {
  let name = `${base}-${stamp()}${ending}`
  for (let n = 2; existsSync(name); n += 1) name = `${base}-${stamp()}-${n}${ending}`
  return name
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupError(`${file} already exists: a backup never overwrites another one. Give another name with --out.`)
  mkdirSync(dirname(resolve(file)), { recursive: true })
  // Written under another name first, so that a failed backup never looks like a backup.
  const partial = `${file}.partial`
  try {
    const rows = target.databaseUrl ? await dumpPostgres(target.databaseUrl, partial) : await dumpPglite(target.dataDir, partial)
    renameSync(partial, file)
    return { file, bytes: statSync(file).size, rows }
  } finally {
    rmSync(partial, { force: true })
  }
}

/**
 * Restores `file` into the configured database, then applies the migrations this version has and the
 * backup lacks and verifies the audit log with `auditKey` (the one the backup's checkpoints were signed
 * with; undefined skips the check). The file's kind is checked before anything is touched.
 */
export async function restoreDatabase(target: BackupTarget, file: string, auditKey: Buffer | undefined): Promise<RestoreResult> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`${file}: no such backup file.`)
  const kind = backupKind(file)
  if (target.databaseUrl) {
    if (kind !== 'postgres') throw new BackupError(`${file} is not a PostgreSQL backup (pg_dump --format=custom)${kind === 'pglite' ? ': it is a PGlite backup, restored with DATABASE_URL unset' : ''}.`)
  } else if (kind !== 'pglite') {
    throw new BackupError(`${file} is not a PGlite backup${kind === 'postgres' ? ': it is a PostgreSQL backup, restored with DATABASE_URL set' : ''}.`)
  }
  const keptAt = target.databaseUrl ? await restorePostgres(target, file) : await restorePglite(target.dataDir, file)

  const db = await openDatabase(target)
  try {
    const appliedMigrations = await migrate(db)
    const audit = auditKey ? await verifyAuditChain(db, auditKey) : undefined
    const [owner] = target.databaseUrl ? await db.query<{ owner: string }>(`select tableowner as owner from pg_tables where schemaname = 'public' and tablename = 'audit_log'`) : []
    return { file, bytes: statSync(file).size, rows: await countRows(db), keptAt, appliedMigrations, audit, auditLogOwner: owner?.owner }
  } finally {
    await db.close()
  }
}

/** Rows in every table of the public schema, by name. */
export async function countRows(db: Queryable): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )
  const rows: Record<string, number> = {}
  for (const { name } of tables) {
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(`select count(*)::int as n from "${name}"`)
    rows[name] = n
  }
  return rows
}

/** "collaboration 6, app_user 14, …": the few tables an operator recognises. */
export function describeRows(rows: Record<string, number>): string {
  return MAIN_TABLES.filter((table) => table in rows).map((table) => `${table} ${rows[table]}`).join(', ')
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** What a file holds, from its first bytes: pg_dump's custom format starts "PGDMP", PGlite's tarball is gzip. */
function backupKind(file: string): 'postgres' | 'pglite' | undefined {
  const head = Buffer.alloc(5)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres'
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite'
  return undefined
}

// PostgreSQL -----------------------------------------------------------------------------------------------

const run = promisify(execFile)

/** pg_dump or pg_restore, from PATH or Debian's /usr/lib/postgresql/N/bin, as scripts/postgres-cluster.ts finds initdb. */
function postgresProgram(name: 'pg_dump' | 'pg_restore') {
  const bin = findPostgresBin([name])
  if (!bin) throw new BackupError(`${name} not found: install the PostgreSQL client programs of the server's major version or newer (apt-get install postgresql-client).`)
  return join(bin, name)
}

/** The connection for pg_dump/pg_restore, with the password in the environment rather than on the command line (where `ps` shows it). */
export function connection(databaseUrl: string) {
  // By hand rather than with URL: libpq's socket form (postgres://user:pw@/samverka?host=/run/postgresql) is no WHATWG URL.
  const match = /^(postgres(?:ql)?:\/\/[^:@/]*):([^@]*)@/.exec(databaseUrl)
  const password = match ? decodeURIComponent(match[2]!) : ''
  const dbname = match ? `${match[1]}@${databaseUrl.slice(match[0].length)}` : databaseUrl
  return { dbname, env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

async function runPostgresProgram(name: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string) {
  const { dbname, env } = connection(databaseUrl)
  try {
    await run(postgresProgram(name), [...args, `--dbname=${dbname}`], { env, maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    if (error instanceof BackupError) throw error
    const stderr = String((error as { stderr?: string }).stderr ?? error).trim()
    const hint = /version mismatch/i.test(stderr)
      ? ` ${name} must be of the server's major version or newer: install that version's client programs and put its bin folder first on PATH.`
      : /role .* does not exist|must be (owner|member)|permission denied/i.test(stderr)
        ? ' Restore as the role that runs the migrations (a member of samverka_audit_owner, see README "Backups"), or as a superuser; on a new server create the roles first.'
        : ''
    throw new BackupError(`${name} failed: ${stderr}${hint}`)
  }
}

async function dumpPostgres(databaseUrl: string, file: string) {
  const db = await openDatabase({ databaseUrl })
  try {
    // Owners and grants are kept in the file: the audit log stays owned by samverka_audit_owner after a restore.
    await runPostgresProgram('pg_dump', ['--format=custom', `--file=${file}`], databaseUrl)
    // Counted just after the snapshot: with the app running, a row written in between may be counted too.
    return await countRows(db)
  } finally {
    await db.close()
  }
}

/** Returns the backup taken of the database being replaced, if it held anything. */
async function restorePostgres(target: BackupTarget, file: string): Promise<string | undefined> {
  const databaseUrl = target.databaseUrl!
  const db = await openDatabase({ databaseUrl })
  try {
    const [{ tables } = { tables: 0 }] = await db.query<{ tables: number }>(
      `select count(*)::int as tables from information_schema.tables where table_schema = 'public'`,
    )
    // Beside the file being restored, where backups are kept already.
    const safetyCopy = unusedName(join(dirname(resolve(file)), 'samverka-before-restore'), backupExtension(target))
    const keptAt = tables > 0 ? (await backupDatabase(target, safetyCopy)).file : undefined
    // As in migration 0012: samverka_audit_owner may take the audit log over only while it may create in the
    // schema, and keeps nothing of that afterwards.
    const [{ auditOwner } = { auditOwner: false }] = await db.query<{ auditOwner: boolean }>(`select to_regrole('samverka_audit_owner') is not null as "auditOwner"`)
    if (auditOwner) await db.exec('grant create on schema public to samverka_audit_owner')
    try {
      // One transaction: a restore that fails half-way (a damaged file, a missing role) leaves the database as it was.
      await runPostgresProgram('pg_restore', ['--clean', '--if-exists', '--single-transaction', '--exit-on-error', file], databaseUrl)
    } finally {
      if (auditOwner) await db.exec('revoke create on schema public from samverka_audit_owner')
    }
    // Replacing tables recreates them under the owner's default privileges (update and delete for samverka_app),
    // which the file's grants add to rather than replace: take back what migration 0012 never gives on the log.
    if (auditOwner && keptAt) {
      await db.exec('revoke update, delete, truncate, references, trigger on audit_log, audit_checkpoint from samverka_app')
    }
    return keptAt
  } finally {
    await db.close()
  }
}

// PGlite ---------------------------------------------------------------------------------------------------

/** PGlite is one process's database: the folder is claimed like the app claims it, so a running app is refused. */
function claimPgliteFolder(dataDir: string) {
  try {
    claimDataDir(dataDir)
  } catch (error) {
    throw new BackupError(`${(error as Error).message} PGlite's data folder can be backed up and restored only while the app is stopped.`)
  }
}

async function dumpPglite(dataDir: string, file: string) {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new BackupError(`${dataDir} holds no PGlite database (set SAMVERKA_DATA_DIR, or DATABASE_URL for PostgreSQL).`)
  claimPgliteFolder(dataDir)
  const db = await PGlite.create(dataDir)
  try {
    const rows = await countRows({ query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows, exec: async (sql) => void (await db.exec(sql)) })
    const tarball = await db.dumpDataDir('gzip')
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()))
    return rows
  } finally {
    await db.close()
    rmSync(join(dataDir, LOCK_FILE), { force: true })
  }
}

/**
 * Unpacks the tarball into a new folder beside the data folder and opens it there; only when that worked
 * is the old folder moved aside (`<folder>.before-restore-<time>`) and the new one put in its place.
 */
async function restorePglite(dataDir: string, file: string): Promise<string | undefined> {
  const folder = resolve(dataDir)
  const inUse = existsSync(folder) && readdirSync(folder).length > 0
  if (inUse) claimPgliteFolder(folder)
  const staging = `${folder}.restoring-${process.pid}`
  try {
    rmSync(staging, { recursive: true, force: true })
    mkdirSync(staging, { recursive: true })
    try {
      // Unpacked here, where a damaged file is a plain error (PGlite's own gunzip leaves it unhandled).
      const tarball = gunzipSync(readFileSync(file))
      if (tarball.toString('latin1', 257, 262) !== 'ustar') throw new Error('not a tar archive')
      const db = await PGlite.create(staging, { loadDataDir: new Blob([tarball]) })
      await db.query('select count(*) from schema_migration')
      await db.close()
    } catch (error) {
      throw new BackupError(`${file} could not be restored as a Samverka PGlite database (${(error as Error).message}); ${folder} is unchanged.`)
    }
    // The backup holds the lock file of the process that took it; that process is not this folder's holder.
    rmSync(join(staging, LOCK_FILE), { force: true })
    let keptAt: string | undefined
    if (inUse) {
      keptAt = unusedName(`${folder}.before-restore`, '')
      renameSync(folder, keptAt)
      rmSync(join(keptAt, LOCK_FILE), { force: true })
    } else {
      rmSync(folder, { recursive: true, force: true })
    }
    renameSync(staging, folder)
    return keptAt
  } finally {
    rmSync(staging, { recursive: true, force: true })
    if (inUse && existsSync(join(folder, LOCK_FILE)) && readFileSync(join(folder, LOCK_FILE), 'utf8').trim() === String(process.pid)) {
      rmSync(join(folder, LOCK_FILE), { force: true })
    }
  }
}
