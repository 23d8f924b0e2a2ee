import { Writable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { buildApp } from '../../server/app'
import { readConfig, readTrustProxy } from '../../server/config'
import { openPglite } from '../../server/db/database'
import { migrate } from '../../server/db/migrate'
import { LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_CLIENT } from './login-limits'
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './auth.service'

const refusal = (response: { statusCode: number; json: () => Record<string, unknown> }) => {
  const { title, code, detail } = response.json()
  return { status: response.statusCode, title, code, detail }
}

describe('logging in and out', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())
  afterEach(() => vi.useRealTimers())

  it('signs a person in with an httpOnly, SameSite session cookie and returns their roles', async () => {
    const { collaboration, members } = await buildCollaboration(t.db)
    const user = await buildUser(t.db, { name: 'Kim Kalix' })
    await grantRole(t.db, { collaborationId: collaboration.id, userId: user.id, role: 'member_representative', memberId: members[1]!.id })
    const client = new Client(t.app)
    const response = await client.post('/api/auth/login', { email: user.email.toUpperCase(), password: TEST_PASSWORD })
    expect(response.statusCode).toBe(200)
    const cookie = response.cookies.find((c) => c.name === 'samverka_session')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    expect(response.json().user.name).toBe('Kim Kalix')
    expect(response.json().roles).toEqual([
      expect.objectContaining({ collaborationId: collaboration.id, role: 'member_representative', memberName: members[1]!.name }),
    ])
    expect((await client.get('/api/auth/session')).json().user.email).toBe(user.email)

    expect((await client.post('/api/auth/logout')).statusCode).toBe(204)
    expect((await client.get('/api/auth/session')).json().user).toBeNull()
    expect((await client.get('/api/collaborations')).statusCode).toBe(401)
  })

  it('gives one answer whether the account is missing, the password wrong or the account locked', async () => {
    const user = await buildUser(t.db)
    const client = new Client(t.app)
    const missing = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody-here@test.samverka.se', password: 'wrong-password' }, remoteAddress: '10.1.0.1' })
    const wrong = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong-password' }, remoteAddress: '10.1.0.2' })
    expect(missing.statusCode).toBe(401)
    expect(missing.headers['content-type']).toContain('application/problem+json')
    expect(refusal(wrong)).toEqual(refusal(missing))
    expect(missing.json().title).toContain(`Efter ${MAX_FAILED_LOGINS} misslyckade försök i rad låses kontot i ${LOCK_MINUTES} minuter`)

    for (let attempt = 2; attempt <= MAX_FAILED_LOGINS; attempt++) {
      await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong-password' }, remoteAddress: `10.1.0.${attempt + 2}` })
    }
    // Locked now: even the right password gets the same answer, and no session.
    const right = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD }, remoteAddress: '10.1.0.20' })
    expect(refusal(right)).toEqual(refusal(missing))
    expect(right.cookies.find((c) => c.name === 'samverka_session')).toBeUndefined()
  })

  it('keeps an account locked for the documented minutes and no longer, however often someone keeps trying', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T10:00:00+01:00'))
    const user = await buildUser(t.db)
    const attacker = new Client(t.app)
    const tryWrong = () => attacker.request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong-password' }, remoteAddress: '10.2.0.1' })
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS; attempt++) await tryWrong()
    // Attempts while the account is locked do not stretch the lock.
    vi.setSystemTime(new Date('2026-12-09T10:14:00+01:00'))
    for (let attempt = 0; attempt < 3; attempt++) await tryWrong()
    vi.setSystemTime(new Date(`2026-12-09T10:${LOCK_MINUTES}:01+01:00`))
    // The owner, from their own address, gets in once the documented lock has passed.
    const owner = await new Client(t.app).request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD }, remoteAddress: '10.2.0.2' })
    expect(owner.statusCode).toBe(200)
  })

  it('answers in English when the person has chosen English', async () => {
    const client = new Client(t.app)
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.samverka.se', password: 'x' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    })
    expect(response.json().title).toContain('Wrong e-mail address or password, or the account is temporarily locked')
  })

  it('refuses a state-changing request without the CSRF token, and changes nothing', async () => {
    const user = await buildUser(t.db)
    const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const response = await client.request({ method: 'PATCH', url: '/api/me', payload: { name: 'Forged Name' }, headers: { 'x-csrf-token': 'guessed' } })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('csrf_failed')
    expect((await client.get('/api/auth/session')).json().user.name).toBe(user.name)
  })

  it('refuses a state-changing request sent from another site (Origin, or Referer without it), even with the token', async () => {
    const user = await buildUser(t.db)
    const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const fromElsewhere = await client.request({ method: 'PATCH', url: '/api/me', payload: { name: 'Forged Name' }, headers: { origin: 'https://angripare.example' } })
    expect(fromElsewhere.statusCode).toBe(403)
    expect(fromElsewhere.json().code).toBe('csrf_failed')
    const referred = await client.request({ method: 'PATCH', url: '/api/me', payload: { name: 'Forged Name' }, headers: { referer: 'https://angripare.example/sida' } })
    expect(referred.statusCode).toBe(403)
    expect((await client.get('/api/auth/session')).json().user.name).toBe(user.name)

    const own = await client.request({ method: 'PATCH', url: '/api/me', payload: { name: 'Eget Namn' }, headers: { origin: t.app.config.publicUrl } })
    expect(own.statusCode).toBe(204)
    const sameHost = await client.request({ method: 'PATCH', url: '/api/me', payload: { name: 'Samma Värd' }, headers: { host: 'samverka.kommun.se', origin: 'http://samverka.kommun.se' } })
    expect(sameHost.statusCode).toBe(204)
    expect((await client.get('/api/auth/session')).json().user.name).toBe('Samma Värd')
  })

  it('rate-limits login attempts from one address, whatever address X-Forwarded-For claims', async () => {
    const client = new Client(t.app)
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_LIMIT_PER_CLIENT + 5; i++) {
      const response = await client.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `x${i}@test.samverka.se`, password: 'x' },
        remoteAddress: '10.9.8.7',
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      })
      statuses.push(response.statusCode)
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('limits attempts at one account from one address, without shutting the owner out from theirs', async () => {
    const user = await buildUser(t.db)
    const attempt = (remoteAddress: string, password = 'wrong-password') =>
      new Client(t.app).request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password }, remoteAddress })
    const statuses: number[] = []
    for (let i = 0; i <= LOGIN_LIMIT_PER_ACCOUNT; i++) statuses.push((await attempt('10.3.0.1')).statusCode)
    expect(statuses.at(-1)).toBe(429)
    // Another address is not held by the first one's limit (it meets the account lock, which has its minutes).
    expect((await attempt('10.3.0.2')).statusCode).toBe(401)
  })
})

describe('the client address behind proxies', () => {
  async function appWithLog(trustProxy: string | undefined, accessLog = true) {
    const lines: string[] = []
    const db = await openPglite()
    await migrate(db)
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) })
    const app = await buildApp({ db, config: { ...readConfig({}), demo: false, logLevel: 'info', accessLog, trustProxy: readTrustProxy(trustProxy) }, logStream: stream })
    await app.ready()
    return { app, lines, close: async () => (await app.close(), await db.close()) }
  }

  it('trusts no proxy by default: a forged X-Forwarded-For is neither the client nor written in the log', async () => {
    const { app, lines, close } = await appWithLog(undefined)
    await new Client(app).request({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@test.samverka.se', password: 'x' }, remoteAddress: '10.4.0.1', headers: { 'x-forwarded-for': '203.0.113.66' } })
    await close()
    const logged = lines.join('\n')
    expect(logged).toContain('"remoteAddress":"10.4.0.1"')
    expect(logged).not.toContain('203.0.113.66')
  })

  it('writes no line per request unless the access log is on (SAMVERKA_ACCESS_LOG=1)', async () => {
    const quiet = await appWithLog(undefined, false)
    await new Client(quiet.app).get('/api/health')
    await quiet.close()
    expect(quiet.lines.join('\n')).not.toContain('/api/health')
    const logged = await appWithLog(undefined, true)
    await new Client(logged.app).get('/api/health')
    await logged.close()
    expect(logged.lines.filter((line) => line.includes('"url":"/api/health"'))).toHaveLength(1)
  })

  it('believes X-Forwarded-For only from the proxies named in SAMVERKA_TRUST_PROXY', async () => {
    expect(readTrustProxy('')).toBe(false)
    expect(readTrustProxy('1')).toBe(1)
    expect(readTrustProxy('10.0.0.1, 10.1.0.0/16')).toEqual(['10.0.0.1', '10.1.0.0/16'])
    const { app, lines, close } = await appWithLog('10.5.0.1')
    const viaProxy = { method: 'POST' as const, url: '/api/auth/login', payload: { email: 'a@test.samverka.se', password: 'x' }, headers: { 'x-forwarded-for': '203.0.113.7' } }
    await new Client(app).request({ ...viaProxy, remoteAddress: '10.5.0.1' })
    await new Client(app).request({ ...viaProxy, remoteAddress: '10.6.0.9', headers: { 'x-forwarded-for': '203.0.113.99' } })
    await close()
    const logged = lines.join('\n')
    expect(logged).toContain('"remoteAddress":"203.0.113.7"')
    expect(logged).toContain('"remoteAddress":"10.6.0.9"')
    expect(logged).not.toContain('203.0.113.99')
  })
})
