import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exactSum, FULL, realisationBasisPoints, realisationOf, realisedChange, type Direction } from './realisation'

const value = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 })
const direction = fc.constantFrom<Direction>('increase', 'decrease')
/** A baseline and a target that improves on it in the direction. */
const planned = fc.tuple(direction, value, fc.integer({ min: 1, max: 1_000_000_000_000 })).map(([d, baseline, gain]) => ({ d, baseline, target: d === 'increase' ? baseline + gain : baseline - gain }))

describe('realisation of a benefit in basis points', () => {
  it('gives the share of the planned change reached: e-service share 40 % → 70 %, measured 55 % is 5 000', () => {
    expect(realisationBasisPoints('increase', 4000, 7000, 5500)).toBe(5000)
    // Handling time 20 days → 12 days; 14 days measured is 6/8 of the way.
    expect(realisationBasisPoints('decrease', 2000, 1200, 1400)).toBe(7500)
  })

  it('rounds to the nearest basis point, halves away from zero', () => {
    // 1/3 of the way: 3 333,33… → 3 333; 2/3: 6 666,66… → 6 667.
    expect(realisationBasisPoints('increase', 0, 3, 1)).toBe(3333)
    expect(realisationBasisPoints('increase', 0, 3, 2)).toBe(6667)
    // 1/20 000 of the way is half a basis point: up, and down symmetrically when worse.
    expect(realisationBasisPoints('increase', 0, 20_000, 1)).toBe(1)
    expect(realisationBasisPoints('increase', 0, 20_000, -1)).toBe(-1)
  })

  it('is null without a measurement, and when the target does not improve on the baseline', () => {
    expect(realisationBasisPoints('increase', 100, 200, null)).toBeNull()
    expect(realisationBasisPoints('increase', 100, 100, 150)).toBeNull()
    expect(realisationBasisPoints('decrease', 100, 150, 120)).toBeNull()
  })

  it('goes beyond 10 000 past the target and below 0 when worse than the baseline', () => {
    expect(realisationBasisPoints('increase', 0, 100, 150)).toBe(15_000)
    expect(realisationBasisPoints('decrease', 100, 0, 130)).toBe(-3000)
  })

  it('is exactly 10 000 at the target and 0 at the baseline', () => {
    fc.assert(
      fc.property(planned, ({ d, baseline, target }) => {
        expect(realisationBasisPoints(d, baseline, target, target)).toBe(FULL)
        expect(realisationBasisPoints(d, baseline, target, baseline)).toBe(0)
      }),
    )
  })

  it('is the same for an indicator counted the other way round (mirror the values)', () => {
    fc.assert(
      fc.property(planned, value, ({ d, baseline, target }, latest) => {
        const other: Direction = d === 'increase' ? 'decrease' : 'increase'
        expect(realisationBasisPoints(other, -baseline, -target, -latest)).toBe(realisationBasisPoints(d, baseline, target, latest))
        expect(realisedChange(other, -baseline, -latest)).toBe(realisedChange(d, baseline, latest))
      }),
    )
  })

  it('never falls when the latest value gets better', () => {
    fc.assert(
      fc.property(planned, value, fc.integer({ min: 0, max: 1_000_000 }), ({ d, baseline, target }, latest, step) => {
        const better = d === 'increase' ? latest + step : latest - step
        expect(realisationBasisPoints(d, baseline, target, better)!).toBeGreaterThanOrEqual(realisationBasisPoints(d, baseline, target, latest)!)
      }),
    )
  })

  it('reads the latest measurement by date, whatever order they come in', () => {
    const figures = { baseline: 1000, target: 2000, measurements: [{ value: 1900, date: '2026-06-30' }, { value: 1500, date: '2025-12-31' }] }
    expect(realisationOf('increase', figures)).toMatchObject({ realisedChange: 900, realisationBasisPoints: 9000, latest: { date: '2026-06-30' } })
    expect(realisationOf('increase', { ...figures, target: null }).realisationBasisPoints).toBeNull()
  })
})

describe('financial benefits added up', () => {
  it('the members’ realised öre add up to the collaboration’s total exactly, however it is grouped', () => {
    const member = fc.record({ d: direction, baseline: value, latest: value })
    fc.assert(
      fc.property(fc.array(member, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (members, groups) => {
        const realised = members.map((m) => realisedChange(m.d, m.baseline, m.latest))
        const total = exactSum(realised)
        // Per member group (say, per initiative) first, then the groups: the same öre.
        const perGroup = Array.from({ length: groups }, (_, g) => exactSum(realised.filter((_, i) => i % groups === g)))
        expect(exactSum(perGroup)).toBe(total)
        expect(BigInt(total)).toBe(members.reduce((sum, m) => sum + (m.d === 'increase' ? BigInt(m.latest) - BigInt(m.baseline) : BigInt(m.baseline) - BigInt(m.latest)), 0n))
      }),
    )
  })
})
