import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCollaboration, grantRole, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

/**
 * Meetings and minutes in the order of real life, on a fixed clock (Swedish time): nothing is decided
 * before the meeting starts, approval never precedes the meeting, the posting follows the approval by at
 * most two days (kommunallagen 8 kap. 12 §), and every refused request leaves the meeting as it was.
 */
describe('meetings and minutes follow the order of real life', () => {
  const start = '2026-12-08T15:00:00+01:00'
  const clock = fixedClock(start)
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let boardId: string
  let secretary: Client
  let chair: Client
  let adjuster: Client
  let outsider: Client
  let chairId: string
  let adjusterId: string
  let strangerId: string
  let members: { id: string; name: string }[]
  let coordinator: Client

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const meetingOf = async (id: string) => (await secretary.get(url(`/meetings/${id}`))).json()
  /** The meeting as stored, without what depends on the clock, to compare before and after a refusal. */
  const stored = async (id: string) => {
    const { started: _started, appealState: _appeal, ...rest } = await meetingOf(id)
    return rest
  }

  const people: { id: string; role: 'secretary' | 'body_member' | 'coordinator' }[] = []

  beforeAll(async () => {
    clock.start()
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2580'] })
    collaborationId = built.collaboration.id
    members = built.members
    const person = async (role: 'secretary' | 'body_member' | 'coordinator', name: string) => {
      const signedIn = await signedInPerson(t, { collaborationId, role, name, memberId: role === 'body_member' ? members[0]!.id : null }, clock)
      people.push({ id: signedIn.id, role })
      return signedIn
    }
    coordinator = (await person('coordinator', 'Sara Samordnare')).client
    secretary = (await person('secretary', 'Selma Sekreterare')).client
    ;({ id: chairId, client: chair } = await person('body_member', 'Olof Ordförande'))
    ;({ id: adjusterId, client: adjuster } = await person('body_member', 'Åsa Justerare'))
    strangerId = (await person('body_member', 'Nils Utanför')).id
    outsider = new Client(t.app)
  })
  // Each test starts on the afternoon before the first meeting day (back in time, so no session ends) in a collaboration
  // of its own with its board, whose §§ are numbered from 1, so each test can run alone. The people sign in once.
  beforeEach(async () => {
    vi.setSystemTime(new Date(start))
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2580'] })
    collaborationId = built.collaboration.id
    members = built.members
    for (const { id, role } of people) await grantRole(t.db, { collaborationId, userId: id, role, memberId: role === 'body_member' ? members[0]!.id : null })
    const kinds = (await coordinator.get(url('/governance'))).json().decisionKinds
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: kinds.map((k: { id: string }) => k.id), prepares: [] })
    const seat = (body: object) => coordinator.post(url(`/bodies/${boardId}/seats`), { termStart: '2023-01-01', ...body })
    await seat({ personName: 'Olof Ordförande', seatRole: 'ledamot', memberId: members[0]!.id, userId: chairId })
    await seat({ personName: 'Åsa Justerare', seatRole: 'ledamot', memberId: members[1]!.id, userId: adjusterId })
    await seat({ personName: 'Lena Ledamot', seatRole: 'ledamot', memberId: members[2]!.id })
    // Two ersättare for the third member; the body says Erik steps in first.
    await seat({ personName: 'Berit Ersättare', seatRole: 'ersattare', memberId: members[2]!.id, substituteOrder: 2 })
    await seat({ personName: 'Erik Ersättare', seatRole: 'ersattare', memberId: members[2]!.id, substituteOrder: 1 })
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
  })

  /** A meeting of the board with one case on the agenda and its chair and adjuster named. */
  async function plannedMeeting(startsAt: string) {
    const registered = (await secretary.post(url('/cases'), { title: `Ärende ${startsAt}`, decidingBodyId: boardId })).json()
    await secretary.patch(url(`/cases/${registered.id}`), { ...registered, status: 'ready_for_decision', proposedDecision: 'Nämnden beslutar enligt förslaget.' })
    const created = (await secretary.post(url('/meetings'), { bodyId: boardId, startsAt, place: 'Stadshuset' })).json()
    await secretary.post(url(`/meetings/${created.id}/agenda`), { caseId: registered.id })
    const named = await secretary.patch(url(`/meetings/${created.id}`), { ...(await meetingOf(created.id)), chairUserId: chairId, adjusterUserIds: [adjusterId], secretaryName: 'Selma Sekreterare' })
    expect(named.statusCode, named.body).toBe(200)
    return named.json()
  }
  const decide = (meeting: { id: string; agenda: { id: string }[] }) =>
    secretary.post(url(`/meetings/${meeting.id}/items/${meeting.agenda[0]!.id}/decision`), { outcome: 'approve', wording: 'Nämnden beslutar enligt förslaget.' })

  it('records no § and closes no meeting before it has started, and the refusal changes nothing', async () => {
    const meeting = await plannedMeeting('2026-12-09T08:00:00Z')
    expect(meeting.agenda[0].proposedDecision).toBe('Nämnden beslutar enligt förslaget.')
    const before = await stored(meeting.id)
    const early = await decide(meeting)
    expect(early.statusCode).toBe(409)
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(early.json().title).toBe('Sammanträdet har inte börjat än (det börjar 2026-12-09 09:00). Beslut registreras och sammanträdet avslutas först när det har börjat.')
    expect((await secretary.post(url(`/meetings/${meeting.id}/held`))).json().code).toBe('meeting_not_started')
    expect(await stored(meeting.id)).toEqual(before)

    // On the meeting's day, once it has started, the § is dated the meeting's date.
    await clock.set('2026-12-09T09:05:00+01:00')
    const decided = await decide(meeting)
    expect(decided.statusCode, decided.body).toBe(200)
    expect(decided.json().agenda[0].decision).toMatchObject({ paragraph: 1, year: 2026, outcome: 'approve' })
    const held = (await secretary.post(url(`/meetings/${meeting.id}/held`))).json()
    expect(held.status).toBe('held')
    expect(held.heldAt).not.toBeNull()
  })

  it('never dates an approval before the meeting, and posts it no earlier than the approval and no later than the second day after', async () => {
    await clock.set('2026-12-10T09:00:00+01:00')
    const meeting = await plannedMeeting('2026-12-10T07:00:00Z')
    await decide(meeting)
    await secretary.post(url(`/meetings/${meeting.id}/held`))

    // A paper signature dated before the meeting, or in the future, is refused; so is one by someone who is not the adjuster.
    const paper = (body: object) => secretary.post(url(`/meetings/${meeting.id}/paper-approvals`), body)
    const before = await stored(meeting.id)
    expect((await paper({ role: 'adjuster', userId: adjusterId, signedOn: '2026-12-09' })).json().errors[0]).toMatchObject({ path: 'body.signedOn', message: 'Justeringen kan inte vara före sammanträdet (2026-12-10).' })
    expect((await paper({ role: 'adjuster', userId: adjusterId, signedOn: '2026-12-11' })).json().errors[0].path).toBe('body.signedOn')
    expect((await paper({ role: 'adjuster', userId: chairId, signedOn: '2026-12-10' })).json().errors[0].path).toBe('body.userId')
    expect(await stored(meeting.id)).toEqual(before)

    // The chair approves in Samverka on the 11th; the adjuster signed on paper the same day, recorded on the 14th.
    await clock.set('2026-12-11T10:30:00+01:00')
    const digital = (await chair.post(url(`/meetings/${meeting.id}/approve`))).json()
    expect(digital.approvals).toEqual([expect.objectContaining({ role: 'chair', approvedOn: '2026-12-11', approvedAt: '2026-12-11T09:30:00Z', recorded: false })])
    await clock.set('2026-12-14T08:00:00+01:00')
    const recorded = await paper({ role: 'adjuster', userId: adjusterId, signedOn: '2026-12-11' })
    expect(recorded.statusCode, recorded.body).toBe(200)
    expect(recorded.json().status).toBe('minutes_approved')
    expect(recorded.json().approvals[1]).toMatchObject({ role: 'adjuster', name: 'Åsa Justerare', approvedOn: '2026-12-11', recorded: true, signedOn: '2026-12-11', recordedByName: 'Selma Sekreterare' })
    expect((await paper({ role: 'adjuster', userId: adjusterId, signedOn: '2026-12-11' })).statusCode).toBe(409)

    // Approved on the 11th: a posting on the 10th is too early, one on the 14th too late, citing the law.
    const approved = await stored(meeting.id)
    const tooEarly = await secretary.post(url(`/meetings/${meeting.id}/publish`), { noticeDate: '2026-12-10' })
    expect(tooEarly.json().errors[0].message).toBe('Anslaget kan inte sättas upp före justeringen (2026-12-11).')
    const tooLate = await secretary.post(url(`/meetings/${meeting.id}/publish`), { noticeDate: '2026-12-14' })
    expect(tooLate.statusCode).toBe(400)
    expect(tooLate.json().errors[0].message).toBe('Justeringen (2026-12-11) ska tillkännages på anslagstavlan senast andra dagen efter justeringen, dvs. senast 2026-12-13 (kommunallagen 8 kap. 12 §).')
    expect(await stored(meeting.id)).toEqual(approved)
    const posted = await secretary.post(url(`/meetings/${meeting.id}/publish`), { noticeDate: '2026-12-13' })
    expect(posted.json()).toMatchObject({ status: 'published', publishedOn: '2026-12-13', appealState: 'running' })
  })

  it('shows no appeal period as running until the posting day has come', async () => {
    await clock.set('2026-12-15T09:00:00+01:00')
    const meeting = await plannedMeeting('2026-12-15T07:00:00Z')
    await decide(meeting)
    await secretary.post(url(`/meetings/${meeting.id}/held`))
    await chair.post(url(`/meetings/${meeting.id}/approve`))
    await adjuster.post(url(`/meetings/${meeting.id}/approve`))
    const posted = (await secretary.post(url(`/meetings/${meeting.id}/publish`), { noticeDate: '2026-12-17' })).json()
    expect(posted.appealState).toBe('posting_pending')
    const publicList = async () => (await outsider.get(url('/minutes'))).json().items.map((m: { meetingId: string }) => m.meetingId)
    expect(await publicList()).not.toContain(meeting.id)
    expect((await secretary.get(url('/minutes'))).json().items.find((m: { meetingId: string }) => m.meetingId === meeting.id)).toMatchObject({ appealOpen: false, appealState: 'posting_pending' })
    await clock.set('2026-12-17T08:00:00+01:00')
    expect(await publicList()).toContain(meeting.id)
    expect((await meetingOf(meeting.id)).appealState).toBe('running')
  })

  it('edits a meeting only until it is held, cancels it only with a reason and before any §, and takes chair and adjusters from the seated', async () => {
    await clock.set('2026-12-18T09:00:00+01:00')
    const meeting = await plannedMeeting('2027-01-13T08:00:00Z')
    const patch = (changes: object) => secretary.patch(url(`/meetings/${meeting.id}`), { ...meeting, ...changes })
    // Someone with a role in the collaboration but no seat in the board cannot adjust its minutes.
    const stranger = await patch({ adjusterUserIds: [strangerId] })
    expect(stranger.json().errors[0]).toMatchObject({ path: 'body.adjusterUserIds', message: 'Välj en ledamot eller ersättare i E-nämnden som har ett konto i Samverka.' })
    const moved = await patch({ startsAt: '2027-01-14T08:00:00Z', place: 'Kommunhuset, Kalix' })
    expect(moved.json()).toMatchObject({ startsAt: '2027-01-14T08:00:00Z', place: 'Kommunhuset, Kalix' })

    const current = await meetingOf(meeting.id)
    expect((await secretary.post(url(`/meetings/${meeting.id}/cancellation`), { version: current.version, reason: 'Kort' })).statusCode).toBe(400)
    const cancelled = await secretary.post(url(`/meetings/${meeting.id}/cancellation`), { version: current.version, reason: 'Inga ärenden är redo för beslut i januari.' })
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledReason: 'Inga ärenden är redo för beslut i januari.' })
    expect((await secretary.post(url(`/meetings/${meeting.id}/items/${meeting.agenda[0].id}/decision`), { outcome: 'approve', wording: 'Beslut' })).statusCode).toBe(409)

    // A meeting with a § cannot be cancelled, and once held its day and place stay as they were.
    const held = await plannedMeeting('2026-12-18T07:00:00Z')
    await decide(held)
    const withParagraph = await meetingOf(held.id)
    const refused = await secretary.post(url(`/meetings/${held.id}/cancellation`), { version: withParagraph.version, reason: 'Fel dag för sammanträdet.' })
    expect(refused.json().code).toBe('meeting_has_decisions')
    await secretary.post(url(`/meetings/${held.id}/held`))
    const after = await meetingOf(held.id)
    const late = await secretary.patch(url(`/meetings/${held.id}`), { ...after, place: 'Någon annanstans' })
    expect(late.json().code).toBe('meeting_already_held')
    expect(await stored(held.id)).toEqual((({ started: _s, appealState: _a, ...rest }) => rest)(after))
  })

  it('lets an ersättare present serve for an absent ledamot of the same member, in the body’s order', async () => {
    const meeting = await plannedMeeting('2027-02-10T08:00:00Z')
    const attendance = (await meetingOf(meeting.id)).attendance.map((a: { personName: string; present: boolean }) => ({
      ...a,
      present: a.personName === 'Lena Ledamot' ? false : a.personName.endsWith('Ersättare') ? true : a.present,
    }))
    const saved = (await secretary.put(url(`/meetings/${meeting.id}/attendance`), { attendance })).json().attendance
    const serving = saved.filter((a: { servingFor: string | null }) => a.servingFor).map((a: { personName: string; servingFor: string }) => `${a.personName} → ${a.servingFor}`)
    expect(serving).toEqual(['Erik Ersättare → Lena Ledamot'])
  })
})
