import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite'
import pg from 'pg'

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: everything it wrote is committed together or not at all. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

// Both drivers return the same JavaScript values: dates as 'YYYY-MM-DD' strings (never shifted by a
// time zone), bigint as number (öre amounts stay far below 2^53), numeric as string (exactness).
const OID = { int8: 20, date: 1082, numeric: 1700 }
const parsers = {
  [OID.int8]: (value: string) => Number(value),
  [OID.date]: (value: string) => value,
  [OID.numeric]: (value: string) => value,
}

/** The database seen from inside one open transaction: use cases called with it join that transaction. */
export function withinTransaction(database: Pick<Database, 'kind'>, tx: Queryable): Database {
  return { kind: database.kind, query: tx.query, exec: tx.exec, transaction: (work) => work(tx), close: async () => {} }
}

export async function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl)
  return openPglite(options.dataDir)
}

/** Embedded PostgreSQL in a folder (or in memory when no folder is given, as the tests do). */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true })
    claimDataDir(dataDir)
  }
  const db = await PGlite.create(dataDir, { parsers: { ...parsers, [pgliteTypes.DATE]: (value: string) => value } })
  const query = async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows
  return {
    kind: 'pglite',
    query,
    exec: async (sql) => void (await db.exec(sql)),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
          exec: async (sql) => void (await tx.exec(sql)),
        }),
      ),
    close: async () => {
      await db.close()
      if (dataDir) rmSync(join(dataDir, LOCK_FILE), { force: true })
    },
  }
}

export const LOCK_FILE = 'samverka.pid'

/** PGlite is one process's database: a second process on the same folder would corrupt it, so refuse. */
export function claimDataDir(dataDir: string) {
  const lockPath = join(dataDir, LOCK_FILE)
  const holder = Number(readFileSync(lockPath, { encoding: 'utf8', flag: 'a+' }).trim())
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(`The data folder ${dataDir} is in use by another Samverka process (pid ${holder}). Stop it first, or set SAMVERKA_DATA_DIR to another folder.`)
  }
  writeFileSync(lockPath, String(process.pid))
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (parsers as Record<number, (v: string) => unknown>)[oid] ?? pg.types.getTypeParser(oid, format) },
  })
  // An idle connection the server ends (a restart, a failover, an administrator) is dropped by the pool and
  // replaced on the next query; without a listener the error would end the whole process.
  pool.on('error', (error) => console.warn(`PostgreSQL ended an idle connection: ${error.message}`))
  await pool.query('select 1')
  const query = async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[]
  return {
    kind: 'postgres',
    query,
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect()
      // One connection runs one query at a time: queries sent together (Promise.all) wait their turn here
      // rather than in the driver, which is to stop queueing them.
      let turn: Promise<unknown> = Promise.resolve()
      const inTurn = <R>(run: () => Promise<R>) => {
        const next = turn.then(run)
        turn = next.catch(() => undefined)
        return next
      }
      try {
        await client.query('begin')
        const result = await work({
          query: async <T>(sql: string, params?: unknown[]) => (await inTurn(() => client.query(sql, params))).rows as T[],
          exec: async (sql) => void (await inTurn(() => client.query(sql))),
        })
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
