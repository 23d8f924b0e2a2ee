import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

/**
 * One truth for decisions: a body that keeps its minutes in Samverka decides by § of a held meeting, never
 * by a typed paragraph number; decisions from outside are recorded as external; the public register lists
 * the §§ of posted minutes and the external decisions, exactly as numbered in the minutes.
 */
describe('decisions come from the minutes, or are recorded as external', () => {
  const clock = fixedClock('2026-12-09T10:00:00+01:00')
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let boardId: string
  let coordinator: Client
  let secretary: Client
  let chair: Client
  let adjuster: Client
  let chairId: string
  let adjusterId: string
  let outsider: Client
  let startKindId: string
  let initiativeId: string
  let otherInitiativeId: string
  let members: { id: string; name: string }[]

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const decisionsOf = async (id: string) => (await coordinator.get(url(`/decisions?initiativeId=${id}`))).json().items

  beforeAll(async () => {
    clock.start()
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2580'] })
    collaborationId = built.collaboration.id
    members = built.members
    const person = (role: 'secretary' | 'body_member' | 'coordinator', name: string) =>
      signedInPerson(t, { collaborationId, role, name, memberId: role === 'body_member' ? members[0]!.id : null }, clock)
    coordinator = (await person('coordinator', 'Sara Samordnare')).client
    secretary = (await person('secretary', 'Selma Sekreterare')).client
    const chairPerson = await person('body_member', 'Olof Ordförande')
    const adjusterPerson = await person('body_member', 'Åsa Justerare')
    ;({ id: chairId, client: chair } = chairPerson)
    ;({ id: adjusterId, client: adjuster } = adjusterPerson)
    outsider = new Client(t.app)
    const kinds = (await coordinator.get(url('/governance'))).json().decisionKinds as { id: string; key: string }[]
    startKindId = kinds.find((k) => k.key === 'start_pre_study')!.id
    // The board keeps its minutes in Samverka from 1 September 2026.
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board', minutesKeptFrom: '2026-09-01' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: kinds.map((k) => k.id), prepares: [] })
    await coordinator.post(url(`/bodies/${boardId}/seats`), { personName: 'Olof Ordförande', seatRole: 'ledamot', memberId: members[0]!.id, termStart: '2023-01-01', userId: chairPerson.id })
    await coordinator.post(url(`/bodies/${boardId}/seats`), { personName: 'Åsa Justerare', seatRole: 'ledamot', memberId: members[1]!.id, termStart: '2023-01-01', userId: adjusterPerson.id })
    const initiative = async (title: string) => {
      const created = (await coordinator.post(url('/initiatives'), { title, proposingMemberId: members[0]!.id, participantMemberIds: [members[1]!.id], registeredOn: '2025-01-10' })).json()
      await coordinator.post(url(`/initiatives/${created.id}/documents/needs_inventory/versions`), { values: { need: 'Samma frågor om och om igen', expected_benefit: 'Svar dygnet runt' }, final: true })
      return created.id as string
    }
    initiativeId = await initiative('Chattbot för medborgarservice')
    otherInitiativeId = await initiative('Gemensam e-arkivtjänst')
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
  })

  it('refuses a typed § for a body that keeps its minutes here, and records an earlier decision as external', async () => {
    const typed = await coordinator.post(url(`/initiatives/${initiativeId}/decisions`), { decisionKindId: startKindId, bodyId: boardId, decidedOn: '2026-11-04', outcome: 'approve', reference: '§ 99' })
    expect(typed.statusCode).toBe(409)
    expect(typed.json().title).toBe('E-nämnden för sina protokoll i Samverka sedan 2026-09-01. Hämta beslutet från protokollets paragraf i stället för att skriva in det.')
    const unnamed = await coordinator.post(url(`/initiatives/${initiativeId}/decisions`), { decisionKindId: startKindId, bodyId: boardId, decidedOn: '2025-05-14', outcome: 'approve' })
    expect(unnamed.json().errors[0].path).toBe('body.reference')
    expect(await decisionsOf(initiativeId)).toEqual([])

    const earlier = await coordinator.post(url(`/initiatives/${otherInitiativeId}/decisions`), { decisionKindId: startKindId, bodyId: boardId, decidedOn: '2025-05-14', outcome: 'approve', reference: 'Protokoll 2025-05-14 § 27' })
    expect(earlier.statusCode, earlier.body).toBe(201)
    expect(earlier.json()).toMatchObject({ source: 'external', meetingId: null, reference: 'Protokoll 2025-05-14 § 27', recordedBy: 'Sara Samordnare' })
  })

  it('takes the gate’s decision from the § of the meeting, and lists posted §§ and external decisions in the public register', async () => {
    const caseFor = async (title: string, extra: object = {}) => {
      const registered = (await secretary.post(url('/cases'), { title, decidingBodyId: boardId, ...extra })).json()
      return (await secretary.patch(url(`/cases/${registered.id}`), { ...registered, status: 'ready_for_decision' })).json()
    }
    const start = await caseFor('Starta förstudie: chattbot', { initiativeId })
    const report = await caseFor('Delårsrapport')
    const secret = await caseFor('Säkerhetsincident', { confidential: true, confidentialityGround: 'OSL 18 kap. 8 §' })
    const created = (await secretary.post(url('/meetings'), { bodyId: boardId, startsAt: '2026-12-09T08:00:00Z' })).json()
    for (const found of [start, report, secret]) await secretary.post(url(`/meetings/${created.id}/agenda`), { caseId: found.id })
    const meeting = (await secretary.patch(url(`/meetings/${created.id}`), { ...((await secretary.get(url(`/meetings/${created.id}`))).json() as object), chairUserId: chairId, adjusterUserIds: [adjusterId] })).json()
    for (const item of meeting.agenda) {
      const decided = await secretary.post(url(`/meetings/${meeting.id}/items/${item.id}/decision`), { outcome: 'approve', wording: `Nämnden beslutar om ${item.title || 'ärendet'}.` })
      expect(decided.statusCode, decided.body).toBe(200)
    }
    // The § of the chattbot case is the initiative's decision at its gate: from the minutes, dated the meeting's day.
    const [fromMinutes] = await decisionsOf(initiativeId)
    expect(fromMinutes).toMatchObject({ source: 'minutes', meetingId: meeting.id, paragraph: 1, reference: '§ 1', decidedOn: '2026-12-09' })
    expect((await coordinator.get(url(`/initiatives/${initiativeId}`))).json().gate.mayAdvance).toBe(true)

    // A § cannot be used twice, nor for another initiative's gate.
    const agenda = (await secretary.get(url(`/meetings/${meeting.id}`))).json().agenda
    const again = await coordinator.post(url(`/initiatives/${initiativeId}/decisions`), { decisionKindId: startKindId, bodyId: boardId, meetingItemId: agenda[0].id })
    expect(again.json().code).toBe('paragraph_already_used')
    const other = await coordinator.post(url(`/initiatives/${otherInitiativeId}/decisions`), { decisionKindId: startKindId, bodyId: boardId, meetingItemId: agenda[1].id })
    expect(other.json().errors[0]).toMatchObject({ path: 'body.meetingItemId', message: 'Paragrafen gäller inte det här initiativet.' })

    // Until the minutes are posted, the public register has only the external decision.
    const register = async () => (await outsider.get(url('/decision-register'))).json()
    expect((await register()).items.map((d: { source: string; reference: string }) => [d.source, d.reference])).toEqual([['external', 'Protokoll 2025-05-14 § 27']])

    await secretary.post(url(`/meetings/${meeting.id}/held`))
    await chair.post(url(`/meetings/${meeting.id}/approve`))
    await adjuster.post(url(`/meetings/${meeting.id}/approve`))
    await secretary.post(url(`/meetings/${meeting.id}/publish`), { noticeDate: '2026-12-10' })
    await clock.set('2026-12-10T08:00:00+01:00')
    const listed = await register()
    expect(listed.total).toBe(4)
    expect(listed.years).toEqual([2026, 2025])
    // Every § of the posted minutes, initiative or not, numbered as in the minutes; the confidential one by its ground only.
    const paragraphs = listed.items.filter((d: { source: string }) => d.source === 'minutes')
    expect(paragraphs.map((d: { paragraph: number; title: string; withheld: boolean }) => [d.paragraph, d.title, d.withheld])).toEqual([
      [3, '', true],
      [2, 'Delårsrapport', false],
      [1, 'Starta förstudie: chattbot', false],
    ])
    expect(paragraphs[0]).toMatchObject({ confidentialityGround: 'OSL 18 kap. 8 §', wording: '', postedOn: '2026-12-10', deciderName: 'E-nämnden' })
    expect(paragraphs[2]).toMatchObject({ initiativeTitle: 'Chattbot för medborgarservice', decidedOn: '2026-12-09' })
    const paged = (await outsider.get(url('/decision-register?page=2&limit=3'))).json()
    expect(paged.items.map((d: { reference: string }) => d.reference)).toEqual(['Protokoll 2025-05-14 § 27'])
    expect(paged).toMatchObject({ total: 4, page: 2, limit: 3 })
    // The shared paging parameters: at most 200 to a page.
    expect((await outsider.get(url('/decision-register?limit=201'))).statusCode).toBe(400)
    expect((await outsider.get(url('/decision-register?year=2025'))).json().total).toBe(1)
  })
})
