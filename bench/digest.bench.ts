/**
 * `npm run bench:digest [-- --recipients 10000 --collaborations 50]`
 *
 * The daily digest run (`runDigests`) for 10 000 recipients on embedded PGlite (or the PostgreSQL of DATABASE_URL):
 * each a member representative whose member owes three duties (from a duty source of this benchmark; the real
 * sources' own cost is measured by the read benchmarks), some in two collaborations. Against a baseline in the same
 * process: the outbox writes alone (one fixed e-mail per recipient, in batches of the same size, no duties read).
 * Reports time, mails queued, heap peak, and a second run of the same period (queues nothing). A report, no assertions.
 */
import { parseArgs } from 'node:util'
import type { DutySource } from '../src/modules/duties'
import { DIGEST_BATCH, runDigests } from '../src/modules/notifications'
import { openPglite, openPostgres, type Database } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { queueMails } from '../src/server/mail/mail'

const { values: args } = parseArgs({ options: { recipients: { type: 'string', default: '10000' }, collaborations: { type: 'string', default: '50' } } })
const recipients = Number(args.recipients)
const collaborations = Number(args.collaborations)
// Five representatives per member, every tenth also in a second collaboration.
const membersPerCollaboration = Math.ceil(recipients / 5 / collaborations)

const db: Database = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite()
await migrate(db)

async function seed() {
  await db.query(
    `insert into collaboration (id, name, prefix, legal_form)
     select ('00000000-0000-4000-8000-' || lpad(c::text, 12, '0'))::uuid, 'Bänksamverkan ' || c, 'B' || c, 'avtalssamverkan' from generate_series(1, $1) c`,
    [collaborations],
  )
  await db.query(
    `insert into member (collaboration_id, kind, name, joined_on)
     select c.id, 'other', 'Medlem ' || m || ' i ' || c.name, '2026-01-01' from collaboration c cross join generate_series(1, $1) m`,
    [membersPerCollaboration],
  )
  await db.query(
    `insert into app_user (email, name, password_hash, locale)
     select 'mottagare' || n || '@bench.samverka.se', 'Mottagare ' || n, 'x', case when n % 7 = 0 then 'en' else 'sv' end from generate_series(1, $1) n`,
    [recipients],
  )
  // The users in order, five to each member in order; every tenth also represents the member at the same place in the next collaboration.
  await db.query(
    `with u as (select id, row_number() over (order by email) - 1 as n from app_user),
          m as (select id, collaboration_id, row_number() over (order by collaboration_id, name) - 1 as n from member),
          total as (select count(*) as count from m)
     insert into role_assignment (collaboration_id, user_id, role, member_id)
     select m.collaboration_id, u.id, 'member_representative', m.id from u join m on m.n = u.n / 5 % (select count from total)
     union all
     select m.collaboration_id, u.id, 'member_representative', m.id from u join m on m.n = (u.n / 5 + $1) % (select count from total) where u.n % 10 = 0`,
    [membersPerCollaboration],
  )
}

/** Three duties per member, due in 2, 9 and 30 days, owed by its representatives. */
const benchDuties: DutySource = {
  name: 'bench',
  kinds: ['member_decision'],
  async list(source, scope) {
    const members = await source.query<{ id: string; name: string; collaborationId: string }>('select id, name, collaboration_id as "collaborationId" from member where collaboration_id = any($1::uuid[])', [scope.collaborationIds])
    return members.flatMap((member) =>
      [2, 9, 30].map((days) => ({
        key: `bench:${member.id}:${days}`,
        kind: 'member_decision' as const,
        collaborationId: member.collaborationId,
        owners: [{ role: 'member_representative' as const, memberId: member.id }],
        member: { id: member.id, name: member.name },
        subject: `Initiativ som förfaller om ${days} dagar`,
        detail: { sv: 'Beslut om genomförande', en: 'Decision to carry out' },
        link: `/collaborations/${member.collaborationId}/initiatives/${member.id}`,
        dueOn: new Date(Date.parse('2026-12-07T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10),
        since: '2026-12-01',
      })),
    )
  },
}

/** The baseline: the outbox writes alone, one fixed message per recipient, in batches of the digest's size. */
async function outboxAlone() {
  let afterId = '00000000-0000-0000-0000-000000000000'
  let queued = 0
  for (;;) {
    const batch = await db.query<{ id: string; email: string; name: string }>('select id, email, name from app_user where id > $1 order by id limit $2', [afterId, DIGEST_BATCH])
    if (batch.length === 0) return queued
    afterId = batch.at(-1)!.id
    await db.transaction((tx) => queueMails(tx, batch.map((user) => ({ collaborationId: null, kind: 'bench.baseline', to: { address: user.email, name: user.name }, subject: 'Samverka', body: 'Hej!\n' }))))
    queued += batch.length
  }
}

/** Runs the work with the heap sampled every 5 ms: its time, its result and the highest heap seen above where it started. */
async function measure<T>(work: () => Promise<T>) {
  global.gc?.()
  const start = process.memoryUsage().heapUsed
  let peak = start
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
  const began = process.hrtime.bigint()
  const result = await work()
  const ms = Number(process.hrtime.bigint() - began) / 1e6
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  return { result, ms, peakMb: (peak - start) / 2 ** 20 }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`
await seed()
const monday = new Date('2026-12-07T07:00:00+01:00')
const digest = await measure(() => runDigests(db, [benchDuties], 'https://samverka.example', monday))
const again = await measure(() => runDigests(db, [benchDuties], 'https://samverka.example', monday))
const baseline = await measure(outboxAlone)
const [{ count: digestRows }] = await db.query<{ count: number }>(`select count(*)::int as count from mail_message where kind like 'notification.digest%'`) as [{ count: number }]

console.log(`Digests for ${recipients} recipients in ${collaborations} collaborations (${membersPerCollaboration} members each), ${db.kind}, batches of ${DIGEST_BATCH}`)
console.log(`  runDigests, Monday 07:00 (daily and weekly)   ${(digest.ms / 1000).toFixed(2)} s   ${digest.result.queued} mails queued (${digestRows} in the outbox)   heap peak +${digest.peakMb.toFixed(0)} MB`)
console.log(`  the same period again                         ${(again.ms / 1000).toFixed(2)} s   ${again.result.queued} mails queued   heap peak +${again.peakMb.toFixed(0)} MB`)
console.log(`  baseline: the outbox writes alone             ${(baseline.ms / 1000).toFixed(2)} s   ${baseline.result} mails queued   heap peak +${baseline.peakMb.toFixed(0)} MB`)
console.log(`  ratio: the digest run takes ${(digest.ms / baseline.ms).toFixed(1)}× the baseline's time; process heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`)
await db.close()
