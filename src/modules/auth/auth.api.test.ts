import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './auth.service'

describe('logging in and out', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

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

  it('says how many attempts remain, then locks the account with a time to try again', async () => {
    const user = await buildUser(t.db)
    const client = new Client(t.app)
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
      const response = await client.post('/api/auth/login', { email: user.email, password: 'wrong-password' })
      expect(response.statusCode).toBe(401)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().title).toContain(`Efter ${MAX_FAILED_LOGINS - attempt} försök till låses kontot i ${LOCK_MINUTES} minuter`)
    }
    const locked = await client.post('/api/auth/login', { email: user.email, password: 'wrong-password' })
    expect(locked.statusCode).toBe(423)
    expect(locked.json().title).toMatch(/Kontot är låst .* Försök igen efter kl\. \d{2}:\d{2}/)
    // Even the right password is refused while the lock lasts.
    const right = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })
    expect(right.statusCode).toBe(423)
    expect(right.cookies.find((c) => c.name === 'samverka_session')).toBeUndefined()
  })

  it('answers in English when the person has chosen English', async () => {
    const client = new Client(t.app)
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.samverka.se', password: 'x' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    })
    expect(response.json().title).toContain('Wrong e-mail address or password')
  })

  it('refuses a state-changing request without the CSRF token, and changes nothing', async () => {
    const user = await buildUser(t.db)
    const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const response = await client.request({ method: 'PATCH', url: '/api/me', payload: { name: 'Forged Name' }, headers: { 'x-csrf-token': 'guessed' } })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('csrf_failed')
    expect((await client.get('/api/auth/session')).json().user.name).toBe(user.name)
  })

  it('rate-limits login attempts from one address', async () => {
    const client = new Client(t.app)
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      statuses.push((await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: `x${i}@test.samverka.se`, password: 'x' }, remoteAddress: '10.9.8.7' })).statusCode)
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})
