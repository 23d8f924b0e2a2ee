import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { verifyAuditChain } from './audit.service'

describe('audit log', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let auditor: Client
  let coordinator: Client
  beforeAll(async () => {
    t = await createTestApp()
    ;({ collaboration: { id: collaborationId } } = await buildCollaboration(t.db))
    const auditorUser = await buildUser(t.db, { name: 'Rut Revisor' })
    await grantRole(t.db, { collaborationId, userId: auditorUser.id, role: 'auditor' })
    auditor = await new Client(t.app).logIn(auditorUser.email, TEST_PASSWORD)
    const coordinatorUser = await buildUser(t.db, { name: 'Sara Samordnare' })
    await grantRole(t.db, { collaborationId, userId: coordinatorUser.id, role: 'coordinator' })
    coordinator = await new Client(t.app).logIn(coordinatorUser.email, TEST_PASSWORD)
  })
  afterAll(() => t.close())

  it('records who changed what, with before and after, newest first', async () => {
    const collaboration = (await coordinator.get(`/api/collaborations/${collaborationId}`)).json()
    await coordinator.patch(`/api/collaborations/${collaborationId}`, { version: collaboration.version, name: 'Nytt namn på samverkan' })
    const [latest] = (await auditor.get(`/api/collaborations/${collaborationId}/audit?limit=5`)).json()
    expect(latest).toMatchObject({
      actorName: 'Sara Samordnare',
      action: 'collaboration.updated',
      before: { name: collaboration.name },
      after: { name: 'Nytt namn på samverkan' },
    })
  })

  it('narrows the log to one area: after a key is created, the money area shows it and the people area does not', async () => {
    await coordinator.post(`/api/collaborations/${collaborationId}/finance/cost-keys`, { name: 'Lika delar', kind: 'equal' })
    const money = (await auditor.get(`/api/collaborations/${collaborationId}/audit?area=finance`)).json()
    expect(money.map((e: { action: string }) => e.action)).toEqual(['cost_key.created'])
    const people = (await auditor.get(`/api/collaborations/${collaborationId}/audit?area=people`)).json()
    expect(people.length).toBeGreaterThan(0)
    expect(people.every((e: { action: string }) => /^(role|user)\./.test(e.action))).toBe(true)
    expect((await auditor.get(`/api/collaborations/${collaborationId}/audit?area=everything`)).statusCode).toBe(400)
  })

  it('keeps one unbroken chain when many writes happen at once', async () => {
    const { members } = (await coordinator.get(`/api/collaborations/${collaborationId}/members`)).json()
    await Promise.all(
      members.flatMap((member: { id: string; version: number }) =>
        [0, 1, 2].map((n) => coordinator.patch(`/api/collaborations/${collaborationId}/members/${member.id}`, { version: member.version + n, contactName: `Kontakt ${n}` })),
      ),
    )
    expect((await auditor.get(`/api/collaborations/${collaborationId}/audit/verify`)).json().ok).toBe(true)
  })

  it('refuses to update or delete audit rows in the database itself', async () => {
    await expect(t.db.query(`update audit_log set actor_name = 'someone else'`)).rejects.toThrow(/append-only/)
    await expect(t.db.query('delete from audit_log')).rejects.toThrow(/append-only/)
  })

  it('verifies the chain, and says where it breaks when a row was altered behind its back', async () => {
    const ok = (await auditor.get(`/api/collaborations/${collaborationId}/audit/verify`)).json()
    expect(ok.ok).toBe(true)
    expect(ok.checked).toBe((await t.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n)

    // Someone with database superuser rights switches the guard off and edits history.
    const [victim] = await t.db.query<{ id: number }>('select id from audit_log order by id limit 1 offset 2')
    await t.db.exec('alter table audit_log disable trigger audit_log_no_update')
    await t.db.query(`update audit_log set after = '{"name":"förfalskad"}' where id = $1`, [victim!.id])
    await t.db.exec('alter table audit_log enable trigger audit_log_no_update')

    const broken = (await auditor.get(`/api/collaborations/${collaborationId}/audit/verify`)).json()
    expect(broken).toEqual({ ok: false, checked: 2, checkpoints: 0, brokenAtId: victim!.id, reason: 'hash_mismatch' })
    expect(await verifyAuditChain(t.db)).toEqual(broken)
  })
})
