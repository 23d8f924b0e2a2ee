import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

interface Summary {
  id: string
  title: string
  registeredOn: string
  participantCount: number
}
interface Funnel {
  phases: { key: string; reached: number; current: number; inPhase: number }[]
}

// Nine initiatives in four municipalities, three of them registered the same day (their order is by title, then id).
describe('the portfolio and the member view a page at a time', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<'Kalix' | 'Boden' | 'Piteå' | 'Luleå', string>
  let coordinator: Client
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const get = async (path: string) => {
    const response = await coordinator.get(url(path))
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581', '2580'] })
    collaborationId = built.collaboration.id
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id])) as typeof member
    const user = await buildUser(t.db, { name: 'Samordnaren' })
    await grantRole(t.db, { collaborationId, userId: user.id, role: 'coordinator' })
    coordinator = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    const registered = ['2026-01-10', '2026-02-10', '2026-03-10', '2026-03-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10', '2026-07-10']
    for (const [n, on] of registered.entries()) {
      const participants = n % 2 === 0 ? [member.Kalix, member.Boden] : [member.Piteå]
      const response = await coordinator.post(url('/initiatives'), { title: `Initiativ ${String.fromCharCode(73 - n)}`, areas: [n < 5 ? 'care' : 'school'], proposingMemberId: member.Luleå, participantMemberIds: participants, registeredOn: on })
      expect(response.statusCode, response.body).toBe(201)
    }
  })
  afterAll(() => t.close())

  it('pages the portfolio in one stable order: newest first, then by title, every initiative once', async () => {
    const whole = await get('/initiatives?limit=200')
    expect(whole.total).toBe(9)
    expect(whole.items.map((i: Summary) => i.registeredOn)).toEqual([...whole.items.map((i: Summary) => i.registeredOn)].sort().reverse())
    const sameDay = whole.items.filter((i: Summary) => i.registeredOn === '2026-03-10').map((i: Summary) => i.title)
    expect(sameDay).toEqual([...sameDay].sort())
    const pages = [await get('/initiatives?limit=4'), await get('/initiatives?limit=4&page=2'), await get('/initiatives?limit=4&page=3')]
    expect(pages.map((p) => [p.page, p.limit, p.total, p.items.length])).toEqual([
      [1, 4, 9, 4],
      [2, 4, 9, 4],
      [3, 4, 9, 1],
    ])
    expect(pages.flatMap((p) => p.items.map((i: Summary) => i.id))).toEqual(whole.items.map((i: Summary) => i.id))
    // The same page asked again holds the same initiatives.
    expect((await get('/initiatives?limit=4&page=2')).items).toEqual(pages[1].items)
    expect((await get('/initiatives?limit=4&page=4')).items).toEqual([])
  })

  it('counts the funnel and the board columns over every initiative matching the filters, not only the page', async () => {
    const onePage = await get('/initiatives?limit=2&page=3')
    const funnel: Funnel = onePage.processes[0]
    expect(funnel.phases[0]).toMatchObject({ key: 'idea', reached: 9, current: 9, inPhase: 9 })
    expect(funnel.phases.slice(1).every((p) => p.reached === 0 && p.inPhase === 0)).toBe(true)
    const care = await get('/initiatives?area=care&limit=2')
    expect(care.total).toBe(5)
    expect(care.items).toHaveLength(2)
    expect(care.processes[0].phases[0]).toMatchObject({ reached: 5, inPhase: 5 })
  })

  it('combines filters with paging: the total is what matched, the pages hold only matches', async () => {
    const kalix = await get(`/initiatives?memberId=${member.Kalix}&limit=200`)
    expect(kalix.total).toBe(5)
    const first = await get(`/initiatives?memberId=${member.Kalix}&limit=3`)
    const second = await get(`/initiatives?memberId=${member.Kalix}&limit=3&page=2`)
    expect([first.total, second.total]).toEqual([5, 5])
    expect([...first.items, ...second.items].map((i: Summary) => i.id)).toEqual(kalix.items.map((i: Summary) => i.id))
    // Kalix takes part in every other initiative registered above: A, C, E, G and I.
    expect([...first.items, ...second.items].map((i: Summary) => i.title).sort()).toEqual(['A', 'C', 'E', 'G', 'I'].map((letter) => `Initiativ ${letter}`))
    const school = await get(`/initiatives?memberId=${member.Kalix}&area=school&limit=1&page=2`)
    expect(school).toMatchObject({ total: 2, page: 2, limit: 1 })
    expect(school.items).toHaveLength(1)
  })

  it('refuses a page or limit out of bounds with a 400, never a 500', async () => {
    for (const query of ['limit=0', 'limit=201', 'page=0', 'page=x']) {
      expect((await coordinator.get(url(`/initiatives?${query}`))).statusCode).toBe(400)
      expect((await coordinator.get(url(`/members/${member.Kalix}/initiatives?${query}`))).statusCode).toBe(400)
      expect((await coordinator.get(url(`/member-decisions?${query}`))).statusCode).toBe(400)
    }
  })

  it('pages what a member takes part in, with its total', async () => {
    const whole = await get(`/members/${member.Kalix}/initiatives`)
    expect(whole.member.name).toBe('Kalix')
    expect(whole.participating).toMatchObject({ total: 5, page: 1, limit: 50 })
    const pages = [await get(`/members/${member.Kalix}/initiatives?limit=2`), await get(`/members/${member.Kalix}/initiatives?limit=2&page=2`), await get(`/members/${member.Kalix}/initiatives?limit=2&page=3`)]
    expect(pages.map((p) => p.participating.items.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((p) => p.participating.items.map((i: Summary) => i.id))).toEqual(whole.participating.items.map((i: Summary) => i.id))
    expect((await get(`/members/${member.Piteå}/initiatives?limit=2`)).participating.total).toBe(4)
    // The proposing member takes part in every one of them.
    const luleå = (await get(`/members/${member.Luleå}/initiatives?limit=5&page=2`)).participating
    expect([luleå.total, luleå.page, luleå.items.length]).toEqual([9, 2, 4])
  })

  it('lists every initiative by title for the pickers', async () => {
    const titles = await get('/initiatives/titles')
    expect(titles).toHaveLength(9)
    expect(titles.map((i: { title: string }) => i.title)).toEqual([...titles.map((i: { title: string }) => i.title)].sort())
  })
})
