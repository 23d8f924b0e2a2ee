import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildInitiative, signedInPerson } from './helpers/factories'
import { createTestApp, type Client } from './helpers/test-app'
import { today as swedishToday } from '../src/server/clock'

const today = swedishToday()
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

// Att göra across collaborations: what a member owes at a gate, and what waits for the coordinator.
describe('Att göra (GET /api/me/todo)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  async function gateWaitingForMembers() {
    const { collaboration, members } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581'] })
    const member = Object.fromEntries(members.map((m) => [m.name, m.id])) as Record<'Kalix' | 'Boden' | 'Piteå', string>
    const initiative = await buildInitiative(t.db, collaboration.id, { title: 'E-arkiv', proposingMemberId: member.Kalix, participantMemberIds: [member.Boden, member.Piteå], phase: 'pre_study', atGate: true })
    const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const url = `/api/collaborations/${collaboration.id}/initiatives/${initiative.id}`
    const current = (await coordinator.client.get(url)).json()
    const dueOn = inDays(8)
    const set = await coordinator.client.patch(url, { version: current.version, title: current.title, need: current.need, description: current.description, areas: current.areas, projectManager: current.projectManager, gateDueOn: dueOn })
    expect(set.statusCode, set.body).toBe(200)
    const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
    const boden = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Boden })
    const decisionKindId = current.gate.requiredDecisions[0].decisionKindId as string
    return { collaboration, member, initiative, coordinator, kalix, boden, dueOn, decisionKindId, url }
  }
  const todo = async (client: Client, query = '') => {
    const response = await client.get(`/api/me/todo${query}`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as { items: { key: string; kind: string; text: string; link: string; dueOn: string | null; daysLeft: number | null; overdue: boolean; member: { name: string } | null; collaborationName: string }[]; total: number; overdue: number }
  }

  it("shows a representative its own member's decision with the gate's date and a link, and takes it away once recorded", async () => {
    const { collaboration, member, initiative, kalix, boden, dueOn, decisionKindId, url } = await gateWaitingForMembers()
    const before = await todo(kalix.client)
    expect(before.items).toEqual([
      expect.objectContaining({ kind: 'member_decision', text: 'Kalix ska besluta: Beslut om utvecklingsprojekt – E-arkiv', dueOn, daysLeft: 8, overdue: false, link: `/collaborations/${collaboration.id}/initiatives/${initiative.id}`, collaborationName: collaboration.name }),
    ])
    // Boden's representative sees Boden's decision, not Kalix's.
    expect((await todo(boden.client)).items.map((i) => i.member?.name)).toEqual(['Boden'])

    const recorded = await kalix.client.post(`${url}/member-decisions/${member.Kalix}`, { decisionKindId, decidedOn: today, outcome: 'approve', reference: 'KS 2026/118' })
    expect(recorded.statusCode, recorded.body).toBe(201)
    expect(await todo(kalix.client)).toEqual({ items: [], total: 0, overdue: 0 })
    expect((await todo(boden.client)).total).toBe(1)
  })

  it('shows the coordinator which members have not decided and the body decision the gate waits for, and counts what is overdue', async () => {
    const { coordinator, collaboration, initiative, dueOn } = await gateWaitingForMembers()
    const list = await todo(coordinator.client)
    expect(list.items).toEqual([
      expect.objectContaining({ kind: 'gate_decision', text: 'Beslut väntar: Starta utvecklingsprojekt (Testnämnden) – E-arkiv', dueOn, link: `/collaborations/${collaboration.id}/initiatives/${initiative.id}` }),
      expect.objectContaining({ kind: 'member_decisions_waiting', text: 'E-arkiv: Boden, Kalix, Piteå har inte beslutat om beslut om utvecklingsprojekt', link: `/collaborations/${collaboration.id}/member-decisions` }),
    ])
    expect(list.overdue).toBe(0)
  })

  it("shows the secretary, not the members' representatives, the body decision a gate waits for, until the body has decided", async () => {
    const { coordinator, collaboration, kalix, url } = await gateWaitingForMembers()
    const secretary = await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary' })
    expect((await todo(secretary.client)).items.map((i) => i.kind)).toEqual(['gate_decision'])
    expect((await todo(kalix.client)).items.map((i) => i.kind)).toEqual(['member_decision'])

    const required = (await coordinator.client.get(url)).json().gate.requiredDecisions[0] as { decisionKindId: string; body: { id: string } }
    const decided = await coordinator.client.post(`${url}/decisions`, { decisionKindId: required.decisionKindId, bodyId: required.body.id, decidedOn: today, outcome: 'approve', reference: 'Protokoll § 4' })
    expect(decided.statusCode, decided.body).toBe(201)
    expect((await todo(secretary.client)).total).toBe(0)
    expect((await todo(coordinator.client)).items.map((i) => i.kind)).toEqual(['member_decisions_waiting'])
  })

  it('answers in English for an English reader, and refuses a limit out of bounds with a problem', async () => {
    const { kalix } = await gateWaitingForMembers()
    const english = await kalix.client.request({ method: 'GET', url: '/api/me/todo', headers: { 'accept-language': 'en' } })
    expect(english.json().items[0].text).toBe('Kalix is to decide: Decision on a development project – E-arkiv')
    const refused = await kalix.client.get('/api/me/todo?limit=0')
    expect(refused.statusCode).toBe(400)
    expect(refused.headers['content-type']).toContain('application/problem+json')
  })
})
