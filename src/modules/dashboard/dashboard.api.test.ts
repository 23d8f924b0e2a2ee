import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBody, buildBudget, buildCollaboration, buildInitiative, buildMeeting, buildRound, signedInPerson } from '../../../tests/helpers/factories'
import { createTestApp } from '../../../tests/helpers/test-app'
import { today as swedishToday } from '../../server/clock'
import type { DashboardResponse } from './dashboard.schema'

const today = swedishToday()
const year = Number(today.slice(0, 4))
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

// The collaboration's overview as a dashboard for the person reading it (issue 17).
describe('The dashboard (GET /api/collaborations/{id}/dashboard)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  async function busyCollaboration() {
    const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const eArchive = await buildInitiative(t.db, collaboration.id, { title: 'E-arkiv', proposingMemberId: member.Kalix!, participantMemberIds: [member.Boden!], phase: 'pre_study', atGate: true })
    await buildInitiative(t.db, collaboration.id, { title: 'Gemensam växel', proposingMemberId: member.Boden! })
    const url = `/api/collaborations/${collaboration.id}/initiatives/${eArchive.id}`
    const current = (await coordinator.client.get(url)).json()
    const gateDueOn = inDays(10)
    const set = await coordinator.client.patch(url, { version: current.version, title: current.title, need: current.need, description: current.description, areas: current.areas, projectManager: current.projectManager, gateDueOn })
    expect(set.statusCode, set.body).toBe(200)
    const board = await buildBody(t.db, collaboration.id, { name: 'Direktionen', decidesAll: false })
    const past = await buildMeeting(t.db, collaboration.id, { bodyId: board.id, startsAt: `${inDays(-20)}T09:00:00+01:00` })
    const next = await buildMeeting(t.db, collaboration.id, { bodyId: past.bodyId, startsAt: `${inDays(14)}T13:00:00+01:00`, place: 'Kommunhuset' })
    const later = await buildMeeting(t.db, collaboration.id, { bodyId: past.bodyId, startsAt: `${inDays(3)}T09:00:00+01:00` })
    const { round } = await buildRound(t.db, collaboration.id, { stage: 'proposals_open' })
    await buildBudget(t.db, collaboration.id, { year, lines: [{ description: 'E-samordnare', amountOre: 90_000_000 }] })
    return { collaboration, member, coordinator, eArchive, gateDueOn, next, later, round }
  }
  const dashboard = async (client: { get: (url: string) => Promise<{ statusCode: number; body: string; json: () => unknown }> }, collaborationId: string) => {
    const response = await client.get(`/api/collaborations/${collaborationId}/dashboard`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as DashboardResponse
  }

  it('shows the next meetings from today in date order, the initiatives by phase, the gate waiting with its day, and the open planning stage', async () => {
    const { collaboration, coordinator, eArchive, gateDueOn, next, later, round } = await busyCollaboration()
    const view = await dashboard(coordinator.client, collaboration.id)
    expect(view.today).toBe(today)
    expect(view.meetings.map((m) => [m.id, m.date])).toEqual([
      [later.meeting.id, inDays(3)],
      [next.meeting.id, inDays(14)],
    ])
    expect(view.meetings[1]).toMatchObject({ place: 'Kommunhuset', bodyId: next.bodyId })
    expect(view.initiatives.running).toBe(2)
    const phases = view.initiatives.processes[0]!.phases
    expect(phases.filter((p) => p.count > 0).map((p) => [p.key, p.count])).toEqual([
      ['idea', 1],
      ['pre_study', 1],
    ])
    expect(phases.reduce((sum, p) => sum + p.count, 0)).toBe(2)
    expect(view.initiatives.atGates).toEqual([{ initiativeId: eArchive.id, title: 'E-arkiv', phaseName: expect.any(String), gateName: 'Beslut om utvecklingsprojekt', dueOn: gateDueOn }])
    expect(view.initiatives.atGatesTotal).toBe(1)
    // The round's stages are dated next year and it was opened by hand: proposals are taken until the day before they close.
    expect(view.planning).toEqual([{ roundId: round.id, title: `Handlingsplan ${year + 1}`, year: year + 1, stage: 'proposals_open', lastDay: `${year + 1}-01-14` }])
    // The coordinator acts for the collaboration, not for a member: no member's amount.
    expect(view.myMembers).toEqual([])
  })

  it("shows a member's representative and finance officer this year's amount for their own member only, as its invoice basis totals it", async () => {
    const { collaboration, member } = await busyCollaboration()
    const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
    const bodenFinance = await signedInPerson(t, { collaborationId: collaboration.id, role: 'finance_officer', memberId: member.Boden })
    const basis = await kalix.client.get(`/api/collaborations/${collaboration.id}/finance/invoice-basis/${member.Kalix}?year=${year}`)
    expect(basis.statusCode, basis.body).toBe(200)
    expect((await dashboard(kalix.client, collaboration.id)).myMembers).toEqual([{ memberId: member.Kalix, name: 'Kalix', year, totalOre: basis.json().totalOre }])
    expect(basis.json().totalOre).toBe(45_000_000)
    expect((await dashboard(bodenFinance.client, collaboration.id)).myMembers).toEqual([{ memberId: member.Boden, name: 'Boden', year, totalOre: 45_000_000 }])
  })

  it('is read by every role of the collaboration and refused to everyone else', async () => {
    const { collaboration } = await busyCollaboration()
    const viewer = await signedInPerson(t, { collaborationId: collaboration.id, role: 'viewer' })
    expect((await dashboard(viewer.client, collaboration.id)).myMembers).toEqual([])
    const other = await buildCollaboration(t.db)
    const stranger = await signedInPerson(t, { collaborationId: other.collaboration.id, role: 'coordinator' })
    const refused = await stranger.client.get(`/api/collaborations/${collaboration.id}/dashboard`)
    expect(refused.statusCode).toBe(403)
    expect(refused.headers['content-type']).toContain('application/problem+json')
  })
})
