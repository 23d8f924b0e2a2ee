import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chainOf } from '../../../tests/helpers/audit-chain'
import { canonicalJson, verifyChain, type AuditContent } from './audit-chain'

const content = fc.record<AuditContent>({
  occurredAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  actorName: fc.string(),
  collaborationId: fc.option(fc.uuid(), { nil: null }),
  action: fc.constantFrom('member.added', 'member.updated', 'role.assigned'),
  entityType: fc.constantFrom('member', 'role_assignment'),
  entityId: fc.uuid(),
  before: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), { nil: null }),
  after: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), { nil: null }),
})

describe('the audit hash chain', () => {
  it('accepts any untouched chain', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(content, { maxLength: 20 }), async (contents) => {
        expect(await verifyChain(chainOf(contents))).toEqual({ ok: true, checked: contents.length })
      }),
    )
  })

  it('finds the first row whose content was changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(content, { minLength: 1, maxLength: 20 }), fc.nat(), fc.string(), async (contents, pick, forged) => {
        const rows = chainOf(contents)
        const victim = pick % rows.length
        fc.pre(rows[victim]!.actorName !== forged)
        rows[victim] = { ...rows[victim]!, actorName: forged }
        expect(await verifyChain(rows)).toEqual({ ok: false, checked: victim, brokenAtId: victim + 1, reason: 'hash_mismatch' })
      }),
    )
  })

  it('notices a deleted row by the broken link after it', async () => {
    const rows = chainOf([0, 1, 2, 3].map((n) => ({ occurredAt: '2026-11-24T10:00:00.000Z', actorUserId: null, actorName: `n${n}`, collaborationId: null, action: 'a', entityType: 'e', entityId: String(n), before: null, after: null })))
    rows.splice(1, 1)
    expect(await verifyChain(rows)).toEqual({ ok: false, checked: 1, brokenAtId: 3, reason: 'prev_hash_mismatch' })
  })

  it('gives the same text for the same content whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(object))
        expect(JSON.parse(canonicalJson(object))).toEqual(object)
      }),
    )
  })
})
