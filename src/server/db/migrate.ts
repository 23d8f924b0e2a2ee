import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Database, Queryable } from './database'

const migrationsDir = fileURLToPath(new URL('../../../migrations', import.meta.url))

// A fixed key for the advisory lock that lets one process at a time change the schema.
const MIGRATION_LOCK = 727275

/**
 * Holds the start-up lock until `tx` ends: app processes started together on one PostgreSQL take turns
 * with what they do once to an empty database (migrations; first data). Check again under the lock
 * whether the work is still to be done: another process may have done it meanwhile.
 */
export async function takeStartupLock(tx: Queryable) {
  await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
}

/** The SQL files in `migrations/`, in the order they are applied. */
export const migrationFiles = () => readdirSync(migrationsDir).filter((file) => file.endsWith('.sql')).sort()

/** Names of migration files this database has not applied (all of them before the first start). */
export async function pendingMigrations(db: Queryable): Promise<string[]> {
  const [{ known }] = (await db.query<{ known: boolean }>(`select to_regclass('schema_migration') is not null as known`)) as [{ known: boolean }]
  const applied = known ? new Set((await db.query<{ name: string }>('select name from schema_migration')).map((row) => row.name)) : new Set<string>()
  return migrationFiles().filter((file) => !applied.has(file))
}

/**
 * Applies every committed SQL file in `migrations/` that this database has not seen, in name order.
 * Each runs in its own transaction under the start-up lock, and only if it is still pending there, so
 * two processes starting at once apply each migration once. Returns the ones this call applied.
 */
export async function migrate(db: Database): Promise<string[]> {
  // Looked up first: an app that logs in without the right to create tables still reads what is applied.
  const [{ known }] = (await db.query<{ known: boolean }>(`select to_regclass('schema_migration') is not null as known`)) as [{ known: boolean }]
  if (!known) {
    await db.transaction(async (tx) => {
      await takeStartupLock(tx)
      await tx.exec(`create table if not exists schema_migration (
        name text primary key, applied_at timestamptz not null default now())`)
    })
  }
  const applied: string[] = []
  for (const file of await pendingMigrations(db)) {
    const done = await db.transaction(async (tx) => {
      await takeStartupLock(tx)
      const [already] = await tx.query('select 1 from schema_migration where name = $1', [file])
      if (already) return false
      await tx.exec(readFileSync(join(migrationsDir, file), 'utf8'))
      await tx.query('insert into schema_migration (name) values ($1)', [file])
      return true
    })
    if (done) applied.push(file)
  }
  return applied
}
