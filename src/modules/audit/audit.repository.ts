import { AUDIT_AREAS, type AuditArea } from '../../shared/audit-areas'
import type { Queryable } from '../../server/db/database'
import { GENESIS_HASH, hashAuditRow, type AuditContent } from './audit-chain'
import type { Actor } from '../../server/http/access'
import { now } from '../../server/clock'
import { signCheckpoint, type Checkpoint } from './audit-checkpoint'
import { publish, type TypedPayload } from '../events'

export interface AuditRow extends AuditContent {
  id: number
  prevHash: string
  hash: string
}

const columns = `id, occurred_at as "occurredAt", actor_user_id as "actorUserId", actor_name as "actorName",
  collaboration_id as "collaborationId", action, entity_type as "entityType", entity_id as "entityId",
  before, after, prev_hash as "prevHash", hash`

// A fixed key for the advisory lock that serialises appends, so two writers never chain onto the same row.
const AUDIT_CHAIN_LOCK = 727274

/** Appends one row to the chain. Call it inside the transaction of the write it records. */
export async function appendAudit(tx: Queryable, entry: Omit<AuditContent, 'occurredAt'>): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK])
  const [last] = await tx.query<{ hash: string }>('select hash from audit_log order by id desc limit 1')
  const prevHash = last?.hash ?? GENESIS_HASH
  // JSON round trip: what is hashed is exactly what jsonb gives back (dates as strings, no undefined).
  const content: AuditContent = {
    ...entry,
    occurredAt: new Date().toISOString(),
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
  }
  await tx.query(
    `insert into audit_log (occurred_at, actor_user_id, actor_name, collaboration_id, action, entity_type, entity_id,
       before, after, prev_hash, hash) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [content.occurredAt, content.actorUserId, content.actorName, content.collaborationId, content.action, content.entityType,
      content.entityId, JSON.stringify(content.before), JSON.stringify(content.after), prevHash, hashAuditRow(prevHash, content)],
  )
}

export async function listAudit(db: Queryable, filter: { collaborationId: string | null; beforeId?: number; limit: number; area?: AuditArea }) {
  const rows = await db.query<AuditRow & { occurredAt: Date; collaborationName: string | null; collaborationPrefix: string | null }>(
    `select a.*, c.name as "collaborationName", c.prefix as "collaborationPrefix"
     from (select ${columns} from audit_log
           where ($1::uuid is null or collaboration_id = $1) and ($2::bigint is null or id < $2)
             and ($4::text[] is null or split_part(action, '.', 1) = any($4::text[]))
           order by id desc limit $3) a
     left join collaboration c on c.id = a."collaborationId"
     order by a.id desc`,
    [filter.collaborationId, filter.beforeId ?? null, filter.limit, filter.area ? [...AUDIT_AREAS[filter.area]] : null],
  )
  return rows.map((row) => ({ ...toRow(row), collaborationName: row.collaborationName, collaborationPrefix: row.collaborationPrefix }))
}

/** Reads the whole chain in id order, a page at a time, so a long log does not fill the memory. */
export async function* readChain(db: Queryable, pageSize = 5000): AsyncGenerator<AuditRow> {
  let afterId = 0
  for (;;) {
    const rows = await db.query<AuditRow & { occurredAt: Date }>(
      `select ${columns} from audit_log where id > $1 order by id limit $2`,
      [afterId, pageSize],
    )
    for (const row of rows) yield toRow(row)
    if (rows.length < pageSize) return
    afterId = rows[rows.length - 1]!.id
  }
}

function toRow(row: AuditRow & { occurredAt: Date | string }): AuditRow {
  return { ...row, id: Number(row.id), occurredAt: new Date(row.occurredAt).toISOString() }
}

/** What a use case says about its write; the actor comes from its context. */
export interface Change {
  collaborationId: string | null
  action: string
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
  /** The typed payload of the event this change publishes (of type `action`), where subscribers need more than `after`. */
  event?: TypedPayload
}

/** Records the change in the audit log and publishes it as a domain event (type = action), both in the change's transaction. */
export async function recordChange(tx: Queryable, actor: Actor, change: Change): Promise<void> {
  if (change.event && change.event.type !== change.action) throw new Error(`the event ${change.event.type} is published by the action ${change.action}`)
  await appendAudit(tx, {
    actorUserId: actor.user?.id ?? null,
    // Nobody signed in (a public report): the interface shows its own word for it.
    actorName: actor.user?.name ?? '',
    collaborationId: change.collaborationId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  })
  await publish(tx, {
    type: change.action,
    collaborationId: change.collaborationId,
    entityType: change.entityType,
    entityId: change.entityId,
    actorUserId: actor.user?.id ?? null,
    payload: change.event ? change.event.payload : (change.after ?? null),
  })
}

const checkpointColumns = `id, audit_id as "auditId", audit_hash as "auditHash", created_at as "createdAt", reason, signature`

/**
 * Signs the chain's head into audit_checkpoint, in the caller's transaction, under the same lock as appends
 * so that the head cannot move meanwhile. Null when the log is empty, or when `onlyIfMoved` and the head is
 * already checkpointed.
 */
export async function writeCheckpoint(tx: Queryable, key: Buffer, reason: 'minutes' | 'scheduled', options: { onlyIfMoved?: boolean } = {}): Promise<Checkpoint | null> {
  await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK])
  const [head] = await tx.query<{ id: number; hash: string }>('select id, hash from audit_log order by id desc limit 1')
  if (!head) return null
  if (options.onlyIfMoved) {
    const [last] = await tx.query<{ auditId: number }>('select audit_id as "auditId" from audit_checkpoint order by id desc limit 1')
    if (last && Number(last.auditId) === Number(head.id)) return null
  }
  const signed = { auditId: Number(head.id), auditHash: head.hash, createdAt: now().toISOString() }
  const [row] = await tx.query<Checkpoint>(
    `insert into audit_checkpoint (audit_id, audit_hash, created_at, reason, signature) values ($1, $2, $3, $4, $5) returning ${checkpointColumns}`,
    [signed.auditId, signed.auditHash, signed.createdAt, reason, signCheckpoint(key, signed)],
  )
  return toCheckpoint(row!)
}

export async function listCheckpoints(db: Queryable): Promise<Checkpoint[]> {
  return (await db.query<Checkpoint>(`select ${checkpointColumns} from audit_checkpoint order by id`)).map(toCheckpoint)
}

export async function linkMinutesCheckpoint(tx: Queryable, meetingId: string, checkpointId: number): Promise<void> {
  await tx.query('update meeting set minutes_checkpoint_id = $1 where id = $2', [checkpointId, meetingId])
}

/** The entry and hash the posted minutes of a meeting carry, if any. */
export async function findMinutesCheckpoint(db: Queryable, meetingId: string): Promise<Checkpoint | null> {
  const [row] = await db.query<Checkpoint>(
    `select ${checkpointColumns} from audit_checkpoint where id = (select minutes_checkpoint_id from meeting where id = $1)`,
    [meetingId],
  )
  return row ? toCheckpoint(row) : null
}

function toCheckpoint(row: Checkpoint & { createdAt: Date | string }): Checkpoint {
  // The timestamp is re-read exactly as signed: PostgreSQL keeps microseconds, and ours end at milliseconds.
  return { ...row, id: Number(row.id), auditId: Number(row.auditId), createdAt: new Date(row.createdAt).toISOString() }
}
