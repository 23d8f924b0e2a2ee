import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('deactivating and reactivating an account', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let admin: Client
  let adminId: string
  beforeAll(async () => {
    t = await createTestApp()
    const user = await buildUser(t.db, { isAdmin: true, name: 'Ada Admin' })
    adminId = user.id
    admin = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
  })
  afterAll(() => t.close())

  const signedInAs = async (client: Client) => (await client.get('/api/auth/session')).json().user?.email ?? null
  const account = async (email: string) => (await admin.get(`/api/users?q=${encodeURIComponent(email)}`)).json()[0]

  it('ends the person’s sessions at once and refuses their login; their roles and history stay; reactivation lets them in', async () => {
    const { collaboration } = await buildCollaboration(t.db)
    const person = await buildUser(t.db, { name: 'Avgången Handläggare' })
    await grantRole(t.db, { collaborationId: collaboration.id, userId: person.id, role: 'viewer' })
    const live = await new Client(t.app).logIn(person.email, TEST_PASSWORD)
    await live.patch('/api/me', { name: 'Avgången Handläggare' })

    expect((await admin.post(`/api/users/${person.id}/deactivate`)).statusCode).toBe(204)
    expect((await live.get('/api/collaborations')).statusCode).toBe(401)
    expect(await signedInAs(live)).toBeNull()
    expect(await t.db.query('select 1 from session where user_id = $1', [person.id])).toHaveLength(0)
    expect((await new Client(t.app).post('/api/auth/login', { email: person.email, password: TEST_PASSWORD })).statusCode).toBe(401)

    expect(await account(person.email)).toMatchObject({ deactivatedAt: expect.any(String), invitationPending: false })
    const coordinator = await new Client(t.app).logIn((await t.db.query<{ email: string }>('select email from app_user u join role_assignment r on r.user_id = u.id where r.collaboration_id = $1 and r.role = $2', [collaboration.id, 'coordinator']))[0]!.email, TEST_PASSWORD)
    const listed = ((await coordinator.get(`/api/collaborations/${collaboration.id}/users`)).json() as { id: string; deactivated: boolean; roles: unknown[] }[]).find((u) => u.id === person.id)
    expect(listed).toMatchObject({ deactivated: true, roles: [expect.objectContaining({ role: 'viewer' })] })
    const history = await t.db.query<{ actorName: string }>(`select actor_name as "actorName" from audit_log where actor_user_id = $1`, [person.id])
    expect(history[0]!.actorName).toBe('Avgången Handläggare')
    const audit = await t.db.query<{ action: string; actorName: string }>(`select action, actor_name as "actorName" from audit_log where entity_id = $1 and action like 'user.%activated'`, [person.id])
    expect(audit).toEqual([{ action: 'user.deactivated', actorName: 'Ada Admin' }])

    expect((await admin.post(`/api/users/${person.id}/reactivate`)).statusCode).toBe(204)
    expect((await account(person.email)).deactivatedAt).toBeNull()
    const back = await new Client(t.app).logIn(person.email, TEST_PASSWORD)
    expect(await signedInAs(back)).toBe(person.email)
  })

  it('makes a pending invitation link stop working', async () => {
    const invited = await buildUser(t.db, { withPassword: false })
    expect((await admin.post(`/api/users/${invited.id}/deactivate`)).statusCode).toBe(204)
    const live = await t.db.query('select 1 from account_token where user_id = $1 and used_at is null', [invited.id])
    expect(live).toHaveLength(0)
    const resend = await admin.post(`/api/users/${invited.id}/invitation`)
    expect(resend.statusCode).toBe(409)
    expect(resend.json().code).toBe('account_deactivated')
  })

  it('does not let administrators deactivate themselves', async () => {
    // Another administrator exists, so the refusal is about acting on one's own account, not about the last one.
    await buildUser(t.db, { isAdmin: true })
    const response = await admin.post(`/api/users/${adminId}/deactivate`)
    expect(response.statusCode).toBe(409)
    expect(response.json().title).toBe('Du kan inte avaktivera ditt eget konto. Be en annan administratör om det.')
    expect(await signedInAs(admin)).not.toBeNull()
  })

  it('is for administrators only', async () => {
    const person = await buildUser(t.db)
    const target = await buildUser(t.db)
    const client = await new Client(t.app).logIn(person.email, TEST_PASSWORD)
    expect((await client.post(`/api/users/${target.id}/deactivate`)).statusCode).toBe(403)
    expect((await client.post(`/api/users/${target.id}/reactivate`)).statusCode).toBe(403)
  })
})

describe('the last active administrator', () => {
  it('cannot be deactivated, so that someone can always administer Samverka', async () => {
    const t = await createTestApp()
    try {
      const only = await buildUser(t.db, { isAdmin: true })
      const formerAdmin = await buildUser(t.db, { isAdmin: true })
      await t.db.query('update app_user set deactivated_at = now() where id = $1', [formerAdmin.id])
      const client = await new Client(t.app).logIn(only.email, TEST_PASSWORD)
      const refused = await client.post(`/api/users/${only.id}/deactivate`)
      expect(refused.statusCode).toBe(409)
      expect(refused.json().title).toContain('den sista aktiva administratören')
      expect((await client.get('/api/auth/session')).json().user.email).toBe(only.email)
    } finally {
      await t.close()
    }
  })
})
