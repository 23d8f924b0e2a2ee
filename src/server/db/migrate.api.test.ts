import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite, openPostgres, type Database } from './database'
import { migrate, migrationFiles, pendingMigrations } from './migrate'

/**
 * Two processes starting at once on an empty database: each runs the migrations. On PostgreSQL (the
 * PostgreSQL tier) they are two connection pools, as two processes have; on PGlite, two runs interleaved.
 */
describe('migrations started twice at once', () => {
  const serverUrl = process.env.TEST_DATABASE_URL
  const name = `samverka_migrate_${randomBytes(6).toString('hex')}`
  let first: Database
  let second: Database

  const onServer = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    await client.query(sql).finally(() => client.end())
  }

  beforeAll(async () => {
    if (serverUrl) {
      await onServer(`create database ${name}`)
      const url = new URL(serverUrl)
      url.pathname = `/${name}`
      ;[first, second] = await Promise.all([openPostgres(url.toString()), openPostgres(url.toString())])
    } else {
      first = second = await openPglite()
    }
  })
  afterAll(async () => {
    await first.close()
    if (second !== first) await second.close()
    if (serverUrl) await onServer(`drop database if exists ${name} with (force)`)
  })

  it('applies every migration exactly once, whichever process gets there first', async () => {
    expect(await pendingMigrations(first)).toEqual(migrationFiles())
    const [byFirst, bySecond] = await Promise.all([migrate(first), migrate(second)])
    expect([...byFirst, ...bySecond].sort()).toEqual(migrationFiles())
    expect(byFirst.filter((file) => bySecond.includes(file))).toEqual([])
    const applied = await first.query<{ name: string }>('select name from schema_migration order by name')
    expect(applied.map((row) => row.name)).toEqual(migrationFiles())
    expect(await pendingMigrations(second)).toEqual([])
    expect(await migrate(second)).toEqual([])
  })
})
