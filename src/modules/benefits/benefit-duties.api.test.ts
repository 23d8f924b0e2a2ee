import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBenefit, buildCollaboration, buildInitiative, signedInPerson } from '../../../tests/helpers/factories'
import type { Client } from '../../../tests/helpers/test-app'
import { createTestApp } from '../../../tests/helpers/test-app'
import { today } from '../../server/clock'

// After go-live (the model's last phase, entered on 2025-01-10) each participating member owes its follow-up measurements.
describe('benefit follow-up in Att göra', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  const todo = async (client: Client) => (await client.get('/api/me/todo')).json() as { items: { kind: string; text: string; dueOn: string | null; link: string }[]; total: number }

  it('asks the representative for a measurement once the last one (or go-live) is older than the indicator’s interval, until it is recorded', async () => {
    const { collaboration, member } = await buildCollaboration(t.db)
    const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const [model] = (await coordinator.client.get(`/api/collaborations/${collaboration.id}/processes`)).json().models
    const live = model.definition.phases.at(-1).key
    const initiative = await buildInitiative(t.db, collaboration.id, { title: 'E-tjänsteplattform', proposingMemberId: member.Kalix!, participantMemberIds: [member.Kalix!, member.Luleå!], phase: live, on: '2025-01-10' })
    const { indicatorId } = await buildBenefit(t.db, collaboration.id, initiative.id, {
      indicator: { measureEveryMonths: 6 },
      members: [{ memberId: member.Kalix!, baseline: 1200, baselineDate: '2024-12-01', target: 6000 }],
    })
    const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
    const lulea = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Luleå })

    expect((await todo(kalix.client)).items).toEqual([
      expect.objectContaining({ kind: 'benefit_measurement', text: 'Kalix ska mäta nyttan: Andel ärenden via e-tjänst – E-tjänsteplattform', dueOn: '2025-07-10', link: `/collaborations/${collaboration.id}/initiatives/${initiative.id}` }),
    ])
    // Luleå has no baseline for it, so no follow-up to owe.
    expect((await todo(lulea.client)).items.filter((i) => i.kind.startsWith('benefit'))).toEqual([])

    const measured = await kalix.client.post(`/api/collaborations/${collaboration.id}/benefits/indicators/${indicatorId}/members/${member.Kalix}/measurements`, { value: 2500, date: today(), note: '' })
    expect(measured.statusCode, measured.body).toBe(201)
    expect((await todo(kalix.client)).items.filter((i) => i.kind.startsWith('benefit'))).toEqual([])
  })
})
