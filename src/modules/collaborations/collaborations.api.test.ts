import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, countyCodes, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('collaborations', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let coordinator: Client
  beforeAll(async () => {
    t = await createTestApp()
    const { collaboration } = await buildCollaboration(t.db)
    coordinator = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator' })).client
  })
  afterAll(() => t.close())

  const countRows = async (table: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n

  it('creates a collaboration from all of a county in one step, with its host and the creator as coordinator', async () => {
    const norrbotten = await countyCodes(t.db, '25')
    const response = await coordinator.post('/api/collaborations', {
      name: 'E-nämnden i Norrbotten',
      prefix: 'enb',
      legalForm: 'gemensam_namnd',
      memberCodes: norrbotten,
      hostCode: '2580',
      joinedOn: '2026-01-01',
    })
    expect(response.statusCode).toBe(201)
    const created = response.json()
    expect(created.prefix).toBe('ENB')
    expect(created.memberCount).toBe(norrbotten.length)
    expect(created.hostMemberName).toBe('Luleå')

    const list = (await coordinator.get(`/api/collaborations/${created.id}/members`)).json()
    const expectedTotal = (await t.db.query<{ total: number }>(
      `select sum(population)::int as total from organisation_population where organisation_code = any($1) and year = 2024`,
      [norrbotten],
    ))[0]!.total
    expect(list.totalPopulation).toBe(expectedTotal)
    expect(created.inhabitantsCovered).toBe(expectedTotal)
    expect(list.members.find((m: { isHost: boolean }) => m.isHost).name).toBe('Luleå')

    const mine = (await coordinator.get('/api/collaborations')).json()
    expect(mine.find((c: { id: string }) => c.id === created.id).myRoles).toEqual(['coordinator'])
  })

  it('refuses a taken prefix with a clear message and leaves everything as it was', async () => {
    await coordinator.post('/api/collaborations', { name: 'Första', prefix: 'DUP', legalForm: 'projekt', memberCodes: ['0114'], joinedOn: '2026-01-01' })
    const before = { collaborations: await countRows('collaboration'), members: await countRows('member'), audit: await countRows('audit_log') }
    const response = await coordinator.post('/api/collaborations', { name: 'Andra', prefix: 'dup', legalForm: 'projekt', memberCodes: ['0115', '0117'], joinedOn: '2026-01-01' })
    expect(response.statusCode).toBe(409)
    expect(response.json().title).toBe('Prefixet DUP används redan av en annan samverkan. Välj ett annat.')
    expect({ collaborations: await countRows('collaboration'), members: await countRows('member'), audit: await countRows('audit_log') }).toEqual(before)
  })

  it('lists every invalid field with its path', async () => {
    const response = await coordinator.post('/api/collaborations', { name: 'X', prefix: '1A', legalForm: 'kommun', memberCodes: ['99999'] })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const paths = response.json().errors.map((error: { path: string }) => error.path).sort()
    expect(paths).toEqual(['body.joinedOn', 'body.legalForm', 'body.memberCodes.0', 'body.name', 'body.prefix'])
    expect(response.json().errors.find((e: { path: string }) => e.path === 'body.joinedOn').message).toBe('Fältet måste fyllas i.')
  })

  it('refuses a host that is not a member, and an unknown municipality code', async () => {
    const host = await coordinator.post('/api/collaborations', { name: 'Utan värd', prefix: 'UV', legalForm: 'gemensam_namnd', memberCodes: ['0114'], hostCode: '0115', joinedOn: '2026-01-01' })
    expect(host.statusCode).toBe(400)
    expect(host.json().errors[0]).toEqual({ path: 'body.hostCode', message: 'Värdkommunen måste vara medlem i samverkan.' })
    const unknown = await coordinator.post('/api/collaborations', { name: 'Okänd', prefix: 'OK', legalForm: 'projekt', memberCodes: ['0199'], joinedOn: '2026-01-01' })
    expect(unknown.statusCode).toBe(422)
    expect(unknown.json().title).toContain('0199')
  })

  it('gives a kommunalförbund no host municipality: refused when created and when changed, and nothing changes', async () => {
    const message = 'Ett kommunalförbund, en ideell förening eller ett bolag är en egen juridisk person och har ingen värdkommun. Välj ”Ingen värdkommun”.'
    const created = await coordinator.post('/api/collaborations', { name: 'Förbundet', prefix: 'KF', legalForm: 'kommunalforbund', memberCodes: ['0114', '0115'], hostCode: '0115', joinedOn: '2026-01-01' })
    expect(created.statusCode).toBe(400)
    expect(created.json().errors).toEqual([{ path: 'body.hostCode', message }])
    expect((await coordinator.get('/api/collaborations')).json().some((c: { prefix: string }) => c.prefix === 'KF')).toBe(false)

    // A joint committee with its host that becomes a kommunalförbund must let the host go.
    const committee = (await coordinator.post('/api/collaborations', { name: 'Nämnden', prefix: 'GN', legalForm: 'gemensam_namnd', memberCodes: ['0114', '0115'], hostCode: '0115', joinedOn: '2026-01-01' })).json()
    const changed = await coordinator.patch(`/api/collaborations/${committee.id}`, { version: committee.version, legalForm: 'kommunalforbund' })
    expect(changed.statusCode).toBe(400)
    expect(changed.json().errors).toEqual([{ path: 'body.hostMemberId', message }])
    expect((await coordinator.get(`/api/collaborations/${committee.id}`)).json()).toMatchObject({ legalForm: 'gemensam_namnd', hostMemberName: committee.hostMemberName, version: committee.version })
    const federation = await coordinator.patch(`/api/collaborations/${committee.id}`, { version: committee.version, legalForm: 'kommunalforbund', hostMemberId: null })
    expect(federation.statusCode, federation.body).toBe(200)
    expect(federation.json()).toMatchObject({ legalForm: 'kommunalforbund', hostMemberId: null })
  })

  it('catches a concurrent edit with 409 and keeps the first change', async () => {
    const created = (await coordinator.post('/api/collaborations', { name: 'Versionerad', prefix: 'VER', legalForm: 'projekt', memberCodes: [], joinedOn: '2026-01-01' })).json()
    const first = await coordinator.patch(`/api/collaborations/${created.id}`, { version: created.version, description: 'Ändrad av Anna' })
    expect(first.statusCode).toBe(200)
    expect(first.json().version).toBe(created.version + 1)
    const second = await coordinator.patch(`/api/collaborations/${created.id}`, { version: created.version, description: 'Ändrad av Bertil' })
    expect(second.statusCode).toBe(409)
    expect(second.json().code).toBe('stale_version')
    expect((await coordinator.get(`/api/collaborations/${created.id}`)).json().description).toBe('Ändrad av Anna')
  })

  it('lets only administrators and coordinators start new collaborations', async () => {
    const { collaboration } = await buildCollaboration(t.db)
    const client = (await signedInPerson(t, { collaborationId: collaboration.id, role: 'viewer' })).client
    expect((await client.get('/api/auth/session')).json().mayCreateCollaboration).toBe(false)
    expect((await coordinator.get('/api/auth/session')).json().mayCreateCollaboration).toBe(true)
    const response = await client.post('/api/collaborations', { name: 'Egen samverkan', prefix: 'EGEN', legalForm: 'projekt', memberCodes: [], joinedOn: '2026-01-01' })
    expect(response.statusCode).toBe(403)
    expect((await client.get('/api/collaborations')).json().map((c: { id: string }) => c.id)).toEqual([collaboration.id])
  })
})
