import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

const flat = async (pdf: Buffer) => (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ')

// A joint committee (public records) meets on 9 December 2026 at 13:00; the clock stands at 15:00 that day.
describe('the documents a meeting produces: notice, minutes and extracts', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let secretary: Client
  let chair: Client
  let chairId: string
  let adjusterId: string
  let outsider: Client
  let meetingId: string
  let boardId: string
  let openCase: { id: string; number: string }
  let secretCase: { id: string; number: string }
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const meetingUrl = (path = '') => url(`/meetings/${meetingId}${path}`)
  const itemOf = async (caseId: string) => (await secretary.get(meetingUrl())).json().agenda.find((i: { caseId: string }) => i.caseId === caseId)

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T15:00:00+01:00'))
    t = await createTestApp({ publicUrl: 'https://samverka.test' })
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2580'] })
    collaborationId = built.collaboration.id
    const members = built.members
    const login = async (role: 'secretary' | 'body_member' | 'coordinator', name: string, memberId: string | null = null) => {
      const user = await buildUser(t.db, { name })
      await grantRole(t.db, { collaborationId, userId: user.id, role, memberId })
      return { id: user.id, client: await new Client(t.app).logIn(user.email, TEST_PASSWORD) }
    }
    const coordinator = (await login('coordinator', 'Sara Samordnare')).client
    secretary = (await login('secretary', 'Selma Sekreterare')).client
    ;({ id: chairId, client: chair } = await login('body_member', 'Olof Ordförande', members[0]!.id))
    adjusterId = (await login('body_member', 'Åsa Justerare', members[1]!.id)).id
    outsider = new Client(t.app)

    const kinds = (await coordinator.get(url('/governance'))).json().decisionKinds
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: kinds.map((k: { id: string }) => k.id), prepares: [] })
    const seats = [
      { personName: 'Olof Ordförande', seatRole: 'ledamot', memberId: members[0]!.id, position: 'chair', userId: chairId },
      { personName: 'Åsa Justerare', seatRole: 'ledamot', memberId: members[1]!.id, userId: adjusterId },
      { personName: 'Karin Frånvarande', seatRole: 'ledamot', memberId: members[2]!.id },
      { personName: 'Erik Ersättare', seatRole: 'ersattare', memberId: members[2]!.id },
    ]
    for (const seat of seats) expect((await coordinator.post(url(`/bodies/${boardId}/seats`), { termStart: '2023-01-01', ...seat })).statusCode).toBe(201)

  })
  // Each test has a meeting of its own, planned with its two cases and its notice sent; later steps are taken by the test.
  beforeEach(async () => {
    const registerCase = async (title: string, extra: Record<string, unknown> = {}) => {
      const found = (await secretary.post(url('/cases'), { title, decidingBodyId: boardId, ...extra })).json()
      return (await secretary.patch(url(`/cases/${found.id}`), { ...found, status: 'ready_for_decision' })).json()
    }
    openCase = await registerCase('Chattbot för medborgarservice')
    secretCase = await registerCase('Säkerhetsincident i inloggningstjänsten', { confidential: true, confidentialityGround: 'OSL 18 kap. 8 §' })
    const created = await secretary.post(url('/meetings'), { bodyId: boardId, startsAt: '2026-12-09T12:00:00Z', endsAt: '2026-12-09T15:00:00Z', place: 'Stadshuset, sessionssalen' })
    expect(created.statusCode, created.body).toBe(201)
    meetingId = created.json().id
    for (const found of [openCase, secretCase]) expect((await secretary.post(meetingUrl('/agenda'), { caseId: found.id })).statusCode).toBe(200)
    const people = await secretary.patch(meetingUrl(), { ...((await secretary.get(meetingUrl())).json() as object), chairUserId: chairId, adjusterUserIds: [adjusterId], secretaryName: 'Selma Sekreterare' })
    expect(people.statusCode, people.body).toBe(200)
    expect((await secretary.post(meetingUrl('/notice'))).json().status).toBe('notice_sent')
  })
  afterAll(async () => {
    await t.close()
    vi.useRealTimers()
  })

  /** The meeting is held: attendance with Karin absent and Erik serving, both items approved (with a reservation on the first), closed. */
  async function holdMeeting() {
    const attendance = [
      { personName: 'Olof Ordförande', memberId: null, seatRole: 'ledamot', position: 'chair', present: true },
      { personName: 'Åsa Justerare', memberId: null, seatRole: 'ledamot', present: true },
      { personName: 'Karin Frånvarande', memberId: null, seatRole: 'ledamot', present: false },
      { personName: 'Erik Ersättare', memberId: null, seatRole: 'ersattare', present: true },
      { personName: 'Selma Sekreterare', memberId: null, seatRole: 'official', servingFor: 'sekreterare', present: true },
    ]
    const seated = (await secretary.get(meetingUrl())).json().attendance as { personName: string; memberId: string | null }[]
    const withMembers = attendance.map((row) => ({ ...row, memberId: seated.find((s) => s.personName === row.personName)?.memberId ?? null }))
    const set = await secretary.put(meetingUrl('/attendance'), { attendance: withMembers })
    const decisions = []
    for (const found of [openCase, secretCase]) {
      decisions.push(await secretary.post(meetingUrl(`/items/${(await itemOf(found.id)).id}/decision`), { outcome: 'approve', wording: 'Nämnden beslutar enligt förslaget.', reservations: found === openCase ? 'Karin Frånvarande deltar inte i beslutet.' : '' }))
    }
    const held = await secretary.post(meetingUrl('/held'))
    return { set, decisions, held }
  }
  /** The chair approves in Samverka; the secretary records the adjuster's signature on paper. */
  async function approveMinutes() {
    const digital = await chair.post(meetingUrl('/approve'))
    const paper = await secretary.post(meetingUrl('/paper-approvals'), { role: 'adjuster', userId: adjusterId, signedOn: '2026-12-09' })
    return { digital, paper }
  }

  it('gives the notice with the agenda and its recipients, the confidential case by its ground to the public', async () => {
    const inside = await secretary.get(meetingUrl('/notice.pdf'))
    expect(inside.statusCode).toBe(200)
    expect(inside.headers['content-type']).toBe('application/pdf')
    expect(inside.headers['content-disposition']).toContain(encodeURIComponent('Kallelse E-nämnden 2026-12-09.pdf'))
    const text = await flat(inside.rawPayload)
    expect(text).toContain('KALLELSE')
    expect(text).toContain('onsdag 9 december 2026 kl. 13:00–16:00')
    expect(text).toContain('Stadshuset, sessionssalen')
    expect(text).toContain(`1. Chattbot för medborgarservice ${openCase.number}`)
    expect(text).toContain(`2. Säkerhetsincident i inloggningstjänsten ${secretCase.number}`)
    expect(text).toContain('Ledamöter Olof Ordförande')
    expect(text).toMatch(/Karin Frånvarande, [^,]+ Ersättare Erik Ersättare/)
    expect(text).toContain('Övriga Selma Sekreterare')
    expect(text).toContain('Kallelsen skickad 2026-12-09 15:00')

    const publicText = await flat((await outsider.get(meetingUrl('/notice.pdf'))).rawPayload)
    expect(publicText).toContain(`2. Sekretess: OSL 18 kap. 8 § ${secretCase.number}`)
    expect(publicText).not.toContain('Säkerhetsincident')
    expect(publicText).toContain('Chattbot för medborgarservice')
  })

  it('gives no extract for an item not yet decided', async () => {
    const item = await itemOf(openCase.id)
    const refused = await secretary.get(meetingUrl(`/items/${item.id}/extract.pdf`))
    expect(refused.statusCode).toBe(409)
    expect(refused.headers['content-type']).toContain('application/problem+json')
    expect(refused.json().title).toBe('Punkten har ingen beslutad paragraf ännu, så det finns inget protokollsutdrag.')
    expect((await secretary.get(meetingUrl(`/items/${randomUUID()}/extract.pdf`))).statusCode).toBe(404)
  })

  it('marks the held minutes as a draft, with the absent, the serving ersättare and the others present', async () => {
    const { set, decisions, held } = await holdMeeting()
    expect(set.statusCode, set.body).toBe(200)
    for (const decided of decisions) expect(decided.statusCode, decided.body).toBe(200)
    expect(held.json().status).toBe('held')

    const pages = await pdfPages((await secretary.get(meetingUrl('/minutes.pdf'))).rawPayload)
    expect(pages[0]).toContain('UTKAST – EJ JUSTERAT')
    pages.forEach((page) => expect(page).toContain('Utkast – ej justerat'))
    const first = pages[0]!.replace(/\s+/g, ' ')
    expect(first).toContain('Frånvarande Karin Frånvarande, ledamot')
    expect(first).toContain('tjänstgörande ersättare för Karin Frånvarande')
    expect(first).toContain('Övriga närvarande Selma Sekreterare, sekreterare')

    // The public gets neither the minutes nor an extract before they are approved and posted.
    expect((await outsider.get(meetingUrl('/minutes.pdf'))).statusCode).toBe(409)
    const early = await outsider.get(meetingUrl(`/items/${(await itemOf(openCase.id)).id}/extract.pdf`))
    expect(early.statusCode).toBe(409)
    expect(early.json().title).toBe('Protokollsutdraget blir allmänt när protokollet har justerats och anslagits.')

    // The office has the extract at once, as a draft.
    const draft = await flat((await secretary.get(meetingUrl(`/items/${(await itemOf(openCase.id)).id}/extract.pdf`))).rawPayload)
    expect(draft).toContain('UTKAST – EJ JUSTERAT')
    expect(draft).toContain('Protokollet är ännu inte justerat.')
  })

  it('shows each approval, digital or recorded from paper, once the minutes are approved', async () => {
    await holdMeeting()
    const { digital, paper } = await approveMinutes()
    expect(digital.statusCode).toBe(200)
    expect(paper.statusCode, paper.body).toBe(200)
    expect(paper.json().status).toBe('minutes_approved')
    const text = await flat((await secretary.get(meetingUrl('/minutes.pdf'))).rawPayload)
    expect(text).not.toMatch(/utkast/i)
    expect(text).toContain('Justerat digitalt 2026-12-09 kl. 15:00')
    expect(text).toContain('Justerat på papper 2026-12-09, registrerat i Samverka av Selma Sekreterare')
  })

  it('gives the public the minutes and the extract of a § once posted, but never an extract of a confidential §', async () => {
    await holdMeeting()
    await approveMinutes()
    const posted = await secretary.post(meetingUrl('/publish'), { noticeDate: '2026-12-09' })
    expect(posted.statusCode, posted.body).toBe(200)
    const item = await itemOf(openCase.id)
    const paragraph = item.decision.paragraph

    const extract = await outsider.get(meetingUrl(`/items/${item.id}/extract.pdf`))
    expect(extract.statusCode).toBe(200)
    expect(extract.headers['content-disposition']).toContain(encodeURIComponent(`Protokollsutdrag E-nämnden 2026-12-09 § ${paragraph}.pdf`))
    const text = await flat(extract.rawPayload)
    expect(text).toContain('PROTOKOLLSUTDRAG')
    expect(text).toContain(`§ ${paragraph} år 2026`)
    expect(text).toContain(`§ ${paragraph} Chattbot för medborgarservice`)
    expect(text).toContain(`Dnr ${openCase.number}`)
    expect(text).toContain('Nämnden beslutar enligt förslaget.')
    expect(text).toContain('Reservation: Karin Frånvarande deltar inte i beslutet.')
    expect(text).toContain('Ordförande Olof Ordförande: Justerat digitalt 2026-12-09 kl. 15:00')
    expect(text).toContain('Justerare Åsa Justerare: Justerat på papper 2026-12-09')
    expect(text).toContain('Justeringen tillkännagavs genom anslag 2026-12-09.')
    expect(text).toContain('Rätt utdraget intygar')
    expect(text).toContain('Selma Sekreterare, sekreterare')
    expect(text).not.toMatch(/utkast/i)

    const secret = await itemOf(secretCase.id)
    const refused = await outsider.get(meetingUrl(`/items/${secret.id}/extract.pdf`))
    expect(refused.statusCode).toBe(403)
    expect(refused.json().title).toBe('Paragrafen omfattas av sekretess (OSL 18 kap. 8 §); utdrag lämnas inte ut här.')
    // Inside the collaboration the confidential § is extracted in full, marked as confidential.
    const inside = await flat((await secretary.get(meetingUrl(`/items/${secret.id}/extract.pdf`))).rawPayload)
    expect(inside).toContain('Säkerhetsincident i inloggningstjänsten')
    expect(inside).toContain('Omfattas av sekretess: OSL 18 kap. 8 §')

    const minutes = await flat((await outsider.get(meetingUrl('/minutes.pdf'))).rawPayload)
    expect(minutes).toContain('Chattbot för medborgarservice')
    expect(minutes).toContain('Sekretess: OSL 18 kap. 8 §')
    expect(minutes).not.toContain('Säkerhetsincident')
  })

  it('keeps the documents of a collaboration whose records are not public from anonymous visitors', async () => {
    const closed = await buildCollaboration(t.db, { legalForm: 'avtalssamverkan' })
    const path = `/api/collaborations/${closed.collaboration.id}/meetings/${randomUUID()}`
    for (const document of ['/notice.pdf', '/minutes.pdf', `/items/${randomUUID()}/extract.pdf`]) expect((await outsider.get(path + document)).statusCode).toBe(401)
  })
})
