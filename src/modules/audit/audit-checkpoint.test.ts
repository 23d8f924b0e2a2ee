import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chainOf } from '../../../tests/helpers/audit-chain'
import { type AuditContent, type ChainRow } from './audit-chain'
import { signCheckpoint, verifyAuditLog, type Checkpoint } from './audit-checkpoint'

const key = Buffer.from('the key kept outside the database')

const entry = (n: number): AuditContent => ({
  occurredAt: `2026-12-09T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
  actorUserId: null,
  actorName: `Person ${n}`,
  collaborationId: null,
  action: 'member.updated',
  entityType: 'member',
  entityId: String(n),
  before: { contactName: `före ${n}` },
  after: { contactName: `efter ${n}` },
})

function checkpointAt(rows: ChainRow[], auditId: number, id: number, signWith = key): Checkpoint {
  const head = { auditId, auditHash: rows[auditId - 1]!.hash, createdAt: `2026-12-09T11:00:0${id}.000Z` }
  return { id, ...head, reason: 'minutes', signature: signCheckpoint(signWith, head) }
}

describe('signed checkpoints of the audit chain', () => {
  const rows = chainOf(Array.from({ length: 10 }, (_, i) => entry(i + 1)))
  const checkpoints = [checkpointAt(rows, 4, 1), checkpointAt(rows, 8, 2)]

  it('accept the untouched log with its checkpoints', async () => {
    expect(await verifyAuditLog(rows, checkpoints, key)).toEqual({ ok: true, checked: 10, checkpoints: 2 })
  })

  it('find the tail cut below a checkpoint, which the chain alone cannot see', async () => {
    const cut = rows.slice(0, 6)
    expect(await verifyAuditLog(cut, [], key)).toEqual({ ok: true, checked: 6, checkpoints: 0 })
    expect(await verifyAuditLog(cut, checkpoints, key)).toEqual({ ok: false, checked: 6, checkpoints: 2, brokenAtId: 8, reason: 'checkpoint_row_missing', checkpointId: 2 })
  })

  it('find a row rewritten with every later hash recomputed, at the first checkpoint after it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), fc.string({ minLength: 1 }), async (victim, forgedName) => {
        const contents = rows.map(({ id: _id, prevHash: _prev, hash: _hash, ...content }) => content)
        fc.pre(contents[victim - 1]!.actorName !== forgedName)
        contents[victim - 1] = { ...contents[victim - 1]!, actorName: forgedName }
        const forged = chainOf(contents)
        expect((await verifyAuditLog(forged, [], key)).ok).toBe(true)
        const firstAfter = checkpoints.find((c) => c.auditId >= victim)!
        expect(await verifyAuditLog(forged, checkpoints, key)).toEqual({
          ok: false, checked: 10, checkpoints: 2, brokenAtId: firstAfter.auditId, reason: 'checkpoint_hash_mismatch', checkpointId: firstAfter.id,
        })
      }),
    )
  })

  it('find a cut and rehashed log even when new rows were added after it to reach the old length', async () => {
    const contents = rows.map(({ id: _id, prevHash: _prev, hash: _hash, ...content }) => content)
    const rewritten = chainOf([...contents.slice(0, 2), ...contents.slice(3), entry(99)])
    expect(rewritten).toHaveLength(10)
    expect(await verifyAuditLog(rewritten, checkpoints, key)).toMatchObject({ ok: false, brokenAtId: 4, reason: 'checkpoint_hash_mismatch', checkpointId: 1 })
  })

  it('refuse a checkpoint not signed with the key, so a forger cannot re-anchor a rewritten log', async () => {
    const contents = rows.map(({ id: _id, prevHash: _prev, hash: _hash, ...content }) => content)
    contents[1] = { ...contents[1]!, actorName: 'Någon annan' }
    const forged = chainOf(contents)
    const reanchored = [checkpointAt(forged, 4, 1, Buffer.from('a guessed key')), checkpointAt(forged, 8, 2, Buffer.from('a guessed key'))]
    expect(await verifyAuditLog(forged, reanchored, key)).toEqual({ ok: false, checked: 0, checkpoints: 2, brokenAtId: 4, reason: 'checkpoint_signature_invalid', checkpointId: 1 })
    // A genuine checkpoint whose time was moved no longer verifies either.
    const moved = { ...checkpoints[0]!, createdAt: '2026-12-10T11:00:01.000Z' }
    expect(await verifyAuditLog(rows, [moved], key)).toMatchObject({ ok: false, reason: 'checkpoint_signature_invalid', checkpointId: 1 })
  })

  it('still name a broken link first, where the chain itself breaks', async () => {
    const gap = [...rows.slice(0, 2), ...rows.slice(3)]
    expect(await verifyAuditLog(gap, checkpoints, key)).toEqual({ ok: false, checked: 2, checkpoints: 2, brokenAtId: 4, reason: 'prev_hash_mismatch' })
  })
})
