import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCollaboration, buildMeeting, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import type { Paged } from '../../server/http/paging'

const clock = fixedClock('2026-12-09T10:00:00+01:00')

type MinutesPage = Paged<{ meetingId: string; meetingDate: string; paragraphs: string | null; appealState: string }>

// The register of minutes is read a page at a time, newest meeting first, however many meetings a body holds.
describe('the register of minutes, paged', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let base: string
  let secretary: Client
  let outsider: Client
  const posted: string[] = []

  beforeAll(async () => {
    clock.start()
    t = await createTestApp()
    const { collaboration } = await buildCollaboration(t.db)
    base = `/api/collaborations/${collaboration.id}`
    const coordinator = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator', name: 'Sara Samordnare' }, clock)).client
    secretary = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary', name: 'Selma Sekreterare' }, clock)).client
    outsider = new Client(t.app)
    const bodyId = (await coordinator.post(`${base}/bodies`, { name: 'E-nämnden', kind: 'board' })).json().id
    // A year of monthly meetings whose minutes were posted, built through the meetings' own steps; one posted tomorrow, one not yet posted.
    const meeting = async (day: string, options: { published?: string; withParagraph?: { title: string }[] } = {}) =>
      (await buildMeeting(t.db, collaboration.id, { bodyId, startsAt: `${day}T09:00:00+01:00`, held: true, ...options })).meeting.id
    for (const month of ['01', '02', '03', '04', '05']) {
      // The March meeting decides two items, the body's first §§ of the year.
      posted.push(await meeting(`2026-${month}-10`, { published: `2026-${month}-12`, withParagraph: month === '03' ? [{ title: 'Budget' }, { title: 'Avtal' }] : [] }))
    }
    posted.push(await meeting('2026-12-08', { published: '2026-12-10' }))
    await meeting('2026-12-01')
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
  })

  const list = async (client: Client, query: string): Promise<MinutesPage> => {
    const response = await client.get(`${base}/minutes?${query}`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }

  it('gives every posted set of minutes once across the pages, newest meeting first, with the total', async () => {
    const pages = [await list(outsider, 'limit=2'), await list(outsider, 'limit=2&page=2'), await list(outsider, 'limit=2&page=3')]
    expect(pages.map((p) => [p.items.length, p.total, p.page, p.limit])).toEqual([
      [2, 5, 1, 2],
      [2, 5, 2, 2],
      [1, 5, 3, 2],
    ])
    expect(pages.flatMap((p) => p.items.map((m) => m.meetingId))).toEqual(posted.slice(0, 5).reverse())
    expect(pages[1]!.items.map((m) => [m.meetingDate, m.paragraphs])).toEqual([
      ['2026-03-10', '§ 1–2'],
      ['2026-02-10', null],
    ])
  })

  it('counts minutes posted tomorrow for the office only', async () => {
    const office = await list(secretary, 'limit=1')
    expect([office.total, office.items.map((m) => [m.meetingId, m.appealState])]).toEqual([6, [[posted[5], 'posting_pending']]])
    expect((await secretary.get(`${base}/minutes?limit=201`)).statusCode).toBe(400)
  })
})
