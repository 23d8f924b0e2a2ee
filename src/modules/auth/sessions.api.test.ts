import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildUser, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('sessions', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp({ sessionIdleMinutes: 60, sessionHours: 10 })))
  afterAll(() => t.close())
  afterEach(() => vi.useRealTimers())

  const signedInAs = async (client: Client) => (await client.get('/api/auth/session')).json().user?.email ?? null

  it('ends every other session of the person when they change their password, and keeps the one they changed it in', async () => {
    const user = await buildUser(t.db)
    const laptop = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const stolen = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const changed = await laptop.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'ett nytt och langt losenord' })
    expect(changed.statusCode).toBe(204)
    expect(await signedInAs(stolen)).toBeNull()
    expect((await stolen.get('/api/collaborations')).statusCode).toBe(401)
    expect(await signedInAs(laptop)).toBe(user.email)
    expect((await new Client(t.app).post('/api/auth/login', { email: user.email, password: 'ett nytt och langt losenord' })).statusCode).toBe(200)
  })

  it.each(['password1234', 'aaaaaaaaaaaa'])('refuses %s as a new password with a 400 naming the field, and keeps the old one', async (newPassword) => {
    const user = await buildUser(t.db)
    const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const response = await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([{ path: 'body.newPassword', message: expect.stringContaining('för lätt att gissa') }])
    expect((await new Client(t.app).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200)
  })

  it('refuses a session left unused for the idle time, though its absolute lifetime remains', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T10:00:00+01:00'))
    const user = await buildUser(t.db)
    const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    // Used now and then, it lives on...
    vi.setSystemTime(new Date('2026-12-09T10:50:00+01:00'))
    expect(await signedInAs(client)).toBe(user.email)
    vi.setSystemTime(new Date('2026-12-09T11:45:00+01:00'))
    expect(await signedInAs(client)).toBe(user.email)
    // ...but an hour and a minute without use ends it.
    vi.setSystemTime(new Date('2026-12-09T12:46:00+01:00'))
    expect(await signedInAs(client)).toBeNull()
    expect((await client.get('/api/collaborations')).statusCode).toBe(401)
  })

  it('still ends a session at its absolute lifetime, however busy', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T08:00:00+01:00'))
    const user = await buildUser(t.db)
    const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const start = Date.parse('2026-12-09T08:00:00+01:00')
    for (let minutes = 50; minutes < 600; minutes += 50) {
      vi.setSystemTime(new Date(start + minutes * 60_000))
      expect(await signedInAs(client)).toBe(user.email)
    }
    vi.setSystemTime(new Date('2026-12-09T18:00:01+01:00'))
    expect(await signedInAs(client)).toBeNull()
  })
})

describe('cookies over HTTPS', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp({ secureCookies: true })))
  afterAll(() => t.close())

  it('names the session and CSRF cookies __Host- (Secure, the whole site, no Domain) and signs in through them', async () => {
    const user = await buildUser(t.db)
    const client = new Client(t.app)
    const response = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })
    expect(response.statusCode).toBe(200)
    const session = response.cookies.find((c) => c.name === '__Host-samverka_session')!
    expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/' })
    expect(session.domain).toBeUndefined()
    expect(response.cookies.find((c) => c.name === 'samverka_session')).toBeUndefined()
    const csrf = (await t.app.inject({ method: 'GET', url: '/api/health' })).cookies.find((c) => c.name === '__Host-samverka_csrf')!
    expect(csrf).toMatchObject({ secure: true, path: '/' })
    expect((await client.get('/api/auth/session')).json().user.email).toBe(user.email)
    expect((await client.patch('/api/me', { name: 'Säker Person' })).statusCode).toBe(204)
    // The development name is not read over HTTPS: a cookie planted under it names nobody.
    const planted = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `samverka_session=${session.value}` } })
    expect(planted.json().user).toBeNull()
  })
})
