import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, signedInPerson, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('users and roles', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let kalixId: string
  let coordinator: Client
  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2580'] })
    collaborationId = built.collaboration.id
    kalixId = built.members.find((m) => m.name === 'Kalix')!.id
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
  })
  afterAll(() => t.close())
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`

  it('gives a person a member representative role; they then act only for that member', async () => {
    const kerstinAccount = await buildUser(t.db, { name: 'Kerstin Kalix' })
    const added = await coordinator.post(url('/users'), {
      email: kerstinAccount.email.toUpperCase(),
      name: 'Kerstin Kalix',
      role: 'member_representative',
      memberId: kalixId,
    })
    expect(added.statusCode).toBe(201)
    expect(added.json().roles).toEqual([expect.objectContaining({ role: 'member_representative', memberName: 'Kalix' })])

    const kerstin = await new Client(t.app).logIn(kerstinAccount.email, TEST_PASSWORD)
    const permissions = (await kerstin.get(url('/my-permissions'))).json() as { capability: string; action: string; allowed: boolean; onlyForMembers: { id: string; name: string }[] | null }[]
    expect(permissions.find((p) => p.capability === 'members' && p.action === 'update')).toEqual({ capability: 'members', action: 'update', allowed: true, onlyForMembers: [{ id: kalixId, name: 'Kalix' }] })
    expect(permissions.find((p) => p.capability === 'members' && p.action === 'add')!.allowed).toBe(false)
    expect(permissions.find((p) => p.capability === 'users' && p.action === 'assignRole')!.allowed).toBe(false)
    expect((await kerstin.get(url('/users'))).statusCode).toBe(403)
  })

  it('requires a member for a representative and refuses one for a role that has none', async () => {
    const user = await buildUser(t.db)
    const without = await coordinator.post(url('/role-assignments'), { userId: user.id, role: 'member_representative' })
    expect(without.statusCode).toBe(400)
    expect(without.json().errors).toEqual([{ path: 'body.memberId', message: 'En medlemsrepresentant måste kopplas till en medlem.' }])
    const secretary = await coordinator.post(url('/role-assignments'), { userId: user.id, role: 'secretary', memberId: kalixId })
    expect(secretary.statusCode).toBe(400)
    const foreign = await buildCollaboration(t.db)
    const otherMember = await coordinator.post(url('/role-assignments'), { userId: user.id, role: 'member_representative', memberId: foreign.members[0]!.id })
    expect(otherMember.statusCode).toBe(400)
    expect(otherMember.json().errors[0].message).toBe('Medlemmen hör inte till den här samverkan.')
    const roles = await t.db.query('select 1 from role_assignment where user_id = $1', [user.id])
    expect(roles).toHaveLength(0)
  })

  it('does not tell a coordinator the name behind an e-mail address they only guessed', async () => {
    const stranger = await buildUser(t.db, { name: 'Hemlig Handläggare' })
    const probe = await coordinator.post(url('/users'), { email: stranger.email, name: 'Vem som helst', role: 'viewer' })
    expect(probe.statusCode).toBe(400)
    expect(probe.json().errors).toEqual([{ path: 'body.name', message: expect.stringContaining('Namnet stämmer inte med kontot') }])
    expect(probe.body).not.toContain('Hemlig')
    expect(await t.db.query('select 1 from role_assignment where user_id = $1', [stranger.id])).toHaveLength(0)

    // Someone the coordinator already works with in a collaboration is added by e-mail alone.
    const colleague = await buildUser(t.db, { name: 'Känd Kollega' })
    await grantRole(t.db, { collaborationId, userId: colleague.id, role: 'viewer' })
    const added = await coordinator.post(url('/users'), { email: colleague.email, name: 'K. Kollega', role: 'auditor' })
    expect(added.statusCode).toBe(201)
    expect(added.json().name).toBe('Känd Kollega')
  })

  it('never removes the last coordinator', async () => {
    const users = (await coordinator.get(url('/users'))).json() as { roles: { id: string; role: string }[] }[]
    const coordinatorRoles = users.flatMap((u) => u.roles).filter((r) => r.role === 'coordinator')
    // The collaboration's creator and our coordinator: one may go, the last may not.
    expect(coordinatorRoles).toHaveLength(2)
    expect((await coordinator.delete(url(`/role-assignments/${coordinatorRoles[0]!.id}`))).statusCode).toBe(204)
    const last = await coordinator.delete(url(`/role-assignments/${coordinatorRoles[1]!.id}`))
    expect(last.statusCode).toBe(409)
    expect(last.json().title).toContain('minst en samordnare')
  })

  it('lets an administrator unlock a locked account', async () => {
    const admin = await buildUser(t.db, { isAdmin: true })
    const adminClient = await new Client(t.app).logIn(admin.email, TEST_PASSWORD)
    const locked = await buildUser(t.db)
    await t.db.query(`update app_user set failed_login_count = 5, locked_until = now() + interval '15 minutes' where id = $1`, [locked.id])
    const accounts = (await adminClient.get(`/api/users?q=${encodeURIComponent(locked.email)}`)).json()
    expect(accounts[0].lockedUntil).not.toBeNull()
    expect((await adminClient.post(`/api/users/${locked.id}/unlock`)).statusCode).toBe(204)
    expect((await new Client(t.app).post('/api/auth/login', { email: locked.email, password: TEST_PASSWORD })).statusCode).toBe(200)
  })
})
