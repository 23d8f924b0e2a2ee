import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { today } from '../../server/clock'
import { STAGES } from './stages'

const thisYear = Number(new Date().toISOString().slice(0, 4))

// The bell's reactions to a change are written by subscribers of the change's event, and read in the reader's language.
describe('planning notices stored from events', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<'Kalix' | 'Boden', string>
  let coordinator: Client
  const rep: Partial<Record<'Kalix' | 'Boden', Client>> = {}
  let roundId: string
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const roundUrl = (path = '') => url(`/planning/rounds/${roundId}${path}`)

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    collaborationId = built.collaboration.id
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id])) as typeof member
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    for (const name of ['Kalix', 'Boden'] as const) {
      rep[name] = (await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: member[name] })).client
    }
    const stages = STAGES.map((key, i) => ({ key, startsOn: `${thisYear + 1}-0${1 + Math.floor(i / 3)}-${String(10 + (i % 3) * 5)}` }))
    const created = await coordinator.post(url('/planning/rounds'), { year: thisYear + 1, title: `Handlingsplan ${thisYear + 1}`, ballotKind: 'points', pointsPerMember: 100, method: 'points', weighting: 'equal', minMembers: 2, budgetFrameOre: 100_000_00, stages })
    roundId = created.json().id
  })
  afterAll(() => t.close())

  it('stores the stage opened by hand and the request to co-sign, and the bell shows them to each in their language', async () => {
    const version = (await coordinator.get(roundUrl())).json().version
    expect((await coordinator.post(roundUrl('/stage'), { version, stage: 'proposals_open' })).statusCode).toBe(200)
    const proposal = await rep.Kalix!.post(roundUrl(`/members/${member.Kalix}/proposals`), {
      title: 'Gemensam e-tjänst för bygglov',
      need: 'Behovet av en gemensam e-tjänst för bygglov är stort i alla kommuner.',
      areas: ['shared_services'],
      estimatedCostOre: 600_000_00,
      itSupported: true,
      jurisdictionIntact: true,
      notInEarlierPlan: true,
      cosignerIds: [member.Boden],
    })
    expect(proposal.statusCode, proposal.body).toBe(201)
    const proposalId = proposal.json().id

    const stored = await t.db.query<{ key: string; kind: string; since: string }>('select key, kind, since from planning_notice where round_id = $1 order by kind', [roundId])
    expect(stored).toEqual([
      { key: `cosign:${proposalId}:${member.Boden}`, kind: 'cosign_requested', since: today() },
      { key: `stage:${roundId}:proposals_open`, kind: 'stage_opened', since: today() },
    ])
    const delivered = await t.db.query<{ subscriber: string }>(`select subscriber from event_delivery where status = 'delivered' and subscriber like 'planning.%' order by subscriber`)
    expect(delivered.map((row) => row.subscriber)).toEqual(['planning.cosign_request_notices', 'planning.stage_opened_notices'])

    // Boden's representative reads Samverka in English.
    const boden = (await rep.Boden!.request({ method: 'GET', url: '/api/notifications', headers: { 'accept-language': 'en' } })).json()
    const byKind = (notes: { kind: string; text: string; since: string }[]) => notes.map((n) => [n.kind, n.text, n.since]).sort()
    expect(byKind(boden)).toEqual([
      ['cosign_requested', 'Kalix asks you to co-sign proposal 1: Gemensam e-tjänst för bygglov.', today()],
      ['stage_opened', `Handlingsplan ${thisYear + 1}: taking proposals.`, today()],
    ])
    // Kalix is not asked to co-sign its own proposal; it sees the stage, in Swedish.
    expect((await rep.Kalix!.get('/api/notifications')).json().map((n: { kind: string }) => n.kind)).toEqual(['stage_opened'])

    // Once Boden has signed, the stored request is no longer shown.
    expect((await rep.Boden!.put(roundUrl(`/proposals/${proposalId}/cosigners/${member.Boden}`))).statusCode).toBe(200)
    expect((await rep.Boden!.get('/api/notifications')).json().map((n: { kind: string }) => n.kind)).toEqual(['stage_opened'])
  })
})
