import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Database } from './database'

const migrationsDir = fileURLToPath(new URL('../../../migrations', import.meta.url))

/** Applies every committed SQL file in `migrations/` that this database has not seen, in name order. */
export async function migrate(db: Database): Promise<string[]> {
  // Looked up first: an app that logs in without the right to create tables still reads what is applied.
  const [{ known }] = (await db.query<{ known: boolean }>(`select to_regclass('schema_migration') is not null as known`)) as [{ known: boolean }]
  if (!known) {
    await db.exec(`create table if not exists schema_migration (
      name text primary key, applied_at timestamptz not null default now())`)
  }
  const applied = new Set((await db.query<{ name: string }>('select name from schema_migration')).map((row) => row.name))
  const pending = readdirSync(migrationsDir).filter((file) => file.endsWith('.sql') && !applied.has(file)).sort()
  for (const file of pending) {
    const sql = readFileSync(join(migrationsDir, file), 'utf8')
    await db.transaction(async (tx) => {
      await tx.exec(sql)
      await tx.query('insert into schema_migration (name) values ($1)', [file])
    })
  }
  return pending
}
