import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openPglite, type Database, type Queryable } from '../../server/db/database'
import { migrate } from '../../server/db/migrate'
import { createEventRunner, defineSubscriber, publish, type DomainEvent, type Subscriber } from './index'

// Each test's subscribers and events are of its own types, so the tests do not see each other's.
let suffix = 0
const typeOf = (name: string) => `test.${name}.${suffix}`

async function publishSome(db: Database, type: string, count: number) {
  for (let i = 1; i <= count; i++) {
    await db.transaction((tx) => publish(tx, { type, collaborationId: null, entityType: 'test', entityId: String(i), actorUserId: null, payload: { n: i } }))
  }
}

/** A subscriber that writes what it handles to test_handled, so what it did is read back from the database. */
function recording(name: string, types: string[], fail?: (event: DomainEvent<string>, attempt: number) => boolean): Subscriber {
  const attempts = new Map<number, number>()
  return defineSubscriber({
    name,
    types,
    async handle(tx: Queryable, event) {
      await tx.query('insert into test_handled (subscriber, event_id, n) values ($1, $2, $3)', [name, event.id, (event.payload as { n: number }).n])
      const attempt = (attempts.get(event.id) ?? 0) + 1
      attempts.set(event.id, attempt)
      if (fail?.(event, attempt)) throw new Error(`${name} failed on ${event.entityId} (try ${attempt})`)
    },
  })
}

const handled = async (db: Queryable, subscriber: string) =>
  (await db.query<{ n: number }>('select n from test_handled where subscriber = $1 order by id', [subscriber])).map((row) => row.n)

const deliveries = (db: Queryable, subscriber: string) =>
  db.query<{ n: string; status: string; attempts: number; error: string | null; waitSeconds: number | null }>(
    `select e.entity_id as n, d.status, d.attempts, d.error, extract(epoch from d.next_attempt_at - now())::int as "waitSeconds"
     from event_delivery d join domain_event e on e.id = d.event_id where d.subscriber = $1 order by e.id`,
    [subscriber],
  )

const createTable = 'create table if not exists test_handled (id bigint generated always as identity primary key, subscriber text not null, event_id bigint not null, n int not null)'

describe('the event runner on PGlite', () => {
  let db: Database
  beforeAll(async () => {
    db = await openPglite()
    await migrate(db)
    await db.exec(createTable)
  })
  afterAll(() => db.close())
  beforeEach(() => void suffix++)

  it('hands each event to each subscriber exactly once, even when two runners drain at the same time', async () => {
    const type = typeOf('once')
    const subscribers = [recording(`a${suffix}`, [type]), recording(`b${suffix}`, [type])]
    const first = createEventRunner(db, subscribers)
    const second = createEventRunner(db, subscribers)
    await first.register()
    await publishSome(db, type, 6)
    await Promise.all([first.drain(), second.drain(), first.drain()])
    expect(await handled(db, `a${suffix}`)).toEqual([1, 2, 3, 4, 5, 6])
    expect(await handled(db, `b${suffix}`)).toEqual([1, 2, 3, 4, 5, 6])
    expect(await second.drain()).toBe(0)
    expect((await deliveries(db, `a${suffix}`)).map((d) => d.status)).toEqual(Array(6).fill('delivered'))
  })

  it('undoes the writes of a handler that failed and runs it again: what it wrote is there once', async () => {
    const type = typeOf('retry')
    const name = `flaky${suffix}`
    const runner = createEventRunner(db, [recording(name, [type], (_event, attempt) => attempt === 1)], { retryDelaySeconds: () => 0 })
    await runner.register()
    await publishSome(db, type, 2)
    await runner.drain()
    // The first try of event 1 failed (its row rolled back) and holds up event 2; the next drain retries it.
    expect(await handled(db, name)).toEqual([])
    expect(await deliveries(db, name)).toMatchObject([{ n: '1', status: 'failed', attempts: 1 }])
    await runner.drain()
    expect(await handled(db, name)).toEqual([1])
    await runner.drain()
    expect(await handled(db, name)).toEqual([1, 2])
    expect(await deliveries(db, name)).toMatchObject([{ status: 'delivered', attempts: 2, error: null }, { status: 'delivered', attempts: 2 }])
  })

  it('waits a growing delay between tries, then parks the event with its error and goes on; other subscribers are not held up', async () => {
    const type = typeOf('park')
    const broken = `broken${suffix}`
    const healthy = `healthy${suffix}`
    const errors: string[] = []
    const runner = createEventRunner(db, [recording(broken, [type], (event) => event.entityId === '1'), recording(healthy, [type])], {
      maxAttempts: 3,
      onError: (_error, where) => errors.push(`${where.subscriber}:${where.eventId}:${where.parked}`),
    })
    await runner.register()
    await publishSome(db, type, 3)
    await runner.drain()
    expect(await handled(db, healthy)).toEqual([1, 2, 3])
    expect(await handled(db, broken)).toEqual([])
    const [failed] = await deliveries(db, broken)
    expect(failed).toMatchObject({ n: '1', status: 'failed', attempts: 1 })
    expect(failed!.waitSeconds).toBeGreaterThanOrEqual(9)
    // Not due yet: another drain leaves it alone.
    await runner.drain()
    expect(await deliveries(db, broken)).toMatchObject([{ attempts: 1 }])
    const due = () => db.query(`update event_delivery set next_attempt_at = now() - interval '1 second' where subscriber = $1 and status = 'failed'`, [broken])
    await due()
    await runner.drain()
    const [second] = await deliveries(db, broken)
    expect(second).toMatchObject({ status: 'failed', attempts: 2 })
    expect(second!.waitSeconds).toBeGreaterThan(failed!.waitSeconds!)
    await due()
    await runner.drain()
    // The third failure parks it, with its error kept, and the subscriber takes the events after it.
    const parked = await deliveries(db, broken)
    expect(parked.map((d) => [d.n, d.status, d.attempts])).toEqual([['1', 'parked', 3], ['2', 'delivered', 1], ['3', 'delivered', 1]])
    expect(parked[0]!.error).toContain(`${broken} failed on 1 (try 3)`)
    expect(await handled(db, broken)).toEqual([2, 3])
    expect(errors.filter((e) => e.endsWith(':true'))).toHaveLength(1)
  })

  it('gives each subscriber its events in the order they were published, across its types', async () => {
    const [first, second] = [typeOf('first'), typeOf('second')]
    const name = `ordered${suffix}`
    const runner = createEventRunner(db, [recording(name, [first, second])])
    await runner.register()
    for (let i = 1; i <= 6; i++) {
      await db.transaction((tx) => publish(tx, { type: i % 2 ? first : second, collaborationId: null, entityType: 'test', entityId: String(i), actorUserId: null, payload: { n: i } }))
    }
    await runner.drain()
    expect(await handled(db, name)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('does not hand a new subscriber the events published before it existed', async () => {
    const type = typeOf('late')
    await publishSome(db, type, 2)
    const name = `late${suffix}`
    const runner = createEventRunner(db, [recording(name, [type])])
    await runner.register()
    await publishSome(db, type, 1)
    await runner.drain()
    expect(await handled(db, name)).toEqual([1])
  })

  it('never sees an event whose transaction rolled back', async () => {
    const type = typeOf('rollback')
    const name = `rolled${suffix}`
    const runner = createEventRunner(db, [recording(name, [type])])
    await runner.register()
    await expect(
      db.transaction(async (tx) => {
        await publish(tx, { type, collaborationId: null, entityType: 'test', entityId: '1', actorUserId: null, payload: { n: 1 } })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect(await runner.drain()).toBe(0)
    expect(await handled(db, name)).toEqual([])
  })
})

describe('the event runner across a restart', () => {
  let dataDir: string
  beforeEach(() => void (dataDir = mkdtempSync(join(tmpdir(), 'samverka-events-'))))
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  it('continues after a restart where the old process left: nothing twice, nothing lost', async () => {
    const type = 'test.restart'
    const subscribers = () => [recording('restart', [type])]
    let db = await openPglite(dataDir)
    await migrate(db)
    await db.exec(createTable)
    const before = createEventRunner(db, subscribers())
    await before.register()
    await publishSome(db, type, 2)
    await before.drain()
    await before.stop()
    // Published after the last drain: waiting in the outbox when the process ends.
    await db.transaction((tx) => publish(tx, { type, collaborationId: null, entityType: 'test', entityId: '3', actorUserId: null, payload: { n: 3 } }))
    await db.close()

    db = await openPglite(dataDir)
    await migrate(db)
    const after = createEventRunner(db, subscribers())
    await after.register()
    expect(await after.drain()).toBe(1)
    expect(await handled(db, 'restart')).toEqual([1, 2, 3])
    await db.close()
  })
})
