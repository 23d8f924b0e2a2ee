import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBody, buildBudget, buildCollaboration, buildMeeting, buildRound, signedInPerson, TEST_PASSWORD } from './helpers/factories'
import { Client, createTestApp } from './helpers/test-app'
import { today as swedishToday } from '../src/server/clock'

const today = swedishToday()
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

interface Todo {
  items: { key: string; kind: string; text: string; link: string; dueOn: string | null; daysLeft: number | null; overdue: boolean; member: { name: string } | null }[]
  total: number
  overdue: number
}

// Each module's duties reach the person who owes them in Att göra, with the date and the page, and leave once done.
describe('the duty sources in Att göra (GET /api/me/todo)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  const todo = async (client: Client): Promise<Todo> => {
    const response = await client.get('/api/me/todo')
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }
  const signIn = (email: string) => new Client(t.app).logIn(email, TEST_PASSWORD)

  describe('minutes', () => {
    it('asks the chair and the adjuster to approve within fourteen days, then the secretary to post within two days of the approval', async () => {
      const { collaboration, member } = await buildCollaboration(t.db)
      const meetingDay = inDays(-3)
      const { meeting, chair, adjuster } = await buildMeeting(t.db, collaboration.id, { startsAt: `${meetingDay}T09:00:00+01:00`, named: true, held: true })
      const [chairClient, adjusterClient] = [await signIn(chair!.email), await signIn(adjuster!.email)]
      const secretary = await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary' })
      const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
      const link = `/collaborations/${collaboration.id}/meetings/${meeting.id}`
      const toApprove = expect.objectContaining({ kind: 'approve_minutes', text: `Justera protokollet: Testnämnden ${meetingDay}`, dueOn: inDays(11), daysLeft: 11, overdue: false, link })

      expect((await todo(chairClient)).items).toEqual([toApprove])
      expect((await todo(adjusterClient)).items).toEqual([toApprove])
      // Named people approve: the secretary and a member's representative owe nothing yet.
      expect((await todo(secretary.client)).total).toBe(0)
      expect((await todo(kalix.client)).total).toBe(0)

      const url = `/api/collaborations/${collaboration.id}/meetings/${meeting.id}`
      expect((await chairClient.post(`${url}/approve`)).statusCode).toBe(200)
      expect((await todo(chairClient)).total).toBe(0)
      expect((await todo(adjusterClient)).items).toEqual([toApprove])

      expect((await adjusterClient.post(`${url}/approve`)).statusCode).toBe(200)
      expect((await todo(adjusterClient)).total).toBe(0)
      expect((await todo(secretary.client)).items).toEqual([
        expect.objectContaining({ kind: 'post_minutes', text: `Anslå justeringen av protokollet: Testnämnden ${meetingDay}`, dueOn: inDays(2), daysLeft: 2, link }),
      ])
      expect((await todo(kalix.client)).total).toBe(0)

      const posted = await secretary.client.post(`${url}/publish`, { noticeDate: today })
      expect(posted.statusCode, posted.body).toBe(200)
      expect((await todo(secretary.client)).total).toBe(0)
    })

    it('leaves minutes without a named chair or adjuster to the secretary, overdue after fourteen days', async () => {
      const { collaboration } = await buildCollaboration(t.db)
      const meetingDay = inDays(-20)
      await buildMeeting(t.db, collaboration.id, { startsAt: `${meetingDay}T09:00:00+01:00`, held: true })
      const secretary = await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary' })
      const list = await todo(secretary.client)
      expect(list.items).toEqual([expect.objectContaining({ kind: 'approve_minutes', dueOn: inDays(-6), daysLeft: -6, overdue: true })])
      expect(list.overdue).toBe(1)
    })
  })

  describe('planning rounds', () => {
    const proposal = (title: string, cosignerIds: string[]) => ({ title, need: `Behovet bakom ${title.toLowerCase()} är stort.`, estimatedCostOre: 100_000_00, itSupported: true, jurisdictionIntact: true, notInEarlierPlan: true, cosignerIds })

    it("asks an invited member's representative to co-sign by the last day for proposals, until it has", async () => {
      const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581'] })
      const { round } = await buildRound(t.db, collaboration.id, { stage: 'proposals_open' })
      const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
      const boden = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Boden })
      const pitea = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Piteå })
      const url = `/api/collaborations/${collaboration.id}/planning/rounds/${round.id}`
      const submitted = await kalix.client.post(`${url}/members/${member.Kalix}/proposals`, proposal('Gemensam chattbot', [member.Boden!]))
      expect(submitted.statusCode, submitted.body).toBe(201)
      const proposalsClose = round.stages.find((s: { key: string }) => s.key === 'proposals_closed')!.startsOn
      const lastDay = new Date(Date.parse(`${proposalsClose}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

      expect((await todo(boden.client)).items).toEqual([
        expect.objectContaining({ kind: 'cosign_proposal', text: `Boden ombeds medunderteckna Gemensam chattbot (${round.title})`, dueOn: lastDay, link: `/collaborations/${collaboration.id}/planning/${round.id}`, member: expect.objectContaining({ name: 'Boden' }) }),
      ])
      expect((await todo(kalix.client)).total).toBe(0)
      expect((await todo(pitea.client)).total).toBe(0)

      const signed = await boden.client.put(`${url}/proposals/${submitted.json().id}/cosigners/${member.Boden}`)
      expect(signed.statusCode, signed.body).toBe(200)
      expect((await todo(boden.client)).total).toBe(0)
    })

    it("asks each member's representative for its priorities while prioritisation is open, until handed in", async () => {
      const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
      const { round, proposalIds } = await buildRound(t.db, collaboration.id, { stage: 'published', proposals: [{ key: 'bot', memberId: member.Kalix!, title: 'Gemensam chattbot', estimatedCostOre: 100_000_00 }] })
      const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
      const boden = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Boden })
      const closes = round.stages.find((s: { key: string }) => s.key === 'prioritisation_closed')!.startsOn
      const lastDay = new Date(Date.parse(`${closes}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

      expect((await todo(kalix.client)).items).toEqual([
        expect.objectContaining({ kind: 'cast_ballot', text: `Kalix har inte prioriterat i ${round.title}`, dueOn: lastDay, link: `/collaborations/${collaboration.id}/planning/${round.id}/prioritise` }),
      ])
      expect((await todo(boden.client)).items.map((i) => i.member?.name)).toEqual(['Boden'])

      const handedIn = await kalix.client.put(`/api/collaborations/${collaboration.id}/planning/rounds/${round.id}/priorities/${member.Kalix}`, { points: { [proposalIds.bot!]: round.pointsPerMember } })
      expect(handedIn.statusCode, handedIn.body).toBe(200)
      expect((await todo(kalix.client)).total).toBe(0)
      expect((await todo(boden.client)).total).toBe(1)
    })
  })

  describe('cases and funding', () => {
    it('asks the office to put a case ready for decision on an agenda, until a meeting holds it', async () => {
      const { collaboration, member } = await buildCollaboration(t.db)
      const body = await buildBody(t.db, collaboration.id, { name: 'Styrelsen' })
      const secretary = await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary' })
      const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
      const url = `/api/collaborations/${collaboration.id}`
      const registered = (await secretary.client.post(`${url}/cases`, { title: 'Gemensam e-tjänsteplattform', decidingBodyId: body.id })).json()
      expect((await todo(secretary.client)).total).toBe(0)
      const ready = await secretary.client.patch(`${url}/cases/${registered.id}`, { ...registered, status: 'ready_for_decision', proposedDecision: 'Styrelsen beslutar enligt förslaget.' })
      expect(ready.statusCode, ready.body).toBe(200)

      expect((await todo(secretary.client)).items).toEqual([
        expect.objectContaining({ kind: 'case_ready', text: `Ärendet är klart för sammanträde: ${registered.number} Gemensam e-tjänsteplattform`, dueOn: null, link: `/collaborations/${collaboration.id}/cases/${registered.id}` }),
      ])
      expect((await todo(kalix.client)).total).toBe(0)

      const meeting = (await secretary.client.post(`${url}/meetings`, { bodyId: body.id, startsAt: `${inDays(14)}T09:00:00+01:00`, place: 'Stadshuset' })).json()
      expect((await secretary.client.post(`${url}/meetings/${meeting.id}/agenda`, { caseId: registered.id })).statusCode).toBe(200)
      expect((await todo(secretary.client)).total).toBe(0)
    })

    it("asks the collaboration's finance officer for the funder's answer to an application, until it is recorded", async () => {
      const { collaboration, member } = await buildCollaboration(t.db)
      const budget = await buildBudget(t.db, collaboration.id, { year: 2027 })
      const officer = await signedInPerson(t, { collaborationId: collaboration.id, role: 'finance_officer' })
      const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
      const url = `/api/collaborations/${collaboration.id}/finance/budgets/${budget.id}/funding`
      const applied = await officer.client.post(url, { funder: 'Tillväxtverket', amountOre: 250_000_00, guaranteeKeyId: budget.lines[0]!.costKeyId })
      expect(applied.statusCode, applied.body).toBe(201)

      expect((await todo(officer.client)).items).toEqual([
        expect.objectContaining({ kind: 'funding_answer', text: 'Ansökan om extern finansiering väntar på svar: Tillväxtverket (2027)', dueOn: null, link: `/collaborations/${collaboration.id}/finance/budgets/${budget.id}` }),
      ])
      expect((await todo(kalix.client)).total).toBe(0)

      const answered = await officer.client.patch(`${url}/${applied.json().id}`, { version: applied.json().version, status: 'granted', decidedOn: today })
      expect(answered.statusCode, answered.body).toBe(200)
      expect((await todo(officer.client)).total).toBe(0)
    })
  })
})
