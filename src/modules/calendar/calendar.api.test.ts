import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBody, buildCollaboration, buildInitiative, buildMeeting, buildRound, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { today as swedishToday } from '../../server/clock'
import { appealPeriodEnds } from '../meetings'

const today = swedishToday()
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** The feed's events, parsed back by an independent iCal parser. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return { uid: event.uid, summary: event.summary, start: event.startDate, allDay: event.startDate.isDate, url: String(vevent.getFirstPropertyValue('url') ?? '') }
  })
}

// A person's own iCal feed behind a secret address (issue 17): their meetings and the last days of what they owe.
describe('The personal calendar feed', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  async function kalixOwesADecision() {
    const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const initiative = await buildInitiative(t.db, collaboration.id, { title: 'E-arkiv', proposingMemberId: member.Kalix!, participantMemberIds: [member.Boden!], phase: 'pre_study', atGate: true })
    const url = `/api/collaborations/${collaboration.id}/initiatives/${initiative.id}`
    const current = (await coordinator.client.get(url)).json()
    const dueOn = inDays(9)
    const set = await coordinator.client.patch(url, { version: current.version, title: current.title, need: current.need, description: current.description, areas: current.areas, projectManager: current.projectManager, gateDueOn: dueOn })
    expect(set.statusCode, set.body).toBe(200)
    const board = await buildBody(t.db, collaboration.id, { name: 'Direktionen', decidesAll: false })
    const { meeting } = await buildMeeting(t.db, collaboration.id, { bodyId: board.id, startsAt: `${inDays(5)}T13:00:00+01:00`, place: 'Kommunhuset' })
    const kalix = await signedInPerson(t, { collaborationId: collaboration.id, role: 'member_representative', memberId: member.Kalix })
    return { collaboration, initiative, meeting, dueOn, kalix }
  }
  const feedPath = (url: string) => new URL(url).pathname
  /** Fetched as a calendar program would: no session, no cookies. */
  const fetchFeed = (path: string) => t.app.inject({ method: 'GET', url: path })

  it("holds the person's meetings and their member's deadline as a whole day, and nothing of another member's duties", async () => {
    const { collaboration, initiative, meeting, dueOn, kalix } = await kalixOwesADecision()
    const created = await kalix.client.post('/api/me/calendar-feed')
    expect(created.statusCode, created.body).toBe(201)
    const { url } = created.json() as { url: string }
    expect(url).toMatch(/^https?:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)

    const feed = await fetchFeed(feedPath(url))
    expect(feed.statusCode, feed.body).toBe(200)
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const events = eventsOf(feed.body)
    const meetingEvent = events.find((e) => e.uid === `${meeting.id}@samverka`)!
    expect(meetingEvent.summary).toBe(`Sammanträde: Direktionen (${collaboration.name})`)
    expect(meetingEvent.start.toJSDate().toISOString()).toBe(new Date(`${inDays(5)}T13:00:00+01:00`).toISOString())
    const deadlines = events.filter((e) => e.allDay)
    expect(deadlines).toEqual([expect.objectContaining({ summary: 'Sista dag: Kalix ska besluta: Beslut om utvecklingsprojekt – E-arkiv', url: expect.stringContaining(`/collaborations/${collaboration.id}/initiatives/${initiative.id}`) })])
    expect(deadlines[0]!.start.toString()).toBe(dueOn)
    // Boden owes the same decision; that is Boden's, not in Kalix's calendar.
    expect(feed.body).not.toContain('Boden ska besluta')
    // The state the account page shows: there is a feed, and since when.
    expect((await kalix.client.get('/api/me/calendar-feed')).json()).toEqual({ active: true, createdAt: expect.any(String) })
  })

  it('stops answering an address once it is replaced or revoked, and keeps only a hash of the token', async () => {
    const { kalix } = await kalixOwesADecision()
    const first = feedPath((await kalix.client.post('/api/me/calendar-feed')).json().url)
    const second = feedPath((await kalix.client.post('/api/me/calendar-feed')).json().url)
    expect((await fetchFeed(first)).statusCode).toBe(404)
    expect((await fetchFeed(second)).statusCode).toBe(200)
    const token = second.slice('/api/calendar/'.length, -'.ics'.length)
    expect(await t.db.query('select 1 from calendar_feed where token_hash = $1', [token])).toEqual([])

    const revoked = await kalix.client.request({ method: 'DELETE', url: '/api/me/calendar-feed' })
    expect(revoked.statusCode).toBe(204)
    const gone = await fetchFeed(second)
    expect(gone.statusCode).toBe(404)
    expect(gone.headers['content-type']).toContain('application/problem+json')
    expect((await kalix.client.get('/api/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null })
    expect((await kalix.client.request({ method: 'DELETE', url: '/api/me/calendar-feed' })).statusCode).toBe(404)
  })

  it('answers 404 to a made-up address and asks for a session to create one', async () => {
    expect((await fetchFeed('/api/calendar/not-a-token.ics')).statusCode).toBe(404)
    expect((await fetchFeed(`/api/calendar/${'A'.repeat(43)}.ics`)).statusCode).toBe(404)
    expect((await new Client(t.app).post('/api/me/calendar-feed')).statusCode).toBe(401)
  })
})

// The annual wheel's dated entries (issue 17): rounds' stages, gates with deadlines and appeal periods.
describe('The annual wheel’s dates (GET /api/collaborations/{id}/annual-wheel/dates)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  it('lists the stages of a round, a gate decision’s last day and the appeal period of posted minutes, each in its year', async () => {
    const { collaboration, member } = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    const coordinator = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })
    const viewer = await signedInPerson(t, { collaborationId: collaboration.id, role: 'viewer' })
    const initiative = await buildInitiative(t.db, collaboration.id, { title: 'E-arkiv', proposingMemberId: member.Kalix!, participantMemberIds: [member.Boden!], phase: 'pre_study', atGate: true })
    const url = `/api/collaborations/${collaboration.id}/initiatives/${initiative.id}`
    const current = (await coordinator.client.get(url)).json()
    const dueOn = inDays(9)
    await coordinator.client.patch(url, { version: current.version, title: current.title, need: current.need, description: current.description, areas: current.areas, projectManager: current.projectManager, gateDueOn: dueOn })
    const board = await buildBody(t.db, collaboration.id, { name: 'Direktionen', decidesAll: false })
    const meetingDay = inDays(-30)
    const postedOn = inDays(-29)
    const { meeting } = await buildMeeting(t.db, collaboration.id, { bodyId: board.id, startsAt: `${meetingDay}T09:00:00+01:00`, withParagraph: true, published: postedOn })
    const { round } = await buildRound(t.db, collaboration.id)
    const dates = async (year: string) => {
      const response = await viewer.client.get(`/api/collaborations/${collaboration.id}/annual-wheel/dates?year=${year}`)
      expect(response.statusCode, response.body).toBe(200)
      return response.json().entries as { kind: string; date: string }[]
    }

    expect(await dates(dueOn.slice(0, 4))).toContainEqual({ kind: 'gate', date: dueOn, initiativeId: initiative.id, title: 'E-arkiv', gateName: 'Beslut om utvecklingsprojekt' })
    expect(await dates(postedOn.slice(0, 4))).toContainEqual({ kind: 'appeal', date: postedOn, lastDay: appealPeriodEnds(postedOn), meetingId: meeting.id, bodyName: 'Direktionen', meetingDate: meetingDay })
    const planYear = String(round.year)
    const stages = (await dates(planYear)).filter((e) => e.kind === 'stage')
    expect(stages.map((s) => s.date)).toEqual([...stages.map((s) => s.date)].sort())
    expect(stages[0]).toEqual({ kind: 'stage', date: `${planYear}-01-10`, lastDay: `${planYear}-01-14`, roundId: round.id, roundTitle: round.title, stage: 'proposals_open' })
    expect(stages).toHaveLength(10)
  })
})
