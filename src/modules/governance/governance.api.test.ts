import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('governance', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let members: { id: string; name: string }[]
  let coordinator: Client
  let representative: Client
  beforeAll(async () => {
    t = await createTestApp()
    ;({ collaboration: { id: collaborationId }, members } = await buildCollaboration(t.db, { memberCodes: ['2514', '2580'], hostCode: '2580' }))
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    representative = (await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: members[0]!.id })).client
  })
  afterAll(() => t.close())
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const governance = async () => (await coordinator.get(url('/governance'))).json()
  const createBody = async (name: string, kind: string, escalatesToBodyId: string | null = null) => {
    const response = await coordinator.post(url('/bodies'), { name, kind, escalatesToBodyId })
    expect(response.statusCode, response.body).toBe(201)
    return response.json()
  }

  it('gives every new collaboration the default catalogue of decision kinds', async () => {
    const { decisionKinds } = await governance()
    expect(decisionKinds.map((kind: { key: string }) => kind.key)).toEqual(
      expect.arrayContaining(['accept_assignment', 'start_pre_study', 'start_project', 'procure', 'award', 'accept_introduction', 'accept_management', 'operational_decision', 'strategic_decision', 'budget', 'annual_plan', 'binding_business_agreement']),
    )
  })

  it('shows a joint committee what it lacks until every member has a ledamot and an ersättare', async () => {
    const before = (await governance()).findings.map((f: { code: string }) => f.code)
    expect(before).toContain('board_missing')
    const board = await createBody('E-nämnden', 'board')
    const [kalix, lulea] = members
    for (const [member, role] of [[kalix, 'ledamot'], [kalix, 'ersattare'], [lulea, 'ledamot']] as const) {
      expect((await coordinator.post(url(`/bodies/${board.id}/seats`), { personName: `Person för ${member!.name}`, seatRole: role, memberId: member!.id, termStart: '2023-01-01', termEnd: '2026-12-31' })).statusCode).toBe(201)
    }
    const missing = (await governance()).findings.find((f: { code: string }) => f.code === 'member_without_ersattare')
    expect(missing).toMatchObject({ severity: 'error', message: `Dessa medlemmar saknar ersättare i nämnden: ${lulea!.name}.` })
    await coordinator.post(url(`/bodies/${board.id}/seats`), { personName: 'Ersättare Luleå', seatRole: 'ersattare', memberId: lulea!.id, termStart: '2023-01-01' })
    const after = (await governance()).findings.map((f: { code: string }) => f.code)
    expect(after).not.toContain('member_without_ersattare')
    expect(after).not.toContain('board_missing')
  })

  it('refuses an escalation that would go in a circle, naming the loop, and changes nothing', async () => {
    const group = await createBody('Arbetsgruppen', 'working_group')
    const preparing = await createBody('Beredningen', 'preparing_group')
    const steering = await createBody('Styrgruppen', 'steering_group')
    await coordinator.patch(url(`/bodies/${group.id}`), { ...group, escalatesToBodyId: preparing.id })
    await coordinator.patch(url(`/bodies/${preparing.id}`), { ...preparing, escalatesToBodyId: steering.id })
    const loop = await coordinator.patch(url(`/bodies/${steering.id}`), { ...steering, escalatesToBodyId: group.id })
    expect(loop.statusCode).toBe(400)
    expect(loop.json().errors).toEqual([
      { path: 'body.escalatesToBodyId', message: 'Eskaleringen skulle gå i cirkel: Styrgruppen → Arbetsgruppen → Beredningen → Styrgruppen. Välj ett organ högre upp som inte eskalerar tillbaka.' },
    ])
    const self = await coordinator.patch(url(`/bodies/${steering.id}`), { ...steering, escalatesToBodyId: steering.id })
    expect(self.statusCode).toBe(400)
    expect((await governance()).bodies.find((b: { id: string }) => b.id === steering.id).escalatesToBodyId).toBeNull()
  })

  it('escalates a disagreement one level at a time, logs each step, and stops at the top', async () => {
    const { bodies } = await governance()
    const group = bodies.find((b: { name: string }) => b.name === 'Arbetsgruppen')
    const raised = await representative.post(url('/disagreements'), { title: 'Oenighet om gränssnittet', description: 'Parterna tolkar kravet olika.', bodyId: group.id })
    expect(raised.statusCode).toBe(201)
    let disagreement = raised.json()
    const names = new Map(bodies.map((b: { id: string; name: string }) => [b.id, b.name]))
    expect(names.get(disagreement.nextBodyId)).toBe('Beredningen')
    // A member representative may raise, not escalate.
    expect((await representative.post(url(`/disagreements/${disagreement.id}/escalate`), { version: disagreement.version, reason: 'Ingen enighet' })).statusCode).toBe(403)

    for (const expected of ['Beredningen', 'Styrgruppen']) {
      const response = await coordinator.post(url(`/disagreements/${disagreement.id}/escalate`), { version: disagreement.version, reason: `Ingen enighet, lyfts till ${expected}` })
      expect(response.statusCode).toBe(200)
      disagreement = response.json()
      expect(names.get(disagreement.currentBodyId)).toBe(expected)
    }
    expect(disagreement.nextBodyId).toBeNull()
    const top = await coordinator.post(url(`/disagreements/${disagreement.id}/escalate`), { version: disagreement.version, reason: 'Försöker igen' })
    expect(top.statusCode).toBe(409)
    expect(top.json().title).toContain('Styrgruppen eskalerar inte vidare')

    const stale = await coordinator.post(url(`/disagreements/${disagreement.id}/resolve`), { version: disagreement.version - 1, resolution: 'Gammal version' })
    expect(stale.statusCode).toBe(409)
    const resolved = (await coordinator.post(url(`/disagreements/${disagreement.id}/resolve`), { version: disagreement.version, resolution: 'Styrgruppen beslutade om tolkningen.' })).json()
    expect(resolved.status).toBe('resolved')
    expect(resolved.steps.map((s: { kind: string; toBodyId: string | null }) => `${s.kind}:${names.get(s.toBodyId ?? '') ?? ''}`)).toEqual([
      'raised:Arbetsgruppen',
      'escalated:Beredningen',
      'escalated:Styrgruppen',
      'resolved:',
    ])
  })

  it('gives the path of every default decision kind from the mandates', async () => {
    const { bodies, decisionKinds } = await governance()
    const board = bodies.find((b: { name: string }) => b.name === 'E-nämnden')
    const preparing = bodies.find((b: { name: string }) => b.name === 'Beredningen')
    const group = bodies.find((b: { name: string }) => b.name === 'Arbetsgruppen')
    const kindIds = decisionKinds.map((k: { id: string }) => k.id)
    const operational = decisionKinds.find((k: { key: string }) => k.key === 'operational_decision').id
    await coordinator.patch(url(`/bodies/${board.id}`), { ...board, escalatesToBodyId: null })
    expect((await coordinator.request({ method: 'PUT', url: url(`/bodies/${board.id}/mandates`), payload: { decides: kindIds.filter((id: string) => id !== operational), prepares: [] } })).statusCode).toBe(200)
    expect((await coordinator.request({ method: 'PUT', url: url(`/bodies/${preparing.id}/mandates`), payload: { decides: [operational], prepares: kindIds.filter((id: string) => id !== operational) } })).statusCode).toBe(200)
    const both = await coordinator.request({ method: 'PUT', url: url(`/bodies/${group.id}/mandates`), payload: { decides: [operational], prepares: [operational] } })
    expect(both.statusCode).toBe(400)

    const { paths } = await governance()
    expect(paths).toHaveLength(decisionKinds.length)
    for (const kind of decisionKinds) {
      const path = paths.find((p: { decisionKindId: string }) => p.decisionKindId === kind.id)
      if (kind.id === operational) {
        expect(path).toMatchObject({ decidedBy: [preparing.id], preparedBy: [], membersMustDecide: false })
        expect(path.escalatesTo).toEqual([(await governance()).bodies.find((b: { id: string }) => b.id === preparing.id).escalatesToBodyId])
      } else {
        expect(path).toMatchObject({ decidedBy: [board.id], preparedBy: [preparing.id] })
        expect(path.membersMustDecide).toBe(kind.requiresMemberDecisions)
      }
    }
  })

  it('lets only coordinators change governance, and everyone in the collaboration read it', async () => {
    expect((await representative.post(url('/bodies'), { name: 'Egen grupp', kind: 'working_group' })).statusCode).toBe(403)
    expect((await representative.get(url('/governance'))).statusCode).toBe(200)
  })

  it('lets the public read the governance of a public authority, but not of an association', async () => {
    const anonymous = new Client(t.app)
    expect((await anonymous.get(url('/governance'))).statusCode).toBe(200)
    const association = await buildCollaboration(t.db, { legalForm: 'ideell_forening' })
    expect((await anonymous.get(`/api/collaborations/${association.collaboration.id}/governance`)).statusCode).toBe(401)
  })

  it('advises on the legal form without a login, in the asker’s language', async () => {
    const response = await new Client(t.app).request({
      method: 'POST',
      url: '/api/legal-form-advice',
      payload: { answers: { publicAuthority: 'yes', ownLegalPerson: 'yes', manyParties: 'yes' } },
      headers: { 'accept-language': 'en' },
    })
    expect(response.statusCode).toBe(200)
    const { recommendations, questions } = response.json()
    expect(questions).toHaveLength(8)
    expect(recommendations[0].legalForm).toBe('kommunalforbund')
    expect(recommendations.find((r: { legalForm: string }) => r.legalForm === 'gemensam_namnd')).toMatchObject({ excluded: true })
    expect(recommendations[0].reasons[0].text).toMatch(/^Are there many parties\?/)
  })
})
