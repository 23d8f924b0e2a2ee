import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { LOGIN_LIMIT_PER_CLIENT } from '../../modules/auth'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { buildApp } from '../app'

// Two apps on one database stand for two processes behind a load balancer (the real two-process test is
// tests/multiprocess/): what one counts, the other sees.
describe('rate limits counted in the database', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let second: FastifyInstance
  beforeAll(async () => {
    t = await createTestApp()
    second = await buildApp({ db: t.db, config: t.app.config, logger: false })
  })
  afterAll(async () => {
    await second.close()
    await t.close()
  })

  const attempt = (app: FastifyInstance, i: number, remoteAddress: string) =>
    new Client(app).request({ method: 'POST', url: '/api/auth/login', payload: { email: `nobody${i}@test.samverka.se`, password: 'x' }, remoteAddress })

  it('holds one client to one login limit over both apps, and not another client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_LIMIT_PER_CLIENT; i++) statuses.push((await attempt(i % 2 ? second : t.app, i, '10.7.0.1')).statusCode)
    expect(statuses.every((status) => status === 401)).toBe(true)
    const over = await attempt(t.app, 99, '10.7.0.1')
    expect(over.statusCode).toBe(429)
    expect((await attempt(second, 100, '10.7.0.1')).statusCode).toBe(429)
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0)
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect((await attempt(second, 101, '10.7.0.2')).statusCode).toBe(401)
  })

  it('starts the count again when the window has ended', async () => {
    await t.db.query(`update rate_limit_counter set window_ends_at = now() - interval '1 second' where key like '%10.7.0.1'`)
    expect((await attempt(second, 102, '10.7.0.1')).statusCode).toBe(401)
    const [row] = await t.db.query<{ count: number }>(`select count from rate_limit_counter where key like 'POST /api/auth/login|%10.7.0.1'`)
    expect(row!.count).toBe(1)
  })

  it('counts each route apart', async () => {
    const keys = (await t.db.query<{ key: string }>('select key from rate_limit_counter order by key')).map((row) => row.key)
    expect(keys.some((key) => key.startsWith('POST /api/auth/login|'))).toBe(true)
    // The per-account limit of the login (auth.routes) has a namespace of its own.
    expect(keys.some((key) => key.startsWith('login:'))).toBe(true)
  })
})
