import type { Queryable } from '../../server/db/database'
import type { DomainEvent, EventInput } from './event-types'

// Held from the insert to the commit, so events commit in the order of their ids: a subscriber that has gone past
// an id never meets a smaller one committed later (the audit chain's lock already orders recordChange's events).
const PUBLISH_ORDER_LOCK = 727276

/** Writes the event in the caller's transaction: it exists exactly when the change it reports commits. */
export async function publish<T extends string>(tx: Queryable, event: EventInput<T>): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [PUBLISH_ORDER_LOCK])
  await tx.query(
    `insert into domain_event (type, collaboration_id, entity_type, entity_id, actor_user_id, payload) values ($1, $2, $3, $4, $5, $6)`,
    [event.type, event.collaborationId, event.entityType, event.entityId, event.actorUserId, JSON.stringify(event.payload ?? null)],
  )
}

const eventColumns = `e.id, e.type, e.collaboration_id as "collaborationId", e.entity_type as "entityType", e.entity_id as "entityId",
  e.actor_user_id as "actorUserId", e.payload, e.occurred_at as "occurredAt"`

/** Registers a subscriber (once): it starts after the newest event there is, so history written before it is not its. */
export async function registerSubscriber(db: Queryable, name: string) {
  await db.query(`insert into event_subscriber (name, position) select $1, coalesce(max(id), 0) from domain_event on conflict (name) do nothing`, [name])
}

// One advisory lock per subscriber (this class and the hash of its name): one process at a time handles its events.
const SUBSCRIBER_LOCK_CLASS = 727275

export async function tryLockSubscriber(tx: Queryable, name: string): Promise<boolean> {
  const [row] = await tx.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1, hashtext($2)) as locked', [SUBSCRIBER_LOCK_CLASS, name])
  return row!.locked
}

export interface Attempt {
  event: DomainEvent<string>
  /** Failures so far (0 when it was never tried), and whether the next try is still to wait (a growing delay). */
  attempts: number
  notYet: boolean
}

/** The subscriber's next event (past its position, of its types; `meeting.*` takes every type that begins `meeting.`): the only one it may handle now. */
export async function nextEvent(tx: Queryable, name: string, types: readonly string[]): Promise<Attempt | null> {
  // The database's clock decides when a retry is due: the processes' clocks may differ, the database's is one.
  const [row] = await tx.query<DomainEvent<string> & { attempts: number | null; notYet: boolean }>(
    `select ${eventColumns}, d.attempts, coalesce(d.next_attempt_at > now(), false) as "notYet"
     from domain_event e
     join event_subscriber s on s.name = $1
     left join event_delivery d on d.subscriber = $1 and d.event_id = e.id
     where e.id > s.position and (e.type = any($2::text[]) or e.type like any($3::text[]))
     order by e.id limit 1`,
    [name, types, types.filter((type) => type.endsWith('*')).map((type) => `${type.slice(0, -1).replace(/[\\%_]/g, '\\$&')}%`)],
  )
  if (!row) return null
  const { attempts, notYet, ...event } = row
  return { event: { ...event, id: Number(event.id), occurredAt: new Date(event.occurredAt).toISOString() }, attempts: attempts ?? 0, notYet }
}

/** Everything of the subscriber's types up to this event is done: it goes on after it (taken in order, under its lock). */
async function advance(tx: Queryable, name: string, eventId: number) {
  await tx.query('update event_subscriber set position = $2 where name = $1', [name, eventId])
}

export async function markDelivered(tx: Queryable, name: string, eventId: number, attempts: number) {
  await advance(tx, name, eventId)
  await tx.query(
    `insert into event_delivery (subscriber, event_id, status, attempts) values ($1, $2, 'delivered', $3)
     on conflict (subscriber, event_id) do update set status = 'delivered', attempts = excluded.attempts, error = null, next_attempt_at = null, updated_at = now()`,
    [name, eventId, attempts],
  )
}

export async function markFailed(tx: Queryable, name: string, eventId: number, failure: { attempts: number; error: string; parked: boolean; retryInSeconds: number }) {
  if (failure.parked) await advance(tx, name, eventId)
  await tx.query(
    `insert into event_delivery (subscriber, event_id, status, attempts, error, next_attempt_at)
     values ($1, $2, $3, $4, $5, case when $3 = 'parked' then null else now() + make_interval(secs => $6) end)
     on conflict (subscriber, event_id) do update set status = excluded.status, attempts = excluded.attempts, error = excluded.error,
       next_attempt_at = excluded.next_attempt_at, updated_at = now()`,
    [name, eventId, failure.parked ? 'parked' : 'failed', failure.attempts, failure.error, failure.retryInSeconds],
  )
}
