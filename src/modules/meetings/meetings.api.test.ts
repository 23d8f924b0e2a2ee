import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCase, buildCollaboration, buildUser, grantRole } from '../../../tests/helpers/factories'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { startSmtpServer } from '../../../tests/helpers/smtp'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

// A fixed clock: the morning of a December meeting day, Swedish time.
const year = 2026
const today = '2026-12-09'
const clock = fixedClock(`${today}T10:00:00+01:00`)
const at = clock.set

// A joint committee (public records) with its board, a secretary, a chair and an adjuster.
describe('cases, meetings and minutes', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let prefix: string
  let boardId: string
  let otherBodyId: string
  let secretary: Client
  let chair: Client
  let adjuster: Client
  let outsider: Client
  let coordinator: Client
  let chairId: string
  let adjusterId: string
  let members: { id: string; name: string }[]
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  const emails = new Map<string, string>()

  const roles: { userId: string; role: 'secretary' | 'body_member' | 'coordinator' }[] = []

  // The people sign in once (logins are rate-limited per client); each test gets a collaboration of its own,
  // with its board and seats, so case numbers and §§ start afresh and each test can run alone.
  beforeAll(async () => {
    clock.start()
    smtp = await startSmtpServer()
    t = await createTestApp({ smtpUrl: smtp.url, publicUrl: 'https://samverka.test' })
    const login = async (role: 'secretary' | 'body_member' | 'coordinator', name: string) => {
      const user = await buildUser(t.db, { name })
      emails.set(name, user.email)
      roles.push({ userId: user.id, role })
      return { id: user.id, client: await clock.logIn(new Client(t.app), user.email) }
    }
    coordinator = (await login('coordinator', 'Sara Samordnare')).client
    secretary = (await login('secretary', 'Selma Sekreterare')).client
    ;({ id: chairId, client: chair } = await login('body_member', 'Olof Ordförande'))
    ;({ id: adjusterId, client: adjuster } = await login('body_member', 'Åsa Justerare'))
    outsider = new Client(t.app)
  })
  beforeEach(async () => {
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2580'] })
    collaborationId = built.collaboration.id
    prefix = built.collaboration.prefix
    members = built.members
    for (const { userId, role } of roles) await grantRole(t.db, { collaborationId, userId, role, memberId: role === 'body_member' ? members[0]!.id : null })
    const kinds = (await coordinator.get(url('/governance'))).json().decisionKinds
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    otherBodyId = (await coordinator.post(url('/bodies'), { name: 'Beredningsgruppen', kind: 'preparing_group' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: kinds.map((k: { id: string }) => k.id), prepares: [] })
    // The chair and the adjuster sit in the board with their own accounts, so that they can approve its minutes.
    const accounts = [chairId, adjusterId, null]
    for (const [i, member] of members.entries()) await coordinator.post(url(`/bodies/${boardId}/seats`), { personName: `Ledamot för ${member.name}`, seatRole: 'ledamot', memberId: member.id, termStart: '2023-01-01', userId: accounts[i] })
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
    await smtp.close()
  })

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const registerCase = async (title: string, extra: Record<string, unknown> = {}) => {
    const response = await secretary.post(url('/cases'), { title, decidingBodyId: boardId, ...extra })
    expect(response.statusCode, response.body).toBe(201)
    const found = response.json()
    return (await secretary.patch(url(`/cases/${found.id}`), { ...found, status: 'ready_for_decision' })).json()
  }
  const meeting = async (startsAt: string, bodyId = boardId) => (await secretary.post(url('/meetings'), { bodyId, startsAt, place: 'Stadshuset' })).json()
  const decideAll = async (meetingId: string) => {
    let current = (await secretary.get(url(`/meetings/${meetingId}`))).json()
    for (const item of current.agenda.filter((i: { decision: unknown }) => !i.decision)) {
      current = (await secretary.post(url(`/meetings/${meetingId}/items/${item.id}/decision`), { outcome: 'approve', wording: 'Nämnden beslutar enligt förslaget.' })).json()
    }
    return current
  }

  it('numbers cases per year without ever giving two the same number, even when registered at once', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => secretary.post(url('/cases'), { title: `Samtidigt ärende ${i + 1}` })))
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201))
    const numbers = responses.map((r) => r.json().number).sort()
    expect(new Set(numbers).size).toBe(20)
    expect(numbers[0]).toBe(`${prefix} ${year}/0001`)
    expect(numbers[19]).toBe(`${prefix} ${year}/0020`)
  })

  it('writes numbers in the collaboration’s own format with a classification code', async () => {
    // Twenty cases registered before, so the next is number 21.
    for (let i = 1; i <= 20; i++) await buildCase(t.db, collaborationId, { title: `Tidigare ärende ${i}` })
    expect((await secretary.put(url('/case-settings'), { caseNumberFormat: '{year}/{seq}', classification: [] })).statusCode).toBe(403)
    const settingsBody = { caseNumberFormat: '{year}/{seq}-{code}', classification: [{ code: '2.2.0.2', title: 'Gemensamma projekt' }] }
    expect((await coordinator.put(url('/case-settings'), { caseNumberFormat: '{prefix}/{code}', classification: [] })).json().errors[0].path).toBe('body.caseNumberFormat')
    expect((await coordinator.put(url('/case-settings'), settingsBody)).json().example).toBe(`${year}/21-2.2.0.2`)
    const coded = (await secretary.post(url('/cases'), { title: 'Ärende med kod', classificationCode: '2.2.0.2' })).json()
    expect(coded.number).toBe(`${year}/21-2.2.0.2`)
    await coordinator.put(url('/case-settings'), { caseNumberFormat: '{prefix} {year}/{seq:4}', classification: settingsBody.classification })
  })

  it('numbers the decisions § N per body and year, across meetings', async () => {
    const first = await meeting(`${year}-03-11T08:00:00Z`)
    const second = await meeting(`${year}-04-15T08:00:00Z`)
    const other = await meeting(`${year}-04-16T08:00:00Z`, otherBodyId)
    const nextYear = await meeting(`${year + 1}-01-20T08:00:00Z`)
    for (const [m, title] of [[first, 'Ett'], [first, 'Två'], [second, 'Tre'], [nextYear, 'Fyra']] as const) {
      expect((await secretary.post(url(`/meetings/${m.id}/agenda`), { caseId: (await registerCase(`Ärende ${title}`)).id })).statusCode).toBe(200)
    }
    await secretary.post(url(`/meetings/${other.id}/agenda`), { title: 'Information från kommunerna' })
    const paragraphs = async (m: { id: string }) => (await decideAll(m.id)).agenda.map((i: { decision: { paragraph: number } }) => i.decision.paragraph)
    expect(await paragraphs(first)).toEqual([1, 2])
    expect(await paragraphs(second)).toEqual([3])
    expect(await paragraphs(other)).toEqual([1])
    await at(`${year + 1}-01-20T10:00:00+01:00`)
    expect(await paragraphs(nextYear)).toEqual([1])
    await at(`${today}T10:00:00+01:00`)
    // A decided item stays decided.
    const decided = (await secretary.get(url(`/meetings/${first.id}`))).json().agenda[0]
    const again = await secretary.post(url(`/meetings/${first.id}/items/${decided.id}/decision`), { outcome: 'reject', wording: 'Nytt beslut' })
    expect(again.statusCode).toBe(409)
    expect(again.json().title).toBe('Punkten är redan beslutad som § 1.')
  })

  it('lets a meeting decision open an initiative’s gate, and takes the minutes through approval to publication', async () => {
    const initiative = (await coordinator.post(url('/initiatives'), { title: 'Chattbot för medborgarservice', proposingMemberId: members[0]!.id, participantMemberIds: [members[1]!.id] })).json()
    await coordinator.post(url(`/initiatives/${initiative.id}/documents/needs_inventory/versions`), { values: { need: 'Samma frågor om och om igen', expected_benefit: 'Svar dygnet runt' }, final: true })
    const toStart = await registerCase('Starta förstudie: chattbot', { initiativeId: initiative.id })
    const secret = await registerCase('Säkerhetsincident', { confidential: true, confidentialityGround: 'OSL 18 kap. 8 §', description: 'Hemlig redovisning' })
    const m = await meeting(`${today}T07:00:00Z`)
    const candidates = (await secretary.get(url(`/meetings/${m.id}/candidates`))).json().map((c: { title: string }) => c.title)
    expect(candidates).toEqual(expect.arrayContaining(['Starta förstudie: chattbot', 'Säkerhetsincident']))
    for (const found of [toStart, secret]) await secretary.post(url(`/meetings/${m.id}/agenda`), { caseId: found.id })
    expect((await secretary.post(url(`/meetings/${m.id}/agenda`), { caseId: toStart.id })).json().title).toBe(`Ärendet ${toStart.number} står redan på en föredragningslista som inte är avgjord.`)
    await secretary.patch(url(`/meetings/${m.id}`), { ...((await secretary.get(url(`/meetings/${m.id}`))).json() as object), chairUserId: chairId, adjusterUserIds: [adjusterId], secretaryName: 'Selma Sekreterare' })
    expect((await secretary.post(url(`/meetings/${m.id}/notice`))).json().status).toBe('notice_sent')
    // The notice reaches the chair, the adjuster and the secretary by e-mail, with the agenda.
    for (const name of ['Olof Ordförande', 'Åsa Justerare', 'Selma Sekreterare']) {
      const [notice] = smtp.to(emails.get(name)!)
      expect(notice?.subject).toMatch(/^Kallelse: E-nämnden \d{4}-\d{2}-\d{2}$/)
      expect(notice?.text).toContain(`1. Starta förstudie: chattbot (${toStart.number})`)
      expect(notice?.text).toContain(`2. Säkerhetsincident (${secret.number}) – sekretess`)
      expect(notice?.text).toContain(`https://samverka.test/collaborations/${collaborationId}/meetings/${m.id}`)
    }
    const held = await decideAll(m.id)
    const paragraph = held.agenda[0].decision.paragraph

    // The gate now has the nämnd's decision, referring to its §.
    const gate = (await coordinator.get(url(`/initiatives/${initiative.id}`))).json()
    expect(gate.gate.mayAdvance).toBe(true)
    expect(gate.decisions[0]).toMatchObject({ bodyName: 'E-nämnden', reference: `§ ${paragraph}`, outcome: 'approve' })

    expect((await secretary.post(url(`/meetings/${m.id}/held`))).json().status).toBe('held')
    expect((await secretary.post(url(`/meetings/${m.id}/approve`))).json().title).toBe('Du är varken ordförande eller justerare för det här sammanträdet.')
    expect((await chair.post(url(`/meetings/${m.id}/approve`))).statusCode).toBe(200)
    const early = await secretary.post(url(`/meetings/${m.id}/publish`), { noticeDate: today })
    expect(early.statusCode).toBe(409)
    expect(early.json().title).toBe('Protokollet är inte justerat av: Åsa Justerare.')
    expect((await adjuster.post(url(`/meetings/${m.id}/approve`))).json().status).toBe('minutes_approved')

    // Before publication the public gets no minutes.
    expect((await outsider.get(url(`/meetings/${m.id}/minutes.pdf`))).statusCode).toBe(409)
    const published = (await secretary.post(url(`/meetings/${m.id}/publish`), { noticeDate: `${year}-12-10` })).json()
    expect(published).toMatchObject({ status: 'published', publishedOn: `${year}-12-10`, appealState: 'posting_pending' })
    // Posted tomorrow: until then the public sees neither the minutes nor a running appeal.
    expect((await outsider.get(url('/minutes'))).json()).toEqual({ items: [], total: 0, page: 1, limit: 50 })
    await at(`${year}-12-10T08:00:00+01:00`)
    // Three weeks from 10 December end on New Year's Eve, which rolls past New Year's Day and a weekend when it falls so.
    expect(published.appealEndsOn > `${year}-12-30`).toBe(true)
    const register = (await outsider.get(url('/minutes'))).json().items
    expect(register).toEqual([expect.objectContaining({ meetingId: m.id, publishedOn: `${year}-12-10`, appealEndsOn: published.appealEndsOn, appealOpen: true, appealState: 'running' })])

    // The minutes as the public reads them: attendance and §§, the confidential paragraph only by its ground.
    const pdf = await outsider.get(url(`/meetings/${m.id}/minutes.pdf`))
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const text = (await pdfPages(pdf.rawPayload)).join('\n').replace(/\s+/g, ' ')
    for (const member of members) expect(text).toContain(`Ledamot för ${member.name}`)
    expect(text).toContain(`§ ${paragraph}`)
    expect(text).toContain('Starta förstudie: chattbot')
    expect(text).toContain('OSL 18 kap. 8 §')
    expect(text).not.toContain('Säkerhetsincident')
    expect(text).toContain('Olof Ordförande')
    const internal = (await pdfPages((await secretary.get(url(`/meetings/${m.id}/minutes.pdf`))).rawPayload)).join(' ')
    expect(internal).toContain('Säkerhetsincident')
    await at(`${today}T10:00:00+01:00`)
  })

  it('moves a case only along its statuses, and keeps it as it was when refused', async () => {
    const found = (await secretary.post(url('/cases'), { title: 'Ärende som hoppar' })).json()
    const refused = await secretary.patch(url(`/cases/${found.id}`), { ...found, status: 'decided' })
    expect(refused.json().errors).toEqual([{ path: 'body.status', message: 'Ett ärende som är registrerat kan inte bli beslutat.' }])
    expect((await secretary.get(url(`/cases/${found.id}`))).json()).toMatchObject({ status: 'registered', version: found.version })
    expect((await secretary.patch(url(`/cases/${found.id}`), { ...found, status: 'closed' })).json().status).toBe('closed')
  })

  it('withholds confidential cases and documents from the public register, stating the ground', async () => {
    const found = await registerCase('Avtal med leverantör', { confidential: true, confidentialityGround: 'OSL 31 kap. 16 §' })
    await secretary.post(url(`/cases/${found.id}/entries`), { direction: 'incoming', counterpart: 'Leverantören AB', description: 'Anbud med prisbilaga', confidential: true, confidentialityGround: 'OSL 31 kap. 16 §' })
    await secretary.post(url(`/cases/${found.id}/entries`), { direction: 'outgoing', counterpart: 'Leverantören AB', description: 'Tilldelningsbeslut' })
    const publicCase = (await outsider.get(url(`/cases/${found.id}`))).json()
    expect(publicCase).toMatchObject({ title: '', withheld: true, confidentialityGround: 'OSL 31 kap. 16 §' })
    expect(publicCase.entries.map((e: { number: string; description: string; withheld: boolean }) => [e.number, e.description, e.withheld])).toEqual([
      [`${found.number}-2`, 'Tilldelningsbeslut', false],
      [`${found.number}-1`, '', true],
    ])
    const inside = (await secretary.get(url(`/cases/${found.id}`))).json()
    expect(inside.title).toBe('Avtal med leverantör')
    const register = (await outsider.get(url('/register?q=Leverant'))).json().items
    expect(register.every((e: { description: string }) => e.description !== 'Anbud med prisbilaga')).toBe(true)
  })

  it('publishes each body’s meetings as an iCal feed anyone can subscribe to', async () => {
    for (const startsAt of [`${year}-03-11T08:00:00Z`, `${year}-04-15T08:00:00Z`]) await meeting(startsAt)
    const feed = await outsider.get(url(`/bodies/${boardId}/calendar.ics`))
    expect(feed.headers['content-type']).toContain('text/calendar')
    expect(feed.body).toContain('BEGIN:VCALENDAR')
    expect(feed.body.match(/BEGIN:VEVENT/g)!.length).toBe((await secretary.get(url(`/meetings?bodyId=${boardId}`))).json().length)
  })
})
