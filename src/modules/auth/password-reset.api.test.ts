import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildUser, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { LOGIN_LIMIT_PER_ACCOUNT } from './login-limits'
import { MAX_FAILED_LOGINS } from './auth.service'
import { PASSWORD_RESET_MINUTES } from './password-reset.service'

const NEW_PASSWORD = 'min nya och langa fras'

describe('choosing a new password through an e-mailed link', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await createTestApp({ smtpUrl: smtp.url, publicUrl: 'https://samverka.test' })
  })
  afterAll(async () => {
    await t.close()
    await smtp.close()
  })
  afterEach(() => vi.useRealTimers())

  const signedInAs = async (client: Client) => (await client.get('/api/auth/session')).json().user?.email ?? null
  const ask = (email: string, remoteAddress = '10.7.0.1') => new Client(t.app).request({ method: 'POST', url: '/api/auth/password-reset', payload: { email }, remoteAddress })
  /** The mail is sent after the answer (so that its time tells nothing): wait for it to arrive. */
  const resetToken = async (address: string, count = 1) => {
    for (let tries = 0; smtp.to(address).length < count && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50))
    const match = smtp.to(address).at(-1)?.text?.match(/https:\/\/samverka\.test\/reset-password#([\w-]+)/)
    if (!match) throw new Error(`no reset link mailed to ${address}`)
    return match[1]!
  }

  it('mails a link to an account holder; the new password works, the old one and every session end', async () => {
    const user = await buildUser(t.db, { name: 'Glömsk Person' })
    const laptop = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const phone = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const asked = await ask(user.email.toUpperCase())
    expect(asked.statusCode).toBe(202)
    const token = await resetToken(user.email)
    const [mail] = smtp.to(user.email)
    expect(mail!.subject).toBe('Välj ett nytt lösenord till Samverka')
    expect(mail!.text).toContain(`i ${PASSWORD_RESET_MINUTES} minuter`)

    const done = await new Client(t.app).post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD })
    expect(done.statusCode).toBe(204)
    expect(await signedInAs(laptop)).toBeNull()
    expect(await signedInAs(phone)).toBeNull()
    expect((await new Client(t.app).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(401)
    expect((await new Client(t.app).post('/api/auth/login', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200)
    // Once only.
    const again = await new Client(t.app).post('/api/auth/password-reset/complete', { token, password: 'en helt annan lang fras' })
    expect(again.statusCode).toBe(404)
    expect(again.json().code).toBe('reset_link_invalid')
    const audit = await t.db.query<{ action: string; actorName: string }>(`select action, actor_name as "actorName" from audit_log where entity_id = $1`, [user.id])
    expect(audit).toEqual([{ action: 'user.password_reset', actorName: 'Glömsk Person' }])
  })

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const user = await buildUser(t.db)
    const known = await ask(user.email, '10.7.1.1')
    const unknown = await ask('ingen-alls@test.samverka.se', '10.7.1.2')
    expect(unknown.statusCode).toBe(known.statusCode)
    expect(unknown.body).toBe(known.body)
    await resetToken(user.email)
    expect(smtp.to('ingen-alls@test.samverka.se')).toHaveLength(0)
  })

  it('sends nothing to a deactivated account', async () => {
    const user = await buildUser(t.db)
    await t.db.query('update app_user set deactivated_at = now() where id = $1', [user.id])
    expect((await ask(user.email, '10.7.2.1')).statusCode).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.to(user.email)).toHaveLength(0)
  })

  it(`refuses a link after ${PASSWORD_RESET_MINUTES} minutes, and an earlier link once a newer one is sent`, async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T10:00:00+01:00'))
    const user = await buildUser(t.db)
    await ask(user.email, '10.7.3.1')
    const first = await resetToken(user.email, 1)
    await ask(user.email, '10.7.3.1')
    const second = await resetToken(user.email, 2)
    expect((await new Client(t.app).post('/api/auth/password-reset/complete', { token: first, password: NEW_PASSWORD })).statusCode).toBe(404)
    vi.setSystemTime(new Date('2026-12-09T11:00:01+01:00'))
    expect((await new Client(t.app).post('/api/auth/password-reset/complete', { token: second, password: NEW_PASSWORD })).statusCode).toBe(404)
    expect((await new Client(t.app).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200)
  })

  it('lifts a login lock, so the owner gets in with the new password at once', async () => {
    const user = await buildUser(t.db)
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS; attempt++) {
      await new Client(t.app).request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong-password' }, remoteAddress: `10.7.4.${attempt}` })
    }
    await ask(user.email, '10.7.4.99')
    const token = await resetToken(user.email)
    expect((await new Client(t.app).post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD })).statusCode).toBe(204)
    expect((await new Client(t.app).post('/api/auth/login', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200)
  })

  it('refuses a guessable new password by its field, and keeps the link usable', async () => {
    const user = await buildUser(t.db)
    await ask(user.email, '10.7.5.1')
    const token = await resetToken(user.email)
    const weak = await new Client(t.app).post('/api/auth/password-reset/complete', { token, password: 'password1234' })
    expect(weak.statusCode).toBe(400)
    expect(weak.json().errors).toEqual([{ path: 'body.password', message: expect.stringContaining('för lätt att gissa') }])
    expect((await new Client(t.app).post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD })).statusCode).toBe(204)
  })

  it('limits requests for one address from one client, like logins', async () => {
    const statuses: number[] = []
    for (let i = 0; i <= LOGIN_LIMIT_PER_ACCOUNT; i++) statuses.push((await ask('flood@test.samverka.se', '10.7.6.1')).statusCode)
    expect(statuses.slice(0, LOGIN_LIMIT_PER_ACCOUNT).every((status) => status === 202)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})
