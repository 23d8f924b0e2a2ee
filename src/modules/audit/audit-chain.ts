import { createHash } from 'node:crypto'

/** The content of one audit row that its hash covers. */
export interface AuditContent {
  occurredAt: string
  actorUserId: string | null
  actorName: string
  collaborationId: string | null
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
}

export const GENESIS_HASH = '0'.repeat(64)

/** JSON with object keys sorted at every depth, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function hashAuditRow(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex')
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAtId: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' }

export type ChainRow = AuditContent & { id: number; prevHash: string; hash: string }

/** Walks the rows in id order and says where the chain first breaks, if it does. */
export async function verifyChain(
  rows: Iterable<ChainRow> | AsyncIterable<ChainRow>,
  startHash = GENESIS_HASH,
): Promise<ChainVerdict> {
  let expectedPrev = startHash
  let checked = 0
  for await (const row of rows) {
    if (row.prevHash !== expectedPrev) return { ok: false, checked, brokenAtId: row.id, reason: 'prev_hash_mismatch' }
    const { id: _id, prevHash: _prev, hash, ...content } = row
    if (hashAuditRow(row.prevHash, content) !== hash) return { ok: false, checked, brokenAtId: row.id, reason: 'hash_mismatch' }
    expectedPrev = hash
    checked++
  }
  return { ok: true, checked }
}
