import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'

describe('a person’s own sessions', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  const logInFrom = async (email: string, userAgent: string, remoteAddress: string) => {
    const client = new Client(t.app)
    const response = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD }, headers: { 'user-agent': userAgent }, remoteAddress })
    expect(response.statusCode).toBe(200)
    return client
  }
  const signedInAs = async (client: Client) => (await client.get('/api/auth/session')).json().user?.email ?? null
  type Session = { id: string; device: string; ip: string; current: boolean; createdAt: string; lastUsedAt: string; expiresAt: string }

  it('lists where the person is signed in, marks this one, and ends another on request', async () => {
    const user = await buildUser(t.db)
    const laptop = await logInFrom(user.email, WINDOWS_CHROME, '10.8.0.1')
    const phone = await logInFrom(user.email, IPHONE_SAFARI, '10.8.0.2')
    const sessions = (await laptop.get('/api/me/sessions')).json() as Session[]
    expect(sessions).toHaveLength(2)
    expect(sessions.find((s) => s.current)).toMatchObject({ device: 'Chrome på Windows', ip: '10.8.0.1' })
    const other = sessions.find((s) => !s.current)!
    expect(other).toMatchObject({ device: 'Safari på iOS', ip: '10.8.0.2' })
    expect(Date.parse(other.expiresAt)).toBeGreaterThan(Date.parse(other.createdAt))

    expect((await laptop.delete(`/api/me/sessions/${other.id}`)).statusCode).toBe(204)
    expect(await signedInAs(phone)).toBeNull()
    expect(await signedInAs(laptop)).toBe(user.email)
    expect((await laptop.get('/api/me/sessions')).json()).toHaveLength(1)
  })

  it('answers another person’s session id as unknown, and leaves that session alone', async () => {
    const mine = await buildUser(t.db)
    const theirs = await buildUser(t.db)
    const me = await logInFrom(mine.email, WINDOWS_CHROME, '10.8.1.1')
    const them = await logInFrom(theirs.email, WINDOWS_CHROME, '10.8.1.2')
    const [theirSession] = (await them.get('/api/me/sessions')).json() as Session[]
    const attempt = await me.delete(`/api/me/sessions/${theirSession!.id}`)
    expect(attempt.statusCode).toBe(404)
    expect(await signedInAs(them)).toBe(theirs.email)
  })

  it('logs out everywhere, here too', async () => {
    const user = await buildUser(t.db)
    const laptop = await logInFrom(user.email, WINDOWS_CHROME, '10.8.2.1')
    const phone = await logInFrom(user.email, IPHONE_SAFARI, '10.8.2.2')
    const ended = await laptop.post('/api/me/sessions/end-all')
    expect(ended.statusCode).toBe(204)
    expect(ended.cookies.find((c) => c.name === 'samverka_session')?.value).toBe('')
    expect(await signedInAs(laptop)).toBeNull()
    expect(await signedInAs(phone)).toBeNull()
    expect((await phone.get('/api/me/sessions')).statusCode).toBe(401)
  })

  it('keeps only the first 300 characters of a user agent', async () => {
    const user = await buildUser(t.db)
    await logInFrom(user.email, `${WINDOWS_CHROME} ${'x'.repeat(2000)}`, '10.8.3.1')
    const [row] = await t.db.query<{ length: number }>('select length(user_agent) as length from session where user_id = $1', [user.id])
    expect(row!.length).toBe(300)
  })
})
