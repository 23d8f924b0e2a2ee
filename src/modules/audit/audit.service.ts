import type { AuditArea } from '../../shared/audit-areas'
import type { Database, Queryable } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { verifyAuditLog } from './audit-checkpoint'
import { currentAuditKey } from '../../server/audit-key'
import { findMinutesCheckpoint, linkMinutesCheckpoint, listAudit, listCheckpoints, readChain, writeCheckpoint } from './audit.repository'

export const listCollaborationAudit = (ctx: Ctx, collaborationId: string, page: { beforeId?: number; limit: number; area?: AuditArea }) =>
  listAudit(ctx.db, { collaborationId, ...page })

export const listAllAudit = (ctx: Ctx, page: { beforeId?: number; limit: number; area?: AuditArea }) => listAudit(ctx.db, { collaborationId: null, ...page })

/**
 * Recomputes every hash of the chain and checks it against the signed checkpoints; used by the auditor
 * page and `npm run audit:verify`.
 */
export async function verifyAuditChain(db: Queryable, key: Buffer = currentAuditKey()) {
  return verifyAuditLog(readChain(db), await listCheckpoints(db), key)
}

/**
 * Called in the transaction that posts minutes, after its audit entry: signs the chain's head into a
 * checkpoint and keeps its id on the meeting, so the posted minutes carry the head of the log.
 */
export async function anchorMinutes(tx: Queryable, meetingId: string, key: Buffer = currentAuditKey()) {
  const checkpoint = (await writeCheckpoint(tx, key, 'minutes'))!
  await linkMinutesCheckpoint(tx, meetingId, checkpoint.id)
  return checkpoint
}

/** The audit entry and hash that posted minutes print, null for minutes not posted (or posted before checkpoints). */
export async function minutesAuditAnchor(db: Queryable, meetingId: string) {
  const checkpoint = await findMinutesCheckpoint(db, meetingId)
  return checkpoint && { auditId: checkpoint.auditId, auditHash: checkpoint.auditHash }
}

/** A checkpoint when the log has moved since the last one. */
export const checkpointAuditLog = (db: Database, key: Buffer) => db.transaction((tx) => writeCheckpoint(tx, key, 'scheduled', { onlyIfMoved: true }))

// Hourly: what was written after the newest checkpoint is what could still be cut unseen.
const CHECKPOINT_EVERY_MS = 60 * 60 * 1000

/** Writes a checkpoint on a schedule while the server runs; the returned function stops it. */
export function scheduleAuditCheckpoints(db: Database, key: Buffer, onError: (error: Error) => void): () => void {
  const timer = setInterval(() => void checkpointAuditLog(db, key).catch(onError), CHECKPOINT_EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
