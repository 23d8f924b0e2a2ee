import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, grantRole, signedInPerson } from './helpers/factories'
import { type Client, createTestApp } from './helpers/test-app'
import { STAGES } from '../src/modules/planning'

interface Permission {
  capability: string
  action: string
  allowed: boolean
  onlyForMembers: { id: string; name: string }[] | null
}

const thisYear = Number(new Date().toISOString().slice(0, 4))
const refusal = 'Du företräder Kalix och kan bara agera för din egen medlem.'

// "Acts only for its own member" has one answer (actingMembers in src/server/http/access.ts): each path that asks it.
describe('a member representative acts only for its own member', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let base: string
  let coordinator: Client
  let kalix: Client
  let kalixAndViewer: Client
  let lulea: Client
  let member: Record<string, string>

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] })
    const collaborationId = built.collaboration.id
    base = `/api/collaborations/${collaborationId}`
    member = Object.fromEntries(built.members.map((m) => [m.name, m.id]))
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator', name: 'Sara Samordnare' })).client
    kalix = (await signedInPerson(t, { collaborationId, role: 'member_representative', name: 'Kalle Kalix', memberId: member.Kalix })).client
    // Another role that does not register ideas does not free a representative from its own member.
    const both = await signedInPerson(t, { collaborationId, role: 'member_representative', name: 'Vera Kalix', memberId: member.Kalix })
    await grantRole(t.db, { collaborationId, userId: both.id, role: 'viewer' })
    kalixAndViewer = both.client
    lulea = (await signedInPerson(t, { collaborationId, role: 'member_representative', name: 'Lina Luleå', memberId: member['Luleå'] })).client
  })
  afterAll(() => t.close())

  it('the permissions answer lists exactly its own member, by id and name, wherever an action is limited', async () => {
    const permissions = (await kalix.get(`${base}/my-permissions`)).json() as Permission[]
    const limited = permissions.filter((p) => p.onlyForMembers)
    expect(limited.map((p) => `${p.capability}.${p.action}`)).toEqual(expect.arrayContaining(['members.update', 'initiatives.participate', 'planning.actForMember']))
    for (const p of limited) expect(p.onlyForMembers).toEqual([{ id: member.Kalix, name: 'Kalix' }])
    const office = (await coordinator.get(`${base}/my-permissions`)).json() as Permission[]
    expect(office.filter((p) => p.onlyForMembers)).toEqual([])
  })

  it('the route guard refuses another member in the path, naming its own', async () => {
    const other = await kalix.patch(`${base}/members/${member['Luleå']}`, { version: 1, contactName: 'Inte min' })
    expect(other.statusCode).toBe(403)
    expect(other.json()).toMatchObject({ code: 'forbidden_other_member', title: refusal })
  })

  it('registering an idea refuses another proposing member, naming its own, and takes its own', async () => {
    const register = (client: Client, proposingMemberId: string) => client.post(`${base}/initiatives`, { title: 'Digital nämndadministration', proposingMemberId })
    for (const client of [kalix, kalixAndViewer]) {
      const other = await register(client, member['Luleå']!)
      expect(other.statusCode).toBe(403)
      expect(other.json()).toMatchObject({ code: 'forbidden_other_member', title: refusal })
    }
    expect((await register(kalix, member.Kalix!)).statusCode).toBe(201)
  })

  it('the membership dates of its own member stay the coordinator’s', async () => {
    const own = (await kalix.get(`${base}/members`)).json().members.find((m: { name: string }) => m.name === 'Kalix')
    expect((await kalix.patch(`${base}/members/${own.id}`, { version: own.version, leftOn: '2026-12-31' })).statusCode).toBe(403)
  })

  it('before the close it reads only its own member’s priorities, and is asked to co-sign only for its own member', async () => {
    // Every stage dated next year, so the round moves only when the coordinator opens a stage by hand.
    const stages = STAGES.map((key, i) => ({ key, startsOn: `${thisYear + 1}-0${1 + Math.floor(i / 3)}-${String(10 + (i % 3) * 5)}` }))
    const created = await coordinator.post(`${base}/planning/rounds`, { year: thisYear + 1, title: 'Handlingsplan', ballotKind: 'points', method: 'points', budgetFrameOre: 0, stages })
    expect(created.statusCode, created.body).toBe(201)
    const roundUrl = `${base}/planning/rounds/${created.json().id}`
    expect((await kalix.get(`${roundUrl}/priorities/${member.Kalix}`)).statusCode).toBe(200)
    expect((await kalix.get(`${roundUrl}/priorities/${member['Luleå']}`)).json().code).toBe('priorities_sealed')

    const version = (await coordinator.get(roundUrl)).json().version
    expect((await coordinator.post(`${roundUrl}/stage`, { version, stage: 'proposals_open' })).statusCode).toBe(200)
    const propose = (title: string, cosignerIds: string[]) =>
      lulea.post(`${roundUrl}/members/${member['Luleå']}/proposals`, { title, need: 'Behovet är stort i alla kommuner.', areas: ['shared_services'], estimatedCostOre: 100_000, itSupported: true, jurisdictionIntact: true, notInEarlierPlan: true, cosignerIds })
    const withJokkmokk = await propose('Gemensamt e-arkiv', [member.Jokkmokk!])
    expect(withJokkmokk.statusCode, withJokkmokk.body).toBe(201)
    const asked = async () => ((await kalix.get('/api/notifications')).json() as { kind: string }[]).filter((n) => n.kind === 'cosign_requested')
    expect(await asked()).toEqual([])
    const withKalix = await propose('Gemensam e-tjänst för bygglov', [member.Kalix!])
    expect(withKalix.statusCode, withKalix.body).toBe(201)
    expect(await asked()).toHaveLength(1)
  })
})
