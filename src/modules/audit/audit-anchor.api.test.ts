import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildCollaboration, signedInPerson, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { pdfPages } from '../../../tests/helpers/pdf-text'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { buildApp } from '../../server/app'
import { readConfig } from '../../server/config'
import { openPostgres, type Database } from '../../server/db/database'
import { migrate } from '../../server/db/migrate'
import { hashAuditRow, type ChainRow } from './audit-chain'
import { appendAudit, readChain } from './audit.repository'
import { verifyAuditChain } from './audit.service'

const flat = async (pdf: Buffer) => (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ')

/** Writes rows back as someone with the database's owner rights would, the guard switched off. */
async function asTheOwner(db: Database, work: () => Promise<unknown>) {
  await db.exec('alter table audit_log disable trigger user')
  try {
    await work()
  } finally {
    await db.exec('alter table audit_log enable trigger user')
  }
}

async function putBack(db: Database, rows: ChainRow[]) {
  for (const r of rows) {
    await db.query(
      `insert into audit_log (id, occurred_at, actor_user_id, actor_name, collaboration_id, action, entity_type, entity_id, before, after, prev_hash, hash)
       overriding system value values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
       on conflict (id) do update set actor_name = excluded.actor_name, prev_hash = excluded.prev_hash, hash = excluded.hash`,
      [r.id, r.occurredAt, r.actorUserId, r.actorName, r.collaborationId, r.action, r.entityType, r.entityId, JSON.stringify(r.before), JSON.stringify(r.after), r.prevHash, r.hash],
    )
  }
}

// A joint committee posts its minutes on 9 December 2026; the audit log's head goes into them, signed.
describe('the audit log anchored outside its table', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let coordinator: Client
  let auditor: Client
  let minutesUrl: string
  let anchor: { auditId: number; auditHash: string; checkpointId: number }
  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  const verify = async () => (await auditor.get(url('/audit/verify'))).json()

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-09T15:00:00+01:00'))
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2514', '2582'] })
    collaborationId = built.collaboration.id
    const [kalix, lulea] = built.members
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator', name: 'Sara Samordnare' })).client
    const secretary = (await signedInPerson(t, { collaborationId, role: 'secretary', name: 'Selma Sekreterare' })).client
    auditor = (await signedInPerson(t, { collaborationId, role: 'auditor', name: 'Rut Revisor' })).client
    const chair = await signedInPerson(t, { collaborationId, role: 'body_member', name: 'Olof Ordförande', memberId: kalix!.id })
    const adjuster = await signedInPerson(t, { collaborationId, role: 'body_member', name: 'Åsa Justerare', memberId: lulea!.id })

    const kinds = (await coordinator.get(url('/governance'))).json().decisionKinds
    const boardId = (await coordinator.post(url('/bodies'), { name: 'E-nämnden', kind: 'board' })).json().id
    await coordinator.put(url(`/bodies/${boardId}/mandates`), { decides: kinds.map((k: { id: string }) => k.id), prepares: [] })
    for (const seat of [
      { personName: 'Olof Ordförande', seatRole: 'ledamot', memberId: kalix!.id, position: 'chair', userId: chair.id },
      { personName: 'Åsa Justerare', seatRole: 'ledamot', memberId: lulea!.id, userId: adjuster.id },
    ]) expect((await coordinator.post(url(`/bodies/${boardId}/seats`), { termStart: '2023-01-01', ...seat })).statusCode).toBe(201)
    const found = (await secretary.post(url('/cases'), { title: 'Chattbot för medborgarservice', decidingBodyId: boardId })).json()
    const ready = (await secretary.patch(url(`/cases/${found.id}`), { ...found, status: 'ready_for_decision' })).json()
    const meetingId = (await secretary.post(url('/meetings'), { bodyId: boardId, startsAt: '2026-12-09T12:00:00Z', endsAt: '2026-12-09T13:00:00Z', place: 'Stadshuset' })).json().id
    const meetingUrl = (path = '') => url(`/meetings/${meetingId}${path}`)
    minutesUrl = meetingUrl('/minutes.pdf')
    expect((await secretary.post(meetingUrl('/agenda'), { caseId: ready.id })).statusCode).toBe(200)
    const people = await secretary.patch(meetingUrl(), { ...((await secretary.get(meetingUrl())).json() as object), chairUserId: chair.id, adjusterUserIds: [adjuster.id], secretaryName: 'Selma Sekreterare' })
    expect(people.statusCode, people.body).toBe(200)
    expect((await secretary.post(meetingUrl('/notice'))).statusCode).toBe(200)
    const item = (await secretary.get(meetingUrl())).json().agenda[0]
    expect((await secretary.post(meetingUrl(`/items/${item.id}/decision`), { outcome: 'approve', wording: 'Nämnden beslutar enligt förslaget.', reservations: '' })).statusCode).toBe(200)
    expect((await secretary.post(meetingUrl('/held'))).json().status).toBe('held')
    expect((await chair.client.post(meetingUrl('/approve'))).statusCode).toBe(200)
    expect((await adjuster.client.post(meetingUrl('/approve'))).json().status).toBe('minutes_approved')
    const posted = await secretary.post(meetingUrl('/publish'), { noticeDate: '2026-12-09' })
    expect(posted.statusCode, posted.body).toBe(200)

    const [checkpoint] = await t.db.query<{ id: number; auditId: number; auditHash: string }>('select id, audit_id as "auditId", audit_hash as "auditHash" from audit_checkpoint order by id desc limit 1')
    anchor = { auditId: Number(checkpoint!.auditId), auditHash: checkpoint!.auditHash, checkpointId: Number(checkpoint!.id) }
    // Work goes on after the posting: these entries lie above the checkpoint.
    for (const name of ['Kontakt A', 'Kontakt B']) {
      const member = (await coordinator.get(url('/members'))).json().members.find((m: { id: string }) => m.id === kalix!.id)
      const changed = await coordinator.patch(url(`/members/${kalix!.id}`), { version: member.version, contactName: name })
      expect(changed.statusCode, changed.body).toBe(200)
    }
  })
  afterAll(async () => {
    await t.close()
    vi.useRealTimers()
  })

  it('prints the signed head of the log in the posted minutes, and the head is the posting itself', async () => {
    const text = await flat((await new Client(t.app).get(minutesUrl)).rawPayload)
    expect(text).toContain(`Granskningslogg: post ${anchor.auditId}, kontrollsumma ${anchor.auditHash.slice(0, 16)}`)
    const entries = (await auditor.get(url('/audit?limit=10'))).json() as { id: number; action: string; hash: string }[]
    const posting = entries.find((e) => e.action === 'meeting.minutes_published')!
    expect(posting).toMatchObject({ id: anchor.auditId, hash: anchor.auditHash })
    expect(await verify()).toMatchObject({ ok: true, checkpoints: 1 })
  })

  it('sees the newest entries cut below the minutes’ checkpoint, which the chain alone calls intact', async () => {
    const tail = await t.db.query<{ id: number }>('select id from audit_log where id >= $1 order by id', [anchor.auditId - 1])
    const saved: ChainRow[] = []
    for await (const row of readChain(t.db)) if (row.id >= anchor.auditId - 1) saved.push(row)
    expect(saved).toHaveLength(tail.length)
    await asTheOwner(t.db, () => t.db.query('delete from audit_log where id >= $1', [anchor.auditId - 1]))

    const verdict = await verify()
    expect(verdict).toMatchObject({ ok: false, brokenAtId: anchor.auditId, reason: 'checkpoint_row_missing', checkpointId: anchor.checkpointId })
    expect(verdict.checked).toBe(anchor.auditId - 2)
    await asTheOwner(t.db, () => putBack(t.db, saved))
    expect(await verify()).toMatchObject({ ok: true })
  })

  it('sees a row rewritten below the checkpoint with every later hash recomputed', async () => {
    const original: ChainRow[] = []
    for await (const row of readChain(t.db)) original.push(row)
    const victim = original.findIndex((r) => r.id === anchor.auditId - 3)
    let prevHash = original[victim]!.prevHash
    const forged = original.slice(victim).map((row, i) => {
      const { id: _id, prevHash: _p, hash: _h, ...content } = row
      const changed = i === 0 ? { ...content, actorName: 'Någon annan' } : content
      const rewritten = { ...row, ...changed, prevHash, hash: hashAuditRow(prevHash, changed) }
      prevHash = rewritten.hash
      return rewritten
    })
    await asTheOwner(t.db, () => putBack(t.db, forged))

    const verdict = await verify()
    expect(verdict).toEqual({ ok: false, checked: original.length, checkpoints: 1, brokenAtId: anchor.auditId, reason: 'checkpoint_hash_mismatch', checkpointId: anchor.checkpointId })
    // The same answer `npm run audit:verify` gives.
    expect(await verifyAuditChain(t.db)).toEqual(verdict)
    await asTheOwner(t.db, () => putBack(t.db, original.slice(victim)))
    expect(await verify()).toMatchObject({ ok: true })
  })

  it('gives the app on PostgreSQL a login that can only add to the log and read it; says what PGlite cannot', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL
    if (!serverUrl) {
      // PGlite: the app is the database's superuser and owns the log. It can switch the guard off and cut
      // the tail; only the signed checkpoint (its key kept outside the data folder) shows that it did.
      const [owner] = await t.db.query<{ owner: string; su: boolean }>(`select tableowner as owner, (select rolsuper from pg_roles where rolname = current_user) as su from pg_tables where tablename = 'audit_log'`)
      expect(owner).toEqual({ owner: 'postgres', su: true })
      const saved: ChainRow[] = []
      for await (const row of readChain(t.db)) if (row.id >= anchor.auditId) saved.push(row)
      await asTheOwner(t.db, () => t.db.query('delete from audit_log where id >= $1', [anchor.auditId]))
      expect(await verify()).toMatchObject({ ok: false, reason: 'checkpoint_row_missing' })
      await asTheOwner(t.db, () => putBack(t.db, saved))
      expect(await verify()).toMatchObject({ ok: true })
      return
    }

    const [{ database }] = (await t.db.query<{ database: string }>('select current_database() as database')) as [{ database: string }]
    const [owner] = await t.db.query<{ owner: string }>(`select tableowner as owner from pg_tables where tablename in ('audit_log', 'audit_checkpoint') group by tableowner`)
    expect(owner).toEqual({ owner: 'samverka_audit_owner' })
    // The app's login, made as the migration documents: a member of samverka_app and nothing more.
    const role = `samverka_test_app_${randomBytes(5).toString('hex')}`
    const password = randomBytes(12).toString('hex')
    await t.db.exec(`create role ${role} login password '${password}' in role samverka_app`)
    const appUrl = new URL(serverUrl)
    appUrl.username = role
    appUrl.password = password
    appUrl.pathname = `/${database}`
    const appDb = await openPostgres(appUrl.toString())
    try {
      // It starts as the app does, and its writes reach the log.
      expect(await migrate(appDb)).toEqual([])
      const app = await buildApp({ db: appDb, config: { ...readConfig({}), demo: false }, logger: false })
      const before = (await appDb.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n
      const member = (await coordinator.get(url('/members'))).json().members[0]
      const { email } = await signedInPerson(t, { collaborationId, role: 'coordinator', name: 'Cecilia Samordnare' })
      const asApp = await new Client(app).logIn(email, TEST_PASSWORD)
      const changed = await asApp.patch(url(`/members/${member.id}`), { version: member.version, contactName: 'Skrivet som appens roll' })
      expect(changed.statusCode, changed.body).toBe(200)
      await app.close()
      expect((await appDb.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n).toBeGreaterThan(before)
      await appendAudit(appDb, { actorUserId: null, actorName: 'Appens roll', collaborationId, action: 'test.appended', entityType: 'test', entityId: '1', before: null, after: null })

      // Everything else it might try on the log is refused by PostgreSQL itself.
      for (const attempt of [
        'delete from audit_log',
        `update audit_log set actor_name = 'någon annan'`,
        'truncate audit_log',
        'alter table audit_log disable trigger audit_log_no_update',
        'alter table audit_log disable trigger user',
        'drop table audit_log',
        'delete from audit_checkpoint',
        'alter table audit_checkpoint disable trigger user',
        'set role samverka_audit_owner',
      ]) {
        await expect(appDb.query(attempt), attempt).rejects.toThrow(/permission denied|must be owner/)
      }
      expect(await verifyAuditChain(appDb)).toMatchObject({ ok: true })
    } finally {
      await appDb.close()
      const admin = new pg.Client({ connectionString: serverUrl })
      await admin.connect()
      await admin.query(`drop owned by ${role}`).catch(() => undefined)
      await admin.query(`drop role if exists ${role}`).catch(() => undefined)
      await admin.end()
    }
  })
})

