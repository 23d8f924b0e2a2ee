import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBudget, buildCase, buildCollaboration, buildInitiative, buildMeeting, buildMember, buildRound } from './helpers/factories'
import { createTestApp } from './helpers/test-app'

// The factories build what they promise through the use cases; each test here builds its own collaboration.
describe('the test factories', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())
  const collaboration = async () => (await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581', '2580'] })).collaboration.id

  it('builds a member that has left', async () => {
    const collaborationId = await collaboration()
    const member = await buildMember(t.db, collaborationId, { code: '2584', leftOn: '2026-06-30' })
    expect(member).toMatchObject({ name: 'Kiruna', joinedOn: '2026-01-01', leftOn: '2026-06-30' })
  })

  it('takes an initiative through its gates to a later phase, every participant approving', async () => {
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581'] })
    const initiative = await buildInitiative(t.db, built.collaboration.id, { proposingMemberId: built.member.Kalix!, participantMemberIds: [built.member.Boden!], phase: 'project', on: '2026-03-01' })
    expect(initiative.phaseKey).toBe('project')
    expect(initiative.participants.map((p) => p.name)).toEqual(['Boden', 'Kalix'])
    expect(initiative.timeline.filter((e) => e.kind === 'gate_passed')).toHaveLength(2)
  })

  it('builds a draft budget with its lines', async () => {
    const budget = await buildBudget(t.db, await collaboration(), { year: 2026 })
    expect(budget).toMatchObject({ status: 'draft', year: 2026, lines: [expect.objectContaining({ description: 'E-samordnare', amountOre: 90_000_000 })] })
  })

  it('builds a meeting whose minutes are approved and posted, with its §', async () => {
    const collaborationId = await collaboration()
    const { meeting, itemId } = await buildMeeting(t.db, collaborationId, { startsAt: '2026-02-10T09:00:00+01:00', withParagraph: { title: 'Budget 2027' }, published: '2026-02-11' })
    expect(meeting).toMatchObject({ status: 'published', publishedOn: '2026-02-11' })
    expect(meeting.agenda.find((i) => i.id === itemId)!.decision).toMatchObject({ paragraph: 1, outcome: 'approve' })
  })

  it('builds a planning round at a late stage, its proposals screened and prioritised', async () => {
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2580'] })
    const { round, proposalIds } = await buildRound(t.db, built.collaboration.id, {
      stage: 'proposed_to_steering_body',
      budgetFrameOre: 100_000_000,
      proposals: [
        { key: 'arkiv', memberId: built.member.Kalix!, title: 'Gemensamt e-arkiv', estimatedCostOre: 50_000_000, cosignerIds: [built.member.Boden!] },
        { key: 'chatt', memberId: built.member.Luleå!, title: 'Chattbot för invånarfrågor', estimatedCostOre: 30_000_000 },
      ],
      points: { [built.member.Kalix!]: { arkiv: 60, chatt: 40 }, [built.member.Boden!]: { arkiv: 100 } },
    })
    expect(round.stage).toBe('proposed_to_steering_body')
    expect(round.proposals.map((p) => [p.id, p.screening])).toEqual([
      [proposalIds.arkiv, 'accepted'],
      [proposalIds.chatt, 'accepted'],
    ])
  })

  it('registers a case with its number', async () => {
    const found = await buildCase(t.db, await collaboration(), { title: 'Avtal om e-arkiv', registeredOn: '2026-04-01' })
    expect(found).toMatchObject({ title: 'Avtal om e-arkiv', status: 'registered', number: expect.stringMatching(/2026\/0001$/) })
  })
})
