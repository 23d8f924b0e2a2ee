import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBenefit, buildBody, buildCollaboration, buildInitiative, decisionKinds, signedInPerson } from '../../../tests/helpers/factories'
import type { Client } from '../../../tests/helpers/test-app'
import { createTestApp } from '../../../tests/helpers/test-app'
import { today } from '../../server/clock'

// A collaboration whose first gate asks every participant for its baselines before the initiative goes on.
describe('a gate that requires a baseline from every participant', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let coordinator: Client

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] })
    collaborationId = built.collaboration.id
    member = built.member
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    const [model] = (await coordinator.get(url('/processes'))).json().models
    const definition = structuredClone(model.definition)
    definition.phases[0].gate = { ...definition.phases[0].gate, requiresBaselines: true }
    const revised = await coordinator.post(url(`/processes/${model.id}/versions`), { version: model.version, nameSv: model.nameSv, nameEn: model.nameEn, description: model.description, isDefault: true, definition })
    expect(revised.statusCode, revised.body).toBe(201)
  })
  afterAll(() => t.close())

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`

  it('refuses to advance without baselines, names each member missing one, and opens when every participant has one', async () => {
    const participants = [member.Kalix!, member.Luleå!]
    const initiative = await buildInitiative(t.db, collaborationId, { title: 'Gemensam chattbot', proposingMemberId: member.Kalix!, participantMemberIds: participants, atGate: true })
    const body = await buildBody(t.db, collaborationId, { decidesAll: true })
    const kinds = await decisionKinds(t.db, collaborationId)
    for (const required of initiative.gate!.requiredDecisions) {
      const decided = await coordinator.post(url(`/initiatives/${initiative.id}/decisions`), { decisionKindId: required.decisionKindId ?? kinds.start_pre_study, bodyId: body.id, decidedOn: today(), outcome: 'approve', reference: '§ 3' })
      expect(decided.statusCode, decided.body).toBe(201)
    }
    const gate = async () => (await coordinator.get(url(`/initiatives/${initiative.id}`))).json()
    const advance = async () => coordinator.post(url(`/initiatives/${initiative.id}/advance`), { version: (await gate()).version })

    // No indicator at all: nobody has a baseline to give.
    expect((await gate()).gate.unmet).toEqual(['Kalix har inte angett utgångsvärden för alla nyttoindikatorer.', 'Luleå har inte angett utgångsvärden för alla nyttoindikatorer.'])
    expect((await advance()).statusCode).toBeGreaterThanOrEqual(400)

    // Kalix gives its baseline for one indicator, Luleå for both: Kalix still lacks one.
    await buildBenefit(t.db, collaborationId, initiative.id, { members: [{ memberId: member.Kalix!, baseline: 1200, baselineDate: '2026-01-15' }, { memberId: member.Luleå!, baseline: 1850, baselineDate: '2026-01-15' }] })
    const second = await buildBenefit(t.db, collaborationId, initiative.id, { indicator: { name: 'Handläggningstid', unit: 'dagar', direction: 'decrease' }, members: [{ memberId: member.Luleå!, baseline: 2100, baselineDate: '2026-01-15' }] })
    expect((await gate()).gate.unmet).toEqual(['Kalix har inte angett utgångsvärden för alla nyttoindikatorer.'])
    expect((await advance()).statusCode).toBeGreaterThanOrEqual(400)

    const kalix = (await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: member.Kalix })).client
    const owed = async () => ((await kalix.get('/api/me/todo')).json().items as { kind: string; text: string }[]).filter((i) => i.kind === 'benefit_baseline')
    expect(await owed()).toEqual([expect.objectContaining({ text: 'Kalix ska ange utgångsvärden för nyttoindikatorerna: Gemensam chattbot' })])
    expect((await kalix.put(url(`/benefits/indicators/${second.indicatorId}/members/${member.Kalix}`), { baselineValue: 2600, baselineDate: '2026-01-15' })).statusCode).toBe(200)
    expect((await gate()).gate.unmet).toEqual([])
    expect(await owed()).toEqual([])
    const advanced = await advance()
    expect(advanced.statusCode, advanced.body).toBe(200)
  })
})
