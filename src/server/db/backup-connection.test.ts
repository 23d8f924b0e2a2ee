import { describe, expect, it } from 'vitest'
import { connection } from './backup'

describe('the connection pg_dump and pg_restore are given', () => {
  it.each([
    ['postgres://samverka_owner:h%40mligt@db.kommun.se:5432/samverka', 'postgres://samverka_owner@db.kommun.se:5432/samverka', 'h@mligt'],
    ['postgres://samverka_owner:pw@/samverka?host=/run/postgresql&port=5433', 'postgres://samverka_owner@/samverka?host=/run/postgresql&port=5433', 'pw'],
    ['postgresql://samverka@localhost/samverka', 'postgresql://samverka@localhost/samverka', undefined],
  ])('keeps the password of %s out of the command line', (url, dbname, password) => {
    const result = connection(url)
    expect(result.dbname).toBe(dbname)
    expect(result.env.PGPASSWORD).toBe(password ?? process.env.PGPASSWORD)
  })
})
