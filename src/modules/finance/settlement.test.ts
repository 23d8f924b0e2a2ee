import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CostKey, Payer } from './allocation'
import { lateJoinerSettlement, upliftByIndex } from './settlement'

const payer = (code: string, population: number): Payer => ({ memberId: `m${code}`, code, population, units: 0, weight: 0 })

describe('a late joiner’s buy-in', () => {
  it('charges Luleå what it would have paid from the start, credited to Kalix and Boden by what they paid', () => {
    // A pre-study of 300 000 kr and a project year of 900 000 kr, split by population among Kalix and Boden.
    const kalix = payer('2514', 15_391)
    const boden = payer('2582', 28_049)
    const lulea = payer('2580', 79_645)
    const settlement = lateJoinerSettlement([{ total: 30_000_000, key: { kind: 'population' } }, { total: 90_000_000, key: { kind: 'population' } }], [kalix, boden], lulea)
    // Worked by hand: Luleå's share is 79 645 / 123 085 of each line: 19 412 194.82 and 58 236 584.47 öre,
    // each rounded up because its fraction is the largest of the three and one öre is left on each line.
    expect(settlement.lines.map((l) => l.joinerShare)).toEqual([19_412_195, 58_236_585])
    expect(settlement.buyIn).toBe(77_648_780)
    expect([...settlement.credits.values()].reduce((a, b) => a + b, 0)).toBe(settlement.buyIn)
    expect(settlement.credits.get('m2582')! > settlement.credits.get('m2514')!).toBe(true)
  })

  it('always credits exactly the buy-in, never a negative amount, whatever the lines', () => {
    const keyArb = fc.constantFrom<CostKey>({ kind: 'equal' }, { kind: 'population' })
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ code: fc.stringMatching(/^[0-9]{4}$/), population: fc.integer({ min: 0, max: 200_000 }) }), { minLength: 2, maxLength: 12, selector: (p) => p.code }),
        fc.array(fc.record({ total: fc.integer({ min: 0, max: 1_000_000_000 }), key: keyArb }), { maxLength: 8 }),
        (raw, lines) => {
          const [joiner, ...earlier] = raw.map((p) => payer(p.code, p.population))
          const settlement = lateJoinerSettlement(lines, earlier, joiner!)
          expect([...settlement.credits.values()].reduce((a, b) => a + b, 0)).toBe(settlement.buyIn)
          expect([...settlement.credits.values()].every((c) => Number.isSafeInteger(c) && c >= 0)).toBe(true)
          expect(settlement.buyIn).toBeLessThanOrEqual(lines.reduce((a, l) => a + l.total, 0))
        },
      ),
    )
  })
})

describe('a base fee raised by an index', () => {
  it('raises 250 000 kr by AKI from 100.0 to 103.4 to 258 500 kr, and rounds half an öre up', () => {
    expect(upliftByIndex(25_000_000, 100, 103.4)).toBe(25_850_000)
    expect(upliftByIndex(1, 2, 3)).toBe(2) // 1.5 öre → 2
    expect(upliftByIndex(12_345, 101.5, 101.5)).toBe(12_345)
  })
})
