import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('members', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let members: { id: string; code: string; name: string }[]
  let coordinator: Client
  let kalixRepresentative: Client
  let coordinatorId: string
  let representativeId: string
  // The two people sign in once; each test gets a collaboration of its own (Jokkmokk, Kalix, Luleå), so each can run alone.
  beforeAll(async () => {
    t = await createTestApp()
    const coordinatorUser = await buildUser(t.db)
    coordinatorId = coordinatorUser.id
    coordinator = await new Client(t.app).logIn(coordinatorUser.email, TEST_PASSWORD)
    const representative = await buildUser(t.db)
    representativeId = representative.id
    kalixRepresentative = await new Client(t.app).logIn(representative.email, TEST_PASSWORD)
  })
  beforeEach(async () => {
    ;({ collaboration: { id: collaborationId }, members } = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] }))
    await grantRole(t.db, { collaborationId, userId: coordinatorId, role: 'coordinator' })
    await grantRole(t.db, { collaborationId, userId: representativeId, role: 'member_representative', memberId: memberNamed('Kalix').id })
  })
  afterAll(() => t.close())
  const memberNamed = (name: string) => members.find((member) => member.name === name)!
  const membersUrl = () => `/api/collaborations/${collaborationId}/members`

  it('lists members with their population and its date', async () => {
    const list = (await kalixRepresentative.get(membersUrl())).json()
    expect(list.members.map((m: { name: string }) => m.name)).toEqual(['Jokkmokk', 'Kalix', 'Luleå'])
    const kalix = list.members.find((m: { name: string }) => m.name === 'Kalix')
    expect(kalix).toMatchObject({ code: '2514', kind: 'municipality', countyName: 'Norrbottens län', populationYear: 2024, populationDate: '2024-12-31' })
    expect(list.totalPopulation).toBe(list.members.reduce((sum: number, m: { population: number }) => sum + m.population, 0))
  })

  it('uses the population of the year asked for, once a later year is imported', async () => {
    await t.db.query(`insert into organisation_population values ('2514', 2025, 15300, '2025-12-31')`)
    const latest = (await coordinator.get(membersUrl())).json()
    expect(latest.populationYear).toBe(2025)
    expect(latest.members.find((m: { code: string }) => m.code === '2514').population).toBe(15300)
    const of2024 = (await coordinator.get(`${membersUrl()}?year=2024`)).json()
    expect(of2024.members.find((m: { code: string }) => m.code === '2514').population).toBe(15391)
    await t.db.query(`delete from organisation_population where year = 2025`)
  })

  it('lets a member representative keep its own member’s contact details, and no other member’s', async () => {
    const kalix = (await kalixRepresentative.get(membersUrl())).json().members.find((m: { name: string }) => m.name === 'Kalix')
    const own = await kalixRepresentative.patch(`${membersUrl()}/${kalix.id}`, { version: kalix.version, contactName: 'Karin Kontakt', contactEmail: 'karin@kalix.se' })
    expect(own.statusCode).toBe(200)
    expect(own.json()).toMatchObject({ contactName: 'Karin Kontakt', version: kalix.version + 1 })

    const lulea = (await kalixRepresentative.get(membersUrl())).json().members.find((m: { name: string }) => m.name === 'Luleå')
    const other = await kalixRepresentative.patch(`${membersUrl()}/${lulea.id}`, { version: lulea.version, contactName: 'Inte min' })
    expect(other.statusCode).toBe(403)
    expect(other.json().title).toBe('Du företräder Kalix och kan bara agera för din egen medlem.')
    expect((await coordinator.get(membersUrl())).json().members.find((m: { name: string }) => m.name === 'Luleå').contactName).toBe('')

    const leave = await kalixRepresentative.patch(`${membersUrl()}/${kalix.id}`, { version: kalix.version + 1, leftOn: '2026-12-31' })
    expect(leave.statusCode).toBe(403)
  })

  it('lets exactly one of two simultaneous edits through and tells the other to reload', async () => {
    const lulea = (await coordinator.get(membersUrl())).json().members.find((m: { name: string }) => m.name === 'Luleå')
    const [a, b] = await Promise.all([
      coordinator.patch(`${membersUrl()}/${lulea.id}`, { version: lulea.version, contactName: 'Anna' }),
      coordinator.patch(`${membersUrl()}/${lulea.id}`, { version: lulea.version, contactName: 'Bertil' }),
    ])
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409])
    const winner = a.statusCode === 200 ? 'Anna' : 'Bertil'
    expect((await coordinator.get(membersUrl())).json().members.find((m: { name: string }) => m.name === 'Luleå').contactName).toBe(winner)
  })

  it('records a member leaving, hides it from the current list and keeps it in the history', async () => {
    const jokkmokk = memberNamed('Jokkmokk')
    const current = (await coordinator.get(membersUrl())).json().members.find((m: { id: string }) => m.id === jokkmokk.id)
    const early = await coordinator.patch(`${membersUrl()}/${jokkmokk.id}`, { version: current.version, leftOn: '2020-01-01' })
    expect(early.statusCode).toBe(400)
    expect(early.json().errors).toEqual([{ path: 'body.leftOn', message: 'Utträdesdatum kan inte vara före inträdesdatum.' }])
    const left = await coordinator.patch(`${membersUrl()}/${jokkmokk.id}`, { version: current.version, leftOn: '2026-06-30' })
    expect(left.statusCode).toBe(200)
    expect((await coordinator.get(membersUrl())).json().members.map((m: { name: string }) => m.name)).not.toContain('Jokkmokk')
    expect((await coordinator.get(`${membersUrl()}?includeLeft=true`)).json().members.map((m: { name: string }) => m.name)).toContain('Jokkmokk')
    const [entry] = await t.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where entity_id = $1 and action = 'member.updated' order by id desc limit 1`,
      [jokkmokk.id],
    )
    expect(entry).toEqual({ before: { leftOn: null }, after: { leftOn: '2026-06-30' } })
  })

  it('adds a university by hand and a region from the reference data', async () => {
    const university = await coordinator.post(membersUrl(), { kind: 'university', name: 'Luleå tekniska universitet', orgNumber: '202100-2841', joinedOn: '2026-03-01' })
    expect(university.statusCode).toBe(201)
    expect(university.json()[0]).toMatchObject({ kind: 'university', code: null, population: null })
    const region = await coordinator.post(membersUrl(), { kind: 'reference', codes: ['25'], joinedOn: '2026-03-01' })
    expect(region.statusCode).toBe(201)
    expect(region.json()[0]).toMatchObject({ kind: 'region', name: 'Region Norrbotten' })
    const again = await coordinator.post(membersUrl(), { kind: 'reference', codes: ['2514'], joinedOn: '2026-03-01' })
    expect(again.statusCode).toBe(409)
    expect(again.json().title).toBe('Kalix är redan medlem i samverkan.')
  })

  it('finds municipalities by name or county for the picker', async () => {
    const byName = (await coordinator.get('/api/reference/organisations?q=göte')).json()
    expect(byName.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Göteborg', 'Götene']))
    const norrbotten = (await coordinator.get('/api/reference/organisations?county=25&kind=municipality')).json()
    expect(norrbotten).toHaveLength(14)
    const counties = (await coordinator.get('/api/reference/counties')).json()
    expect(counties).toHaveLength(21)
    expect(counties.find((c: { code: string }) => c.code === '14')).toMatchObject({ municipalityCount: 49, regionName: 'Västra Götalandsregionen' })
  })
})
