import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { today as swedishToday } from '../../server/clock'
import type { Paged } from '../../server/http/paging'

const today = swedishToday()

type Listed = Paged<{ id: string; initiativeId: string; memberName: string | null; bodyName: string | null; current: boolean; recordedAt: string }>

// The decision list is read a page at a time, newest first, however many decisions a collaboration holds.
describe('the decision list, paged', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<'Kalix' | 'Boden' | 'Piteå', string>
  let kinds: Record<string, string>
  let boardId: string
  let coordinator: Client
  let first: string
  let second: string

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const list = async (query: string): Promise<Listed> => {
    const response = await coordinator.get(url(`/decisions?${query}`))
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582', '2581'] })
    collaborationId = built.collaboration.id
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id])) as typeof member
    const user = await buildUser(t.db, { name: 'Samordnaren' })
    await grantRole(t.db, { collaborationId, userId: user.id, role: 'coordinator' })
    coordinator = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
    kinds = Object.fromEntries((await coordinator.get(url('/governance'))).json().decisionKinds.map((k: { key: string; id: string }) => [k.key, k.id]))
    boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: Object.values(kinds), prepares: [] })
    const register = async (title: string, participants: string[]) =>
      (await coordinator.post(url('/initiatives'), { title, need: 'Invånarna vill göra ärenden digitalt.', areas: ['shared_services'], proposingMemberId: member.Kalix, participantMemberIds: participants })).json().id as string
    const memberDecides = async (id: string, memberId: string) =>
      expect((await coordinator.post(url(`/initiatives/${id}/member-decisions/${memberId}`), { decisionKindId: kinds.start_project, decidedOn: today, outcome: 'approve', reference: 'KS 2026/118' })).statusCode).toBe(201)
    first = await register('E-arkiv', [member.Boden, member.Piteå])
    second = await register('Chattbot', [member.Boden])
    expect((await coordinator.post(url(`/initiatives/${first}/decisions`), { decisionKindId: kinds.start_pre_study, bodyId: boardId, decidedOn: today, outcome: 'approve', reference: '§ 12' })).statusCode).toBe(201)
    for (const id of [member.Kalix, member.Boden, member.Piteå]) await memberDecides(first, id)
    expect((await coordinator.post(url(`/initiatives/${second}/decisions`), { decisionKindId: kinds.start_pre_study, bodyId: boardId, decidedOn: today, outcome: 'approve', reference: '§ 13' })).statusCode).toBe(201)
    for (const id of [member.Kalix, member.Boden]) await memberDecides(second, id)
    // The first initiative passes its gate, so its decisions no longer count at the gate it stands at now.
    await coordinator.post(url(`/initiatives/${first}/documents/needs_inventory/versions`), { values: { need: 'Ett gemensamt behov', expected_benefit: 'Färre manuella moment' }, final: true })
    const version = (await coordinator.get(url(`/initiatives/${first}`))).json().version
    expect((await coordinator.post(url(`/initiatives/${first}/advance`), { version })).statusCode).toBe(200)
  })
  afterAll(async () => {
    await t.close()
  })

  it('gives every decision exactly once across the pages, newest first, with the total', async () => {
    const pages = [await list('limit=3'), await list('limit=3&page=2'), await list('limit=3&page=3')]
    expect(pages.map((p) => [p.items.length, p.total, p.page, p.limit])).toEqual([
      [3, 7, 1, 3],
      [3, 7, 2, 3],
      [1, 7, 3, 3],
    ])
    const all = pages.flatMap((p) => p.items)
    expect(new Set(all.map((d) => d.id)).size).toBe(7)
    expect(all.map((d) => d.recordedAt)).toEqual([...all.map((d) => d.recordedAt)].sort().reverse())
    // The same page asked again holds the same decisions.
    expect((await list('limit=3&page=2')).items.map((d) => d.id)).toEqual(pages[1]!.items.map((d) => d.id))
    expect((await list('limit=3&page=4')).items).toEqual([])
  })

  it('filters by initiative and by member together with the paging, and marks what counts at the current gate', async () => {
    const ofFirst = await list(`initiativeId=${first}&limit=2`)
    expect([ofFirst.total, ofFirst.items.length]).toEqual([4, 2])
    expect(ofFirst.items.every((d) => d.initiativeId === first && !d.current)).toBe(true)
    const ofSecond = await list(`initiativeId=${second}`)
    expect(ofSecond.total).toBe(3)
    expect(ofSecond.items.every((d) => d.current)).toBe(true)
    const kalix = await list(`memberId=${member.Kalix}&limit=1&page=2`)
    expect([kalix.total, kalix.items.map((d) => d.memberName)]).toEqual([2, ['Kalix']])
    expect((await list(`memberId=${member.Piteå}&initiativeId=${second}`)).total).toBe(0)
  })

  it('refuses a page size beyond the bound', async () => {
    expect((await coordinator.get(url('/decisions?limit=500'))).statusCode).toBe(400)
    expect((await coordinator.get(url('/decisions?page=0'))).statusCode).toBe(400)
  })
})
