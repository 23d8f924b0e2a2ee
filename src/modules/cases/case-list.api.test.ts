import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import type { Paged } from '../../server/http/paging'

// The cases list and the register are read a page at a time, filtered in the database.
describe('cases and the register, paged', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let base: string
  let secretary: Client
  let outsider: Client
  const numbers: string[] = []

  beforeAll(async () => {
    t = await createTestApp()
    const { collaboration } = await buildCollaboration(t.db)
    base = `/api/collaborations/${collaboration.id}`
    secretary = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'secretary', name: 'Sam Sekreterare' })).client
    outsider = new Client(t.app)
    for (const [i, registeredOn] of ['2025-03-01', '2025-09-01', '2026-01-15', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01'].entries()) {
      const created = await secretary.post(`${base}/cases`, { title: i % 2 ? `Avtal ${i}` : `Upphandling ${i}`, registeredOn })
      expect(created.statusCode, created.body).toBe(201)
      numbers.push(created.json().number)
      // Two documents in every case, the second one confidential in the last case.
      await secretary.post(`${base}/cases/${created.json().id}/entries`, { direction: 'incoming', counterpart: `Kommun ${i}`, description: `Yttrande ${i}`, registeredOn })
      await secretary.post(`${base}/cases/${created.json().id}/entries`, {
        direction: 'outgoing',
        counterpart: `Kommun ${i}`,
        description: `Svar ${i}`,
        registeredOn,
        ...(i === 6 ? { confidential: true, confidentialityGround: 'OSL 31 kap. 16 §' } : {}),
      })
    }
  })
  afterAll(() => t.close())

  const get = async <T>(client: Client, path: string): Promise<Paged<T>> => {
    const response = await client.get(`${base}${path}`)
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }

  it('lists every case once across the pages, newest first, with the total, without the texts and entries of its own page', async () => {
    const pages = [await get<{ number: string }>(secretary, '/cases?limit=3'), await get<{ number: string }>(secretary, '/cases?limit=3&page=2'), await get<{ number: string }>(secretary, '/cases?limit=3&page=3')]
    expect(pages.map((p) => [p.items.length, p.total, p.page, p.limit])).toEqual([
      [3, 7, 1, 3],
      [3, 7, 2, 3],
      [1, 7, 3, 3],
    ])
    expect(pages.flatMap((p) => p.items.map((c) => c.number))).toEqual([...numbers].reverse())
    for (const key of ['entries', 'decisions', 'description']) expect(pages[0]!.items[0]).not.toHaveProperty(key)
  })

  it('combines the filters with the paging', async () => {
    const agreements = await get<{ title: string }>(secretary, '/cases?q=Avtal&limit=2&page=2')
    expect([agreements.total, agreements.items.map((c) => c.title)]).toEqual([3, ['Avtal 1']])
    const of2025 = await get<{ number: string }>(secretary, '/cases?year=2025&status=registered')
    expect([of2025.total, of2025.items.map((c) => c.number)]).toEqual([2, [numbers[1], numbers[0]]])
    expect((await get(secretary, '/cases?status=closed')).total).toBe(0)
  })

  it('pages the register, newest first, with year and search on the server; the public sees a confidential entry by its ground', async () => {
    const whole = await get<{ number: string }>(outsider, '/register?limit=5')
    expect([whole.total, whole.items.length]).toEqual([14, 5])
    const all = [...whole.items, ...(await get<{ number: string }>(outsider, '/register?limit=5&page=2')).items, ...(await get<{ number: string }>(outsider, '/register?limit=5&page=3')).items]
    expect(new Set(all.map((e) => e.number)).size).toBe(14)
    expect(all.slice(0, 2).map((e) => e.number)).toEqual([`${numbers[6]}-2`, `${numbers[6]}-1`])
    expect(whole.items[0]).toMatchObject({ withheld: true, description: '', confidentialityGround: 'OSL 31 kap. 16 §' })
    const of2025 = await get<{ number: string }>(outsider, '/register?year=2025&limit=3&page=2')
    expect([of2025.total, of2025.items.map((e) => e.number)]).toEqual([4, [`${numbers[0]}-1`]])
    expect((await get(outsider, '/register?q=Yttrande 3')).total).toBe(1)
    expect((await outsider.get(`${base}/register?limit=0`)).statusCode).toBe(400)
  })
})
