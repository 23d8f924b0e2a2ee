import { createHmac, timingSafeEqual } from 'node:crypto'
import { verifyChain, type ChainRow } from './audit-chain'

/** The chain's head at one moment, signed with a key the database never sees. */
export interface Checkpoint {
  id: number
  auditId: number
  auditHash: string
  createdAt: string
  reason: string
  signature: string
}

export type CheckpointHead = Pick<Checkpoint, 'auditId' | 'auditHash' | 'createdAt'>

/** HMAC-SHA256 over (last id, last hash, time): without the key nobody can write a checkpoint that verifies. */
export function signCheckpoint(key: Buffer, head: CheckpointHead): string {
  return createHmac('sha256', key).update(`${head.auditId}\n${head.auditHash}\n${head.createdAt}`).digest('hex')
}

export function signatureHolds(key: Buffer, checkpoint: Checkpoint): boolean {
  const expected = Buffer.from(signCheckpoint(key, checkpoint), 'hex')
  const given = Buffer.from(checkpoint.signature, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export type AuditBreak = 'prev_hash_mismatch' | 'hash_mismatch' | 'checkpoint_signature_invalid' | 'checkpoint_row_missing' | 'checkpoint_hash_mismatch'

export type AuditVerdict =
  | { ok: true; checked: number; checkpoints: number }
  | { ok: false; checked: number; checkpoints: number; brokenAtId: number; reason: AuditBreak; checkpointId?: number }

/**
 * The chain links from the first entry to the last, every checkpoint carries its own signature, and every
 * checkpointed entry is still there with the hash it had: a tail cut below a checkpoint, or a row rewritten
 * with every later hash recomputed, leaves a checkpoint pointing at something that is gone or different.
 * What was written after the newest checkpoint can still be cut unseen, so checkpoints are written often.
 */
export async function verifyAuditLog(
  rows: Iterable<ChainRow> | AsyncIterable<ChainRow>,
  checkpoints: Checkpoint[],
  key: Buffer,
): Promise<AuditVerdict> {
  const forged = checkpoints.find((c) => !signatureHolds(key, c))
  if (forged) return { ok: false, checked: 0, checkpoints: checkpoints.length, brokenAtId: forged.auditId, reason: 'checkpoint_signature_invalid', checkpointId: forged.id }

  const hashAt = new Map<number, string>()
  const wanted = new Set(checkpoints.map((c) => c.auditId))
  async function* remembering() {
    for await (const row of rows) {
      if (wanted.has(row.id)) hashAt.set(row.id, row.hash)
      yield row
    }
  }
  const chain = await verifyChain(remembering())
  if (!chain.ok) return { ...chain, checkpoints: checkpoints.length }

  // The oldest checkpoint that no longer matches names where the log was changed.
  for (const checkpoint of [...checkpoints].sort((a, b) => a.auditId - b.auditId || a.id - b.id)) {
    const hash = hashAt.get(checkpoint.auditId)
    if (hash === undefined) return { ok: false, checked: chain.checked, checkpoints: checkpoints.length, brokenAtId: checkpoint.auditId, reason: 'checkpoint_row_missing', checkpointId: checkpoint.id }
    if (hash !== checkpoint.auditHash) return { ok: false, checked: chain.checked, checkpoints: checkpoints.length, brokenAtId: checkpoint.auditId, reason: 'checkpoint_hash_mismatch', checkpointId: checkpoint.id }
  }
  return { ok: true, checked: chain.checked, checkpoints: checkpoints.length }
}

