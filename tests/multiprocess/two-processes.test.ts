/**
 * Two real app processes on one PostgreSQL, as behind a load balancer, driven at once: they start
 * together on an empty database, share sessions and CSRF tokens, take case and register numbers without
 * duplicates or gaps, count one login limit, deliver each queued message once, hand each domain event to
 * each subscriber once and keep one audit chain.
 *
 * The PostgreSQL server is TEST_DATABASE_URL (set by `npm test`); without it a temporary cluster is started.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../src/modules/audit'
import { LOGIN_LIMIT_PER_CLIENT } from '../../src/modules/auth'
import { openPostgres, type Database } from '../../src/server/db/database'
import { migrationFiles } from '../../src/server/db/migrate'
import { queueMail } from '../../src/server/mail/mail'
import { publish } from '../../src/modules/events'
import { startPostgresCluster, type PostgresCluster } from '../../scripts/postgres-cluster'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../helpers/factories'
import { startSmtpServer } from '../helpers/smtp'
import { Browser, startAppProcess, waitUntilReady, type AppProcess } from './app-process'

const AUDIT_KEY = 'two-processes-test-audit-key'

describe('two app processes on one PostgreSQL', () => {
  let cluster: PostgresCluster | undefined
  let serverUrl: string
  const databaseName = `samverka_mp_${randomBytes(6).toString('hex')}`
  let db: Database
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let a: AppProcess
  let b: AppProcess

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) serverUrl = process.env.TEST_DATABASE_URL
    else serverUrl = (cluster = await startPostgresCluster()).url
    await withServer((client) => client.query(`create database ${databaseName}`))
    const url = new URL(serverUrl)
    url.pathname = `/${databaseName}`
    smtp = await startSmtpServer()
    const env = {
      DATABASE_URL: url.toString(),
      DATABASE_POOL_SIZE: '5',
      SAMVERKA_DEMO: '0',
      SMTP_URL: smtp.url,
      SAMVERKA_MAIL_INTERVAL_SECONDS: '1',
      SAMVERKA_EVENT_INTERVAL_SECONDS: '1',
      SAMVERKA_AUDIT_KEY: AUDIT_KEY,
      SAMVERKA_TRUST_PROXY: '127.0.0.1',
      SAMVERKA_SECURE_COOKIES: '0',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    }
    // Both at once on the empty database: each tries to apply every migration.
    ;[a, b] = await Promise.all([startAppProcess(env), startAppProcess(env)])
    await Promise.all([waitUntilReady(a), waitUntilReady(b)])
    db = await openPostgres(url.toString())
  })

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await db?.close()
    await smtp?.close()
    await withServer((client) => client.query(`drop database if exists ${databaseName} with (force)`)).catch(() => undefined)
    cluster?.stop()
  })

  async function withServer<T>(work: (client: pg.Client) => Promise<T>) {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  async function signedIn(role: 'coordinator' | 'secretary', clientAddress: string) {
    const { collaboration } = await buildCollaboration(db)
    const user = await buildUser(db)
    await grantRole(db, { collaborationId: collaboration.id, userId: user.id, role })
    const browser = new Browser(clientAddress)
    await browser.get(a, '/api/health') // the CSRF cookie, as the web app fetches it first
    const login = await browser.post(a, '/api/auth/login', { email: user.email, password: TEST_PASSWORD })
    expect(login.status, login.text).toBe(200)
    return { browser, user, collaborationId: collaboration.id }
  }

  it('started both on an empty database, applied each migration once, and both report ready', async () => {
    const applied = await db.query<{ name: string }>('select name from schema_migration order by name')
    expect(applied.map((row) => row.name)).toEqual(migrationFiles())
    for (const app of [a, b]) {
      const health = await fetch(`${app.url}/api/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok', database: 'postgres', databaseReachable: true, pendingMigrations: [] })
    }
    expect(a.output() + b.output()).not.toMatch(/error/i)
  })

  it('takes a session and its CSRF token from one process to the other, and a logout on one ends it on both', async () => {
    const { browser, user } = await signedIn('coordinator', '198.51.100.1')
    const onB = await browser.request(b, 'PATCH', '/api/me', { name: 'Namn satt via B' })
    expect(onB.status, onB.text).toBe(204)
    expect((await browser.get(a, '/api/auth/session')).json().user).toMatchObject({ email: user.email, name: 'Namn satt via B' })
    // Without the CSRF header, B refuses as A would.
    const forged = await new Browser('198.51.100.1').request(b, 'PATCH', '/api/me', { name: 'x' })
    expect(forged.status).toBe(403)
    expect((await browser.post(b, '/api/auth/logout')).status).toBeLessThan(300)
    expect((await browser.get(a, '/api/auth/session')).json().user).toBeNull()
  })

  it('numbers cases and register entries taken at the same time on both processes once each, without gaps', async () => {
    const { browser, collaborationId } = await signedIn('coordinator', '198.51.100.2')
    const cases = await Promise.all(
      Array.from({ length: 24 }, (_, i) => browser.post(i % 2 ? b : a, `/api/collaborations/${collaborationId}/cases`, { title: `Ärende ${i + 1}` })),
    )
    expect(cases.map((response) => response.status)).toEqual(cases.map(() => 201))
    const numbers = cases.map((response) => response.json().number as string)
    expect(new Set(numbers).size).toBe(24)
    const seqs = await db.query<{ seq: number }>('select seq from "case" where collaboration_id = $1 order by seq', [collaborationId])
    expect(seqs.map((row) => row.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))

    const caseId = cases[0]!.json().id as string
    const entries = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        browser.post(i % 2 ? a : b, `/api/collaborations/${collaborationId}/cases/${caseId}/entries`, { direction: 'incoming', description: `Skrivelse ${i + 1}` }),
      ),
    )
    expect(entries.map((response) => response.status)).toEqual(entries.map(() => 201))
    const entrySeqs = await db.query<{ seq: number }>('select seq from register_entry where case_id = $1 order by seq', [caseId])
    expect(entrySeqs.map((row) => row.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1))
  })

  it('keeps one unbroken audit chain over what both processes wrote at once', async () => {
    const verdict = await verifyAuditChain(db, Buffer.from(AUDIT_KEY, 'utf8'))
    expect(verdict).toMatchObject({ ok: true })
    expect(verdict.checked).toBeGreaterThan(40)
  })

  it('counts one client’s login attempts over both processes', async () => {
    const client = new Browser('203.0.113.7')
    await client.get(a, '/api/health')
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_LIMIT_PER_CLIENT; i++) {
      statuses.push((await client.post(i % 2 ? b : a, '/api/auth/login', { email: `nobody${i}@test.samverka.se`, password: 'fel-lösenord' })).status)
    }
    expect(statuses.every((status) => status === 401)).toBe(true)
    expect((await client.post(a, '/api/auth/login', { email: 'nobody-a@test.samverka.se', password: 'x' })).status).toBe(429)
    expect((await client.post(b, '/api/auth/login', { email: 'nobody-b@test.samverka.se', password: 'x' })).status).toBe(429)
    // Another client is not held by it.
    const other = new Browser('203.0.113.8')
    await other.get(b, '/api/health')
    expect((await other.post(b, '/api/auth/login', { email: 'nobody-c@test.samverka.se', password: 'x' })).status).toBe(401)
  })

  it('delivers each queued message once while both processes deliver the outbox at once', async () => {
    const count = 40
    await db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        await queueMail(tx, { collaborationId: null, kind: 'test', to: { address: `mottagare${i}@test.samverka.se`, name: `Mottagare ${i}` }, subject: `Meddelande ${i}`, body: 'Hej' })
      }
    })
    // Both processes' delivery rounds (every second) race for the same messages.
    const deadline = Date.now() + 30_000
    for (;;) {
      const [{ waiting }] = (await db.query<{ waiting: number }>(`select count(*)::int as waiting from mail_message where kind = 'test' and sent_at is null`)) as [{ waiting: number }]
      if (waiting === 0) break
      if (Date.now() > deadline) throw new Error(`${waiting} messages still waiting after 30 s:\n${a.output()}\n${b.output()}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    // A round that sent its last message a moment ago has nothing more in flight; give SMTP a breath.
    await new Promise((resolve) => setTimeout(resolve, 500))
    for (let i = 0; i < count; i++) expect(smtp.to(`mottagare${i}@test.samverka.se`), `message ${i}`).toHaveLength(1)
    expect(smtp.received.filter((mail) => mail.subject?.startsWith('Meddelande '))).toHaveLength(count)
  })

  it('hands each domain event to each subscriber once while both processes run the subscribers at once', async () => {
    const count = 30
    const recipient = (kind: string, i: number) => ({ userId: randomUUID(), name: `Ledamot ${i}`, email: `${kind}${i}@test.samverka.se` })
    // Published in one go, as if by many requests: both processes' runners (every second) race for them.
    await db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        const meeting = { meetingId: randomUUID(), bodyName: `Nämnd ${i}`, startsAt: '2026-12-09T12:00:00Z' }
        const common = { collaborationId: null, entityType: 'meeting', entityId: meeting.meetingId, actorUserId: null }
        await publish(tx, { ...common, type: 'meeting.notice_sent', payload: { ...meeting, endsAt: null, place: 'Stadshuset', link: '', agenda: [], url: 'https://samverka.test', recipients: [recipient('kallad', i)] } })
        await publish(tx, { ...common, type: 'meeting.cancelled', payload: { ...meeting, reason: 'Inget att besluta', recipients: [recipient('installt', i)] } })
      }
    })
    const deadline = Date.now() + 30_000
    for (;;) {
      const [{ delivered }] = (await db.query<{ delivered: number }>(`select count(*)::int as delivered from event_delivery where status = 'delivered' and subscriber like 'meetings.%'`)) as [{ delivered: number }]
      if (delivered >= 2 * count) break
      if (Date.now() > deadline) throw new Error(`${delivered} of ${2 * count} events handled after 30 s:\n${a.output()}\n${b.output()}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const queued = await db.query<{ address: string; kind: string }>(`select to_address as address, kind from mail_message where kind in ('meeting.notice', 'meeting.cancelled')`)
    expect(queued).toHaveLength(2 * count)
    for (let i = 0; i < count; i++) {
      expect(queued.filter((mail) => mail.address === `kallad${i}@test.samverka.se`).map((mail) => mail.kind)).toEqual(['meeting.notice'])
      expect(queued.filter((mail) => mail.address === `installt${i}@test.samverka.se`).map((mail) => mail.kind)).toEqual(['meeting.cancelled'])
    }
    const failures = await db.query('select * from event_delivery where status <> $1', ['delivered'])
    expect(failures).toEqual([])
    expect(a.output() + b.output()).not.toMatch(/event subscriber/)
  })
})
