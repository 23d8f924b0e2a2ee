import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../tests/helpers/clock'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { hasLeftBy, notLeftBySql } from './membership'

const clock = fixedClock('2026-12-07T12:00:00+01:00')
const today = '2026-12-07'
const yesterday = '2026-12-06'

// A leaving date is the member's last day (src/modules/members/membership.ts): every capability agrees.
describe('a member whose leaving date is today', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let base: string
  let coordinator: Client
  let member: Record<string, string>

  beforeAll(async () => {
    clock.start()
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] })
    base = `/api/collaborations/${built.collaboration.id}`
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id]))
    coordinator = (await signedInPerson(t, { collaborationId: built.collaboration.id, role: 'coordinator', name: 'Sara Samordnare' }, clock)).client
    const list = (await coordinator.get(`${base}/members?includeLeft=true`)).json().members as { id: string; name: string; version: number }[]
    for (const [name, leftOn] of [['Kalix', today], ['Jokkmokk', yesterday]] as const) {
      const { version } = list.find((m) => m.name === name)!
      const left = await coordinator.patch(`${base}/members/${member[name]}`, { version, leftOn })
      expect(left.statusCode, left.body).toBe(200)
    }
  })
  afterAll(async () => {
    clock.stop()
    await t.close()
  })

  it('the SQL form answers as the pure rule does, for any leaving date and day', async () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10))
    await fc.assert(
      fc.asyncProperty(fc.option(day), day, async (leftOn, on) => {
        const [row] = await t.db.query<{ member: boolean }>(`select ${notLeftBySql('m', '$2')} as member from (select $1::date as left_on) m`, [leftOn, on])
        expect(row!.member).toBe(!hasLeftBy({ leftOn }, on))
      }),
      { numRuns: 50 },
    )
  })

  it('is still in the member list and the collaboration’s count; one that left yesterday is not', async () => {
    const names = (await coordinator.get(`${base}/members`)).json().members.map((m: { name: string }) => m.name)
    expect(names).toEqual(['Kalix', 'Luleå'])
    expect((await coordinator.get(base)).json().memberCount).toBe(2)
  })

  it('shares this year’s costs split in equal parts', async () => {
    const key = (await coordinator.post(`${base}/finance/cost-keys`, { name: 'Lika delar', kind: 'equal' })).json()
    const budget = (await coordinator.post(`${base}/finance/budgets`, { year: 2026 })).json()
    const line = await coordinator.post(`${base}/finance/budgets/${budget.id}/lines`, { category: 'staff', description: 'E-samordnare', amountOre: 100_000, costKeyId: key.id })
    expect(line.statusCode, line.body).toBe(201)
    const basis = async (memberId: string) => (await coordinator.get(`${base}/finance/invoice-basis/${memberId}?year=2026`)).json().totalOre
    expect(await basis(member.Kalix!)).toBe(50_000)
    expect(await basis(member['Luleå']!)).toBe(50_000)
    expect(await basis(member.Jokkmokk!)).toBe(0)
  })

  it('counts among the members of a planning round', async () => {
    const created = await coordinator.post(`${base}/planning/rounds`, { year: 2027, title: 'Handlingsplan 2027', ballotKind: 'points', method: 'points', budgetFrameOre: 0 })
    expect(created.statusCode, created.body).toBe(201)
    const round = (await coordinator.get(`${base}/planning/rounds/${created.json().id}`)).json()
    expect(round.members.map((m: { name: string }) => m.name)).toEqual(['Kalix', 'Luleå'])
  })

  it('may register an initiative; one that left yesterday may not', async () => {
    const register = (proposingMemberId: string) =>
      coordinator.post(`${base}/initiatives`, { title: 'Digital nämndadministration', proposingMemberId, participantMemberIds: [member['Luleå']] })
    const registered = await register(member.Kalix!)
    expect(registered.statusCode, registered.body).toBe(201)
    const refused = await register(member.Jokkmokk!)
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.proposingMemberId'])
  })

  it('is gone the next Swedish day, even while the database server’s date (UTC) is still its last day', async () => {
    await clock.set('2026-12-08T00:30:00+01:00')
    expect((await coordinator.get(`${base}/members`)).json().members.map((m: { name: string }) => m.name)).toEqual(['Luleå'])
    expect((await coordinator.get(base)).json().memberCount).toBe(1)
  })
})
