import { AUDIT_AREA_KEYS, type AuditArea } from '../../shared/audit-areas'
import { z } from 'zod'

export const AuditEntry = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string(),
  collaborationId: z.uuid().nullable(),
  collaborationName: z.string().nullable(),
  collaborationPrefix: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
})

export const AuditQuery = z.object({
  beforeId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Only the entries of one area (people and roles, money, planning …). */
  area: z.enum(AUDIT_AREA_KEYS as [AuditArea, ...AuditArea[]]).optional(),
})

export const ChainVerdictResponse = z.object({
  ok: z.boolean(),
  /** Entries whose links and hashes were recomputed. */
  checked: z.number().int(),
  /** Signed checkpoints of the chain's head, each checked against the entry it names. */
  checkpoints: z.number().int(),
  brokenAtId: z.number().int().optional(),
  reason: z.enum(['prev_hash_mismatch', 'hash_mismatch', 'checkpoint_signature_invalid', 'checkpoint_row_missing', 'checkpoint_hash_mismatch']).optional(),
  /** The checkpoint that no longer matches the log. */
  checkpointId: z.number().int().optional(),
})

