import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decisionOrder, deciderOf, latestOfBody, latestOfMember, latestPerDecider, type DecidedRecord } from './latest-decision'

const decision = (over: Partial<DecidedRecord> & { id: string }): DecidedRecord => ({ bodyId: null, memberId: null, decisionKindId: 'k1', decidedOn: '2026-03-01', recordedAt: '2026-03-01T10:00:00.000000', ...over })

// Few deciders, days and times, so that ties are common.
const arbitraryDecision = fc.record({
  id: fc.uuid(),
  member: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: null }),
  body: fc.constantFrom('b1', 'b2'),
  decisionKindId: fc.constantFrom('k1', 'k2'),
  day: fc.integer({ min: 1, max: 3 }),
  second: fc.integer({ min: 0, max: 2 }),
}).map(({ id, member, body, decisionKindId, day, second }) =>
  decision({ id, memberId: member, bodyId: member === null ? body : null, decisionKindId, decidedOn: `2026-03-0${day}`, recordedAt: `2026-03-05T10:00:0${second}.000000` }),
)
const decisions = fc.uniqueArray(arbitraryDecision, { selector: (d) => d.id, maxLength: 30 })

describe('the latest decision of each decider', () => {
  it('a member that deferred and then approved has approved; a body decides per decision kind', () => {
    const deferred = decision({ id: 'a', memberId: 'm1', decidedOn: '2026-03-01' })
    const approved = decision({ id: 'b', memberId: 'm1', decidedOn: '2026-03-02', decisionKindId: 'k2' })
    const board = decision({ id: 'c', bodyId: 'b1', decisionKindId: 'k1' })
    const boardOther = decision({ id: 'd', bodyId: 'b1', decisionKindId: 'k2' })
    expect(latestPerDecider([approved, board, deferred, boardOther]).map((d) => d.id)).toEqual(['c', 'd', 'b'])
    expect(latestOfMember([approved, deferred], 'm1')?.id).toBe('b')
    expect(latestOfMember([approved, deferred], 'm2')).toBeNull()
    expect(latestOfBody([board, boardOther, approved], 'b1', 'k2')?.id).toBe('d')
  })

  it('breaks a tie on the day by the recording time, and a tie on both by the id', () => {
    const early = decision({ id: 'z', memberId: 'm1', recordedAt: '2026-03-01T09:00:00.000000' })
    const late = decision({ id: 'a', memberId: 'm1', recordedAt: '2026-03-01T09:00:00.000001' })
    expect(latestPerDecider([late, early])).toEqual([late])
    const same = decision({ id: 'b', memberId: 'm1', recordedAt: late.recordedAt })
    expect(latestPerDecider([same, late])).toEqual([same])
  })

  it('does not depend on the order the decisions come in', () => {
    fc.assert(
      fc.property(decisions.chain((ds) => fc.tuple(fc.constant(ds), fc.shuffledSubarray(ds, { minLength: ds.length, maxLength: ds.length }))), ([ds, shuffled]) => {
        expect(latestPerDecider(shuffled)).toEqual(latestPerDecider(ds))
      }),
    )
  })

  it('keeps exactly one decision per decider, the one no other decision of that decider comes after, oldest first', () => {
    fc.assert(
      fc.property(decisions, (ds) => {
        const latest = latestPerDecider(ds)
        expect(new Set(latest.map(deciderOf)).size).toBe(latest.length)
        expect(new Set(latest.map(deciderOf))).toEqual(new Set(ds.map(deciderOf)))
        for (const d of latest) expect(ds.filter((other) => deciderOf(other) === deciderOf(d) && decisionOrder(d, other) < 0)).toEqual([])
        expect([...latest].sort(decisionOrder)).toEqual(latest)
      }),
    )
  })

  it('is the last of each decider when the decisions are read oldest first', () => {
    fc.assert(
      fc.property(decisions, (ds) => {
        const sorted = [...ds].sort(decisionOrder)
        const last = sorted.filter((d, i) => !sorted.slice(i + 1).some((later) => deciderOf(later) === deciderOf(d)))
        expect(latestPerDecider(ds)).toEqual(last)
      }),
    )
  })
})
