import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

// The notice and the cancellation reach each person in the language that person reads Samverka in.
describe('meeting e-mail in the recipient’s language', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let secretary: Client
  let boardId: string
  const people: Record<'swede' | 'english', { email: string }> = { swede: { email: '' }, english: { email: '' } }
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const mailTo = (email: string, kind: string) =>
    t.db.query<{ subject: string; body: string }>('select subject, body from mail_message where to_address = $1 and kind = $2 order by created_at', [email, kind])

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://samverka.test' })
    const built = await buildCollaboration(t.db, { memberCodes: ['2514'] })
    collaborationId = built.collaboration.id
    const coordinatorUser = await buildUser(t.db, { name: 'Sara Samordnare' })
    await grantRole(t.db, { collaborationId, userId: coordinatorUser.id, role: 'coordinator' })
    const coordinator = await new Client(t.app).logIn(coordinatorUser.email, TEST_PASSWORD)
    const secretaryUser = await buildUser(t.db, { name: 'Selma Sekreterare' })
    await grantRole(t.db, { collaborationId, userId: secretaryUser.id, role: 'secretary' })
    secretary = await new Client(t.app).logIn(secretaryUser.email, TEST_PASSWORD)
    for (const [who, name] of [['swede', 'Olof Ordförande'], ['english', 'Emma English']] as const) {
      const user = await buildUser(t.db, { name })
      await grantRole(t.db, { collaborationId, userId: user.id, role: 'body_member', memberId: built.members[0]!.id })
      people[who].email = user.email
      if (who === 'english') {
        const client = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
        expect((await client.patch('/api/me', { locale: 'en' })).statusCode).toBe(204)
      }
    }
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    await coordinator.post(url(`/bodies/${boardId}/seats`), { personName: 'Olof Ordförande', seatRole: 'ledamot', memberId: built.members[0]!.id, termStart: '2023-01-01' })
  })
  afterAll(() => t.close())

  it('sends the notice in Swedish to a Swedish reader and in English to an English one, with the same agenda', async () => {
    const meeting = (await secretary.post(url('/meetings'), { bodyId: boardId, startsAt: '2026-12-09T12:00:00Z', endsAt: '2026-12-09T15:00:00Z', place: 'Stadshuset' })).json()
    expect((await secretary.post(url(`/meetings/${meeting.id}/agenda`), { caseId: null, title: 'Budget 2027' })).statusCode).toBe(200)
    expect((await secretary.post(url(`/meetings/${meeting.id}/notice`))).statusCode).toBe(200)
    const link = `https://samverka.test/collaborations/${collaborationId}/meetings/${meeting.id}`

    const [swedish] = await mailTo(people.swede.email, 'meeting.notice')
    expect(swedish).toEqual({
      subject: 'Kallelse: E-nämnden 2026-12-09',
      body: ['E-nämnden sammanträder onsdag 9 december 2026 kl. 13:00–16:00.', 'Plats: Stadshuset', '', 'Föredragningslista', '1. Budget 2027', '', `Handlingarna finns i Samverka: ${link}`].join('\n'),
    })
    const [english] = await mailTo(people.english.email, 'meeting.notice')
    expect(english).toEqual({
      subject: 'Notice of meeting: E-nämnden 2026-12-09',
      body: ['E-nämnden meets on Wednesday 9 December 2026 at 13:00–16:00.', 'Place: Stadshuset', '', 'Agenda', '1. Budget 2027', '', `The documents are in Samverka: ${link}`].join('\n'),
    })

    const current = (await secretary.get(url(`/meetings/${meeting.id}`))).json()
    expect((await secretary.post(url(`/meetings/${meeting.id}/cancellation`), { version: current.version, reason: 'Ordföranden är sjuk' })).statusCode).toBe(200)
    expect(await mailTo(people.swede.email, 'meeting.cancelled')).toEqual([
      { subject: 'Inställt: E-nämnden 2026-12-09 13:00', body: 'Sammanträdet med E-nämnden 2026-12-09 13:00 är inställt.\n\nSkäl: Ordföranden är sjuk' },
    ])
    expect(await mailTo(people.english.email, 'meeting.cancelled')).toEqual([
      { subject: 'Cancelled: E-nämnden 2026-12-09 13:00', body: 'The meeting of E-nämnden on 2026-12-09 13:00 is cancelled.\n\nReason: Ordföranden är sjuk' },
    ])
  })

  it('records each mail subscriber’s delivery of the events, once', async () => {
    const rows = await t.db.query<{ subscriber: string; type: string; status: string }>(
      `select d.subscriber, e.type, d.status from event_delivery d join domain_event e on e.id = d.event_id where d.subscriber like 'meetings.%' order by e.id, d.subscriber`,
    )
    expect(rows).toEqual([
      { subscriber: 'meetings.notice_mail', type: 'meeting.notice_sent', status: 'delivered' },
      { subscriber: 'meetings.cancellation_mail', type: 'meeting.cancelled', status: 'delivered' },
    ])
  })
})
