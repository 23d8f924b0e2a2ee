import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { INVITATION_DAYS } from '../auth'

const NEW_PASSWORD = 'ett eget och langt losenord'

describe('inviting a person by e-mail', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let collaborationId: string
  let kalixId: string
  let coordinator: Client
  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await createTestApp({ smtpUrl: smtp.url, publicUrl: 'https://samverka.test' })
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2580'] })
    collaborationId = built.collaboration.id
    kalixId = built.members.find((m) => m.name === 'Kalix')!.id
    const user = await buildUser(t.db, { name: 'Sara Samordnare' })
    await grantRole(t.db, { collaborationId, userId: user.id, role: 'coordinator' })
    coordinator = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
  })
  afterAll(async () => {
    await t.close()
    await smtp.close()
  })
  afterEach(() => vi.useRealTimers())
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`

  /** The token of the newest invitation link mailed to the address. */
  const invitationToken = (address: string) => {
    const mail = smtp.to(address).at(-1)
    const match = mail?.text?.match(/https:\/\/samverka\.test\/invitation#([\w-]+)/)
    if (!match) throw new Error(`no invitation link mailed to ${address}`)
    return match[1]!
  }
  const invite = async (email: string, name: string) => {
    const added = await coordinator.post(url('/users'), { email, name, role: 'member_representative', memberId: kalixId })
    expect(added.statusCode).toBe(201)
    return added.json() as { id: string; invitationPending: boolean }
  }

  it('creates the account without a password, mails a link, and signs the person in when they choose one', async () => {
    const added = await invite('Kerstin@Kalix.se', 'Kerstin Kalix')
    expect(added.invitationPending).toBe(true)
    const [mail] = smtp.to('kerstin@kalix.se')
    expect(mail!.subject).toBe('Du är inbjuden till Samverka')
    expect(mail!.text).toContain('Hej Kerstin Kalix')
    expect(mail!.text).toContain('Sara Samordnare har gett dig ett konto i Samverka')
    expect(mail!.text).toContain(`i ${INVITATION_DAYS} dagar`)
    // Until then, no password opens the account.
    expect((await new Client(t.app).post('/api/auth/login', { email: 'kerstin@kalix.se', password: '' })).statusCode).toBe(400)

    const token = invitationToken('kerstin@kalix.se')
    const kerstin = new Client(t.app)
    expect((await kerstin.get(`/api/invitations/${token}`)).json()).toEqual({ email: 'kerstin@kalix.se', name: 'Kerstin Kalix' })
    const accepted = await kerstin.post('/api/invitations/accept', { token, password: NEW_PASSWORD })
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().user.email).toBe('kerstin@kalix.se')
    expect(accepted.json().roles).toEqual([expect.objectContaining({ role: 'member_representative', memberName: 'Kalix' })])
    expect((await kerstin.get(url('/my-permissions'))).statusCode).toBe(200)
    expect((await new Client(t.app).post('/api/auth/login', { email: 'kerstin@kalix.se', password: NEW_PASSWORD })).statusCode).toBe(200)

    const listed = ((await coordinator.get(url('/users'))).json() as { email: string; invitationPending: boolean }[]).find((u) => u.email === 'kerstin@kalix.se')
    expect(listed!.invitationPending).toBe(false)
    const audit = await t.db.query<{ action: string }>(`select action from audit_log where entity_id = $1 order by id`, [added.id])
    expect(audit.map((row) => row.action)).toEqual(['user.created', 'user.invited', 'user.invitation_accepted'])
  })

  it('lets a link be used once: the second time it is refused, and the page says to ask for a new one', async () => {
    await invite('en.gang@kalix.se', 'En Gång')
    const token = invitationToken('en.gang@kalix.se')
    expect((await new Client(t.app).post('/api/invitations/accept', { token, password: NEW_PASSWORD })).statusCode).toBe(200)
    const again = await new Client(t.app).post('/api/invitations/accept', { token, password: 'ett helt annat langt losenord' })
    expect(again.statusCode).toBe(404)
    expect(again.json().title).toContain('Be den som bjöd in dig om en ny länk')
    expect((await new Client(t.app).get(`/api/invitations/${token}`)).statusCode).toBe(404)
    expect((await new Client(t.app).post('/api/auth/login', { email: 'en.gang@kalix.se', password: NEW_PASSWORD })).statusCode).toBe(200)
  })

  it(`refuses a link older than ${INVITATION_DAYS} days`, async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-01T09:00:00+01:00'))
    await invite('sen@kalix.se', 'Sen Person')
    const token = invitationToken('sen@kalix.se')
    vi.setSystemTime(new Date('2026-12-08T08:59:00+01:00'))
    expect((await new Client(t.app).get(`/api/invitations/${token}`)).statusCode).toBe(200)
    vi.setSystemTime(new Date('2026-12-08T09:00:01+01:00'))
    const late = await new Client(t.app).post('/api/invitations/accept', { token, password: NEW_PASSWORD })
    expect(late.statusCode).toBe(404)
    expect(late.json().code).toBe('invitation_invalid')
  })

  it.each(['password1234', 'aaaaaaaaaaaa'])('refuses %s as the chosen password, naming the field, and keeps the link usable', async (password) => {
    const email = `svag-${password}@kalix.se`
    await invite(email, 'Svag Start')
    const token = invitationToken(email)
    const response = await new Client(t.app).post('/api/invitations/accept', { token, password })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([{ path: 'body.password', message: expect.stringContaining('för lätt att gissa') }])
    expect((await new Client(t.app).get(`/api/invitations/${token}`)).statusCode).toBe(200)
  })

  it('sends a new link on request, and the old one stops working', async () => {
    const added = await invite('glomsk@kalix.se', 'Glömsk Person')
    const first = invitationToken('glomsk@kalix.se')
    expect((await coordinator.post(url(`/users/${added.id}/invitation`))).statusCode).toBe(204)
    const second = invitationToken('glomsk@kalix.se')
    expect(second).not.toBe(first)
    expect((await new Client(t.app).get(`/api/invitations/${first}`)).statusCode).toBe(404)
    expect((await new Client(t.app).post('/api/invitations/accept', { token: second, password: NEW_PASSWORD })).statusCode).toBe(200)
    // With a password chosen, there is nothing to invite to.
    const needless = await coordinator.post(url(`/users/${added.id}/invitation`))
    expect(needless.statusCode).toBe(409)
    expect(needless.json().code).toBe('invitation_not_needed')
  })

  it('sends invitations from a collaboration only to people with a role in it; an administrator may send any', async () => {
    const stranger = await buildUser(t.db)
    await t.db.query('update app_user set password_hash = null where id = $1', [stranger.id])
    expect((await coordinator.post(url(`/users/${stranger.id}/invitation`))).statusCode).toBe(404)
    expect(smtp.to(stranger.email)).toHaveLength(0)
    const admin = await buildUser(t.db, { isAdmin: true })
    const adminClient = await new Client(t.app).logIn(admin.email, TEST_PASSWORD)
    expect((await adminClient.post(`/api/users/${stranger.id}/invitation`)).statusCode).toBe(204)
    expect(invitationToken(stranger.email)).toBeTruthy()
    const accounts = (await adminClient.get(`/api/users?q=${encodeURIComponent(stranger.email)}`)).json()
    expect(accounts[0].invitationPending).toBe(true)
  })

  it('gives an existing account the role without a new invitation', async () => {
    const existing = await buildUser(t.db, { name: 'Befintlig Person' })
    const ok = await coordinator.post(url('/users'), { email: existing.email, name: 'befintlig  person', role: 'auditor' })
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ id: existing.id, name: 'Befintlig Person', invitationPending: false })
    expect(smtp.to(existing.email)).toHaveLength(0)
  })
})
