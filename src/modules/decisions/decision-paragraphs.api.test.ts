import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

/**
 * The §§ an initiative's gate may take from the minutes: decided items of the body's held meetings whose
 * case belongs to the initiative and that no decision uses yet — what the decision dialog offers.
 */
describe('the §§ a gate may take from the minutes', () => {
  const clock = fixedClock('2026-12-09T15:00:00+01:00')
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let boardId: string
  let otherBodyId: string
  let coordinator: Client
  let secretary: Client
  let representative: Client
  let startKindId: string
  let initiativeId: string
  let otherInitiativeId: string

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const paragraphs = async (id: string, query = '') => (await secretary.get(url(`/initiatives/${id}/paragraphs${query}`))).json()

  beforeAll(async () => {
    clock.start()
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    collaborationId = built.collaboration.id
    const members = built.members
    const person = async (role: 'secretary' | 'coordinator' | 'member_representative', name: string) =>
      (await signedInPerson(t, { collaborationId, role, name, memberId: role === 'member_representative' ? members[0]!.id : null }, clock)).client
    coordinator = await person('coordinator', 'Sara Samordnare')
    secretary = await person('secretary', 'Selma Sekreterare')
    representative = await person('member_representative', 'Rut Representant')
    const kinds = (await coordinator.get(url('/governance'))).json().decisionKinds as { id: string; key: string }[]
    startKindId = kinds.find((k) => k.key === 'start_pre_study')!.id
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board', minutesKeptFrom: '2026-09-01' })).json().id
    otherBodyId = (await coordinator.post(url('/bodies'), { name: 'Styrgruppen', kind: 'steering_group' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: [startKindId], prepares: [] })
    const initiative = async (title: string) => {
      const created = (await coordinator.post(url('/initiatives'), { title, proposingMemberId: members[0]!.id, participantMemberIds: [members[1]!.id], registeredOn: '2026-10-01' })).json()
      return created.id as string
    }
    initiativeId = await initiative('Chattbot för medborgarservice')
    otherInitiativeId = await initiative('Gemensam e-arkivtjänst')
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
  })

  /** A case decided at a meeting of the body, registered without an initiative and linked to `linkTo` afterwards. */
  async function decidedCase(title: string, startsAt: string, linkTo: string | null, close = true) {
    const registered = (await secretary.post(url('/cases'), { title, decidingBodyId: boardId })).json()
    const ready = (await secretary.patch(url(`/cases/${registered.id}`), { ...registered, status: 'ready_for_decision' })).json()
    const meeting = (await secretary.post(url('/meetings'), { bodyId: boardId, startsAt })).json()
    const item = (await secretary.post(url(`/meetings/${meeting.id}/agenda`), { caseId: ready.id })).json().agenda[0]
    expect((await secretary.post(url(`/meetings/${meeting.id}/items/${item.id}/decision`), { outcome: 'approve', wording: `Nämnden beslutar: ${title}.` })).statusCode).toBe(200)
    if (close) expect((await secretary.post(url(`/meetings/${meeting.id}/held`))).statusCode).toBe(200)
    const decided = (await secretary.get(url(`/cases/${ready.id}`))).json()
    if (linkTo) expect((await secretary.patch(url(`/cases/${ready.id}`), { ...decided, initiativeId: linkTo })).statusCode).toBe(200)
    return { meetingId: meeting.id as string, itemId: item.id as string }
  }

  it('offers the held meetings’ §§ of the initiative’s cases, newest first, until one is taken', async () => {
    const october = await decidedCase('Starta förstudie: chattbot', '2026-10-14T08:00:00Z', initiativeId)
    const december = await decidedCase('Chattbot: förnyat beslut', '2026-12-09T08:00:00Z', initiativeId)
    await decidedCase('E-arkiv: förstudie', '2026-12-09T09:00:00Z', otherInitiativeId)
    // A meeting not yet closed: its § may still change, so it is not offered.
    await decidedCase('Chattbot: tillägg', '2026-12-09T10:00:00Z', initiativeId, false)

    const offered = await paragraphs(initiativeId, `?bodyId=${boardId}`)
    expect(offered.map((p: { itemId: string }) => p.itemId)).toEqual([december.itemId, october.itemId])
    expect(offered[1]).toEqual({ itemId: october.itemId, meetingId: october.meetingId, bodyId: boardId, bodyName: 'E-nämnden', paragraph: 1, year: 2026, meetingDate: '2026-10-14', title: 'Starta förstudie: chattbot', outcome: 'approve' })
    expect(await paragraphs(initiativeId, `?bodyId=${otherBodyId}`)).toEqual([])

    const taken = await coordinator.post(url(`/initiatives/${initiativeId}/decisions`), { decisionKindId: startKindId, bodyId: boardId, meetingItemId: october.itemId })
    expect(taken.statusCode, taken.body).toBe(201)
    expect(taken.json()).toMatchObject({ source: 'minutes', meetingId: october.meetingId, paragraph: 1, decidedOn: '2026-10-14' })
    expect((await paragraphs(initiativeId)).map((p: { itemId: string }) => p.itemId)).toEqual([december.itemId])
  })

  it('is for those who record the bodies’ decisions, and only for an initiative of the collaboration', async () => {
    expect((await representative.get(url(`/initiatives/${initiativeId}/paragraphs`))).statusCode).toBe(403)
    expect((await new Client(t.app).get(url(`/initiatives/${initiativeId}/paragraphs`))).statusCode).toBe(401)
    expect((await secretary.get(url('/initiatives/00000000-0000-4000-8000-000000000000/paragraphs'))).statusCode).toBe(404)
  })
})
