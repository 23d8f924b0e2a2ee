import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { verifyAuditChain } from '../audit'
import { issueToken, peekToken } from '../auth'
import { DEMO_ADMIN, DEMO_PASSWORD, seedDemo } from '../demo'
import { createAdministrator, issueSetupLink, SETUP_LINK_HOURS } from './setup.service'

const PUBLIC_URL = 'https://samverka.kommun.se'
const tokenOf = (link: string) => link.split('#')[1]!
const firstAdmin = { email: 'it-chef@kommun.se', name: 'Ingrid IT-chef', password: 'blå-fjäril-över-sjön-92' }

describe('the first run', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: PUBLIC_URL })
  })
  afterAll(() => t.close())

  it('on an empty database asks for setup and gives a one-time link to the setup page', async () => {
    expect((await new Client(t.app).get('/api/setup')).json()).toEqual({ needed: true })
    const setup = await issueSetupLink(t.db, PUBLIC_URL)
    expect(setup).toMatchObject({ hours: SETUP_LINK_HOURS })
    expect(setup!.link).toMatch(new RegExp(`^${PUBLIC_URL}/setup#[\\w-]{40,}$`))
  })

  it('refuses an unknown, a replaced and an expired link, telling what to do', async () => {
    const anonymous = new Client(t.app)
    const unknown = await anonymous.post('/api/setup', { ...firstAdmin, token: 'not-a-token' })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().detail).toMatch(/admin:create/)
    // A restart prints a new link: the earlier one stops working.
    const earlier = tokenOf((await issueSetupLink(t.db, PUBLIC_URL))!.link)
    await issueSetupLink(t.db, PUBLIC_URL)
    expect((await anonymous.post('/api/setup', { ...firstAdmin, token: earlier })).statusCode).toBe(400)

    const expiring = tokenOf((await issueSetupLink(t.db, PUBLIC_URL))!.link)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(new Date(Date.now() + (SETUP_LINK_HOURS + 1) * 3600_000))
      expect((await anonymous.post('/api/setup', { ...firstAdmin, token: expiring })).statusCode).toBe(400)
    } finally {
      vi.useRealTimers()
    }
    expect((await anonymous.get('/api/setup')).json()).toEqual({ needed: true })
  })

  it('refuses a short or guessable password, naming the field, and keeps the link usable', async () => {
    const token = tokenOf((await issueSetupLink(t.db, PUBLIC_URL))!.link)
    const anonymous = new Client(t.app)
    for (const password of ['kort', 'password1234']) {
      const response = await anonymous.post('/api/setup', { ...firstAdmin, password, token })
      expect(response.statusCode).toBe(400)
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.password'])
    }
    expect(await peekToken(t.db, 'setup', token)).toBeDefined()
  })

  it('creates one administrator when two setups race with the link, signs that person in, and closes for good', async () => {
    const token = tokenOf((await issueSetupLink(t.db, PUBLIC_URL))!.link)
    const first = new Client(t.app)
    const second = new Client(t.app)
    const answers = await Promise.all([
      first.post('/api/setup', { ...firstAdmin, token }),
      second.post('/api/setup', { ...firstAdmin, email: 'inkraktare@example.com', name: 'Någon Annan', token }),
    ])
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409])
    const winner = answers[0]!.statusCode === 201 ? first : second
    const session = (await winner.get('/api/auth/session')).json()
    expect(session.user).toMatchObject({ isAdmin: true })
    expect((await t.db.query('select email from app_user')).length).toBe(1)

    // The person can sign in again with the password chosen on the setup page.
    const created = answers.find((a) => a.statusCode === 201)!.json().user
    const password = created.email === firstAdmin.email ? firstAdmin.password : firstAdmin.password
    await new Client(t.app).logIn(created.email, password)

    // Closed for good: no new link is printed, and even a valid setup token is refused.
    expect((await new Client(t.app).get('/api/setup')).json()).toEqual({ needed: false })
    expect(await issueSetupLink(t.db, PUBLIC_URL)).toBeNull()
    const lateToken = await t.db.transaction((tx) => issueToken(tx, { purpose: 'setup', userId: null, hours: 1 }))
    const late = await new Client(t.app).post('/api/setup', { ...firstAdmin, email: 'sen@kommun.se', token: lateToken })
    expect(late.statusCode).toBe(409)
    expect(late.json().detail).toMatch(/redan installerat/)

    const [entry] = await t.db.query<{ action: string; collaborationId: string | null; actorName: string }>(
      `select action, collaboration_id as "collaborationId", actor_name as "actorName" from audit_log where entity_type = 'user' order by id`,
    )
    expect(entry).toEqual({ action: 'user.created', collaborationId: null, actorName: created.name })
  })
})

describe('npm run admin:create', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('creates an administrator without a password and gives a one-time invitation link to choose one', async () => {
    const result = await createAdministrator(t.db, PUBLIC_URL, { email: 'Ny.Admin@Kommun.se', name: 'Nils Nyadmin' })
    expect(result).toMatchObject({ outcome: 'created', link: expect.stringMatching(`^${PUBLIC_URL}/invitation#`) })
    const [account] = await t.db.query<{ id: string; isAdmin: boolean; passwordHash: string | null }>(
      `select id, is_admin as "isAdmin", password_hash as "passwordHash" from app_user where email = 'ny.admin@kommun.se'`,
    )
    expect(account).toMatchObject({ isAdmin: true, passwordHash: null })
    expect(await peekToken(t.db, 'invitation', tokenOf(result.link!))).toMatchObject({ userId: account!.id })
    // Nobody is signed in at the command line: the audit entry has no acting user.
    const [entry] = await t.db.query(`select actor_user_id as "actorUserId", action from audit_log where entity_id = $1`, [account!.id])
    expect(entry).toEqual({ actorUserId: null, action: 'user.created' })
    // An account exists: the setup page is closed, and a start with the demo on leaves the database to it.
    expect((await new Client(t.app).get('/api/setup')).json()).toEqual({ needed: false })
    expect(await seedDemo(t.db)).toBe(false)
  })

  it('makes an existing person an administrator, who keeps their password and needs no link', async () => {
    const person = await buildUser(t.db)
    const result = await createAdministrator(t.db, PUBLIC_URL, { email: person.email, name: person.name })
    expect(result).toEqual({ outcome: 'promoted', link: null, hours: expect.any(Number) })
    const session = (await (await new Client(t.app).logIn(person.email, TEST_PASSWORD)).get('/api/auth/session')).json()
    expect(session.user.isAdmin).toBe(true)
    expect((await createAdministrator(t.db, PUBLIC_URL, { email: person.email, name: person.name })).outcome).toBe('already_admin')
  })
})

describe('removing the demo data', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let realAdmin: Client
  let realCollaborationId: string
  beforeAll(async () => {
    t = await createTestApp()
    expect(await seedDemo(t.db)).toBe(true)
    const { collaboration, admin } = await buildCollaboration(t.db, { prefix: 'REAL' })
    realCollaborationId = collaboration.id
    realAdmin = await new Client(t.app).logIn(admin.email, TEST_PASSWORD)
    // A demo account that also works in the real collaboration: its role there must survive.
    const [kalix] = await t.db.query<{ id: string }>(`select id from app_user where email = 'kalix@demo.samverka.se'`)
    await grantRole(t.db, { collaborationId: realCollaborationId, userId: kalix!.id, role: 'viewer' })
  }, 180_000)
  afterAll(() => t.close())

  it('shows an administrator what would be removed', async () => {
    const counts = (await realAdmin.get('/api/admin/demo-data')).json()
    expect(counts.collaborations).toHaveLength((await t.db.query('select 1 from collaboration where is_demo')).length)
    expect(counts.collaborations.length).toBeGreaterThanOrEqual(5)
    expect(counts.accounts).toBe(13)
    expect(counts.records).toBeGreaterThan(1000)
  })

  it('is refused to the demo administrator, who would remove themselves', async () => {
    const demoAdmin = await new Client(t.app).logIn(DEMO_ADMIN.email, DEMO_PASSWORD)
    const response = await demoAdmin.delete('/api/admin/demo-data')
    expect(response.statusCode).toBe(409)
    expect(response.json().detail).toMatch(/admin:create/)
    expect((await t.db.query('select 1 from collaboration where is_demo')).length).toBeGreaterThan(0)
  })

  it('removes every demo collaboration and account in one audited step, and nothing real', async () => {
    const realAuditBefore = await t.db.query('select id, hash from audit_log where collaboration_id = $1 order by id', [realCollaborationId])
    const auditBefore = (await t.db.query('select id from audit_log')).length
    const membersBefore = await t.db.query('select id from member where collaboration_id = $1', [realCollaborationId])
    const kalix = await new Client(t.app).logIn('kalix@demo.samverka.se', DEMO_PASSWORD)

    const response = await realAdmin.delete('/api/admin/demo-data')
    expect(response.statusCode, response.body).toBe(200)
    const result = response.json()
    expect(result).toMatchObject({ removedAccounts: 12, deactivatedAccounts: [{ email: 'kalix@demo.samverka.se', name: 'Kalle Kalixrepresentant' }] })
    expect(result.removedCollaborations).toContain('Norrbottens e-nämnd')

    // Only the real collaboration is left, whole, with its audit entries unchanged and the chain intact.
    expect((await t.db.query<{ id: string }>('select id from collaboration')).map((c) => c.id)).toEqual([realCollaborationId])
    expect(await t.db.query('select id from member where collaboration_id = $1', [realCollaborationId])).toEqual(membersBefore)
    expect(await t.db.query('select id, hash from audit_log where collaboration_id = $1 and id <= $2 order by id', [realCollaborationId, realAuditBefore.at(-1)!.id])).toEqual(realAuditBefore)
    expect((await t.db.query('select id from audit_log')).length).toBe(auditBefore + 1)
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
    const [entry] = await t.db.query<{ action: string; after: { removedAccounts: number } }>(`select action, after from audit_log order by id desc limit 1`)
    expect(entry).toMatchObject({ action: 'demo.removed', after: { removedAccounts: 12 } })

    // The demo account with a real role is deactivated, not deleted: its session ended, its role kept.
    expect((await kalix.get('/api/auth/session')).json().user).toBeNull()
    expect((await new Client(t.app).post('/api/auth/login', { email: 'kalix@demo.samverka.se', password: DEMO_PASSWORD })).statusCode).toBe(401)
    const users = (await realAdmin.get(`/api/collaborations/${realCollaborationId}/users`)).json()
    expect(users.map((u: { email: string }) => u.email)).toContain('kalix@demo.samverka.se')
    expect((await t.db.query('select email from app_user where is_demo and deactivated_at is null')).length).toBe(0)

    expect((await realAdmin.get('/api/admin/demo-data')).json()).toEqual({ collaborations: [], records: 0, accounts: 0 })
    // Removing again finds nothing more to do, and a restart with the demo still on does not bring it back.
    expect((await realAdmin.delete('/api/admin/demo-data')).json()).toMatchObject({ removedCollaborations: [], removedRecords: 0, removedAccounts: 0 })
    expect(await seedDemo(t.db)).toBe(false)
  }, 60_000)
})
