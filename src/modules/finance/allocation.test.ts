import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePopulationCsv } from '../members'
import { AllocationError, chargeByPrice, splitCost, splitCostExplained, type CostKey, type Payer } from './allocation'

const payer = (code: string, population: number, units = 0, weight = 0): Payer => ({ memberId: `m${code}`, code, population, units, weight })
const sum = (shares: Map<string, number>) => [...shares.values()].reduce((a, b) => a + b, 0)

describe('splitting a cost exactly to the öre', () => {
  it('names the members the remainder rule gave an extra öre: 100 öre in three equal parts is 34 + 33 + 33', () => {
    const split = splitCostExplained(100, [payer('2514', 1), payer('2510', 1), payer('2580', 1)], { kind: 'equal' })
    expect(Object.fromEntries(split.shares)).toEqual({ m2510: 34, m2514: 33, m2580: 33 })
    expect([...split.roundedUp]).toEqual(['m2510'])
    // An exact split rounds nobody up.
    expect(splitCostExplained(99, [payer('2514', 1), payer('2510', 1), payer('2580', 1)], { kind: 'equal' }).roundedUp.size).toBe(0)
  })

  it('rounds up exactly as many members as there are öre left over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 20 }), (total, populations) => {
        const payers = populations.map((population, i) => payer(String(1000 + i), population))
        const split = splitCostExplained(total, payers, { kind: 'population' })
        const weightSum = populations.reduce((a, b) => a + b, 0)
        const floors = populations.map((p) => (weightSum === 0 ? Math.floor(total / populations.length) : Number((BigInt(total) * BigInt(p)) / BigInt(weightSum))))
        expect(split.roundedUp.size).toBe(total - floors.reduce((a, b) => a + b, 0))
      }),
    )
  })

  it('splits 1 000 000 kr over Norrbotten’s municipalities by their population in the shipped data', () => {
    const norrbotten = parsePopulationCsv(readFileSync('reference-data/kommuner.csv', 'utf8')).filter((row) => row.countyCode === '25')
    const payers = norrbotten.map((row) => payer(row.code, row.population))
    const shares = splitCost(100_000_000, payers, { kind: 'population' })
    // Worked by hand with exact fractions: 248 620 inhabitants, 6 öre left after the whole öre, given to the largest remainders.
    expect(Object.fromEntries([...shares].map(([id, ore]) => [id.slice(1), ore]))).toEqual({
      '2505': 2_449_119, // Arvidsjaur 6 089
      '2506': 1_045_370, // Arjeplog 2 599
      '2510': 1_890_837, // Jokkmokk 4 701
      '2513': 1_287_507, // Överkalix 3 201
      '2514': 6_190_572, // Kalix 15 391
      '2518': 1_631_808, // Övertorneå 4 057
      '2521': 2_355_804, // Pajala 5 857
      '2523': 6_931_462, // Gällivare 17 233
      '2560': 3_126_860, // Älvsbyn 7 774
      '2580': 32_034_832, // Luleå 79 645
      '2581': 17_073_043, // Piteå 42 447
      '2582': 11_281_876, // Boden 28 049
      '2583': 3_680_718, // Haparanda 9 151
      '2584': 9_020_192, // Kiruna 22 426
    })
    expect(sum(shares)).toBe(100_000_000)
  })

  it('breaks ties by member code: 100 öre in three equal parts gives the extra öre to the lowest code', () => {
    const shares = splitCost(100, [payer('2584', 1), payer('2505', 1), payer('2580', 1)], { kind: 'equal' })
    expect([...shares.values()]).toEqual([33, 34, 33])
  })

  it('takes a fixed fee first, exempts members, and re-spreads what a cap keeps a member from paying', () => {
    const payers = [payer('A', 1000), payer('B', 100), payer('C', 100), payer('R', 5000)]
    const shares = splitCost(10_000, payers, { kind: 'population' }, { fixed: [{ memberId: 'mR', amount: 4_000 }], maximum: 3_000, exempt: ['mC'] })
    expect(Object.fromEntries(shares)).toEqual({ mA: 3_000, mB: 3_000, mC: 0, mR: 4_000 })
    expect(() => splitCost(10_000, payers, { kind: 'equal' }, { maximum: 2_000 })).toThrow(AllocationError)
  })

  it('finds who pays the floor and who the cap together: a cap fixed first must not leave too little for a floor', () => {
    // Two large members would exceed the cap at first, but once the member without inhabitants pays the floor they do not.
    const payers = [payer('0000', 0), payer('0001', 0), payer('0002', 1), payer('0010', 1)]
    const shares = splitCost(3_426_954_209, payers, { kind: 'population' }, { exempt: ['m0000'], minimum: 2, maximum: 1_713_477_104 })
    expect(Object.fromEntries(shares)).toEqual({ m0000: 0, m0001: 2, m0002: 1_713_477_104, m0010: 1_713_477_103 })
  })

  it('charges a fixed fee plus 0.48 kr per inhabitant (IT-forum)', () => {
    const charges = chargeByPrice([payer('2514', 15_391), payer('2580', 79_645)], { fixed: 1_000_000, perInhabitantOre: 48 })
    expect(Object.fromEntries(charges)).toEqual({ m2514: 1_000_000 + 738_768, m2580: 1_000_000 + 3_822_960 })
  })

  const payersArb = fc.uniqueArray(fc.record({ code: fc.stringMatching(/^[0-9]{4}$/), population: fc.integer({ min: 0, max: 1_000_000 }), units: fc.integer({ min: 0, max: 500 }), weight: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 30, selector: (p) => p.code })
  const keyArb = fc.constantFrom<CostKey>({ kind: 'equal' }, { kind: 'population' }, { kind: 'units' }, { kind: 'weights' })

  it('never loses or invents an öre, never charges a negative amount, and respects caps and exemptions', () => {
    fc.assert(
      fc.property(payersArb, keyArb, fc.integer({ min: 0, max: 10_000_000_000 }), fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 2_000_000_000 }), { nil: null }), fc.nat(), (raw, key, total, minimum, maximum, pick) => {
        const payers = raw.map((p) => payer(p.code, p.population, p.units, p.weight))
        const exempt = payers.length > 1 ? [payers[pick % payers.length]!.memberId] : []
        let shares: Map<string, number>
        try {
          shares = splitCost(total, payers, key, { exempt, minimum, maximum })
        } catch (error) {
          // Refused only when the caps cannot hold for this total.
          expect((error as AllocationError).code).toBe('caps_infeasible')
          const free = payers.length - exempt.length
          expect((minimum !== null && minimum * free > total) || (maximum !== null && maximum * free < total) || (minimum !== null && maximum !== null && minimum > maximum)).toBe(true)
          return
        }
        expect(sum(shares)).toBe(total)
        for (const [memberId, ore] of shares) {
          expect(Number.isSafeInteger(ore) && ore >= 0).toBe(true)
          if (exempt.includes(memberId)) expect(ore).toBe(0)
          else {
            if (minimum !== null) expect(ore).toBeGreaterThanOrEqual(minimum)
            if (maximum !== null) expect(ore).toBeLessThanOrEqual(maximum)
          }
        }
      }),
    )
  })

  it('gives the same split whatever order the members come in', () => {
    fc.assert(
      fc.property(payersArb, keyArb, fc.integer({ min: 0, max: 1_000_000_000 }), fc.func(fc.integer()), (raw, key, total, shuffleBy) => {
        const payers = raw.map((p) => payer(p.code, p.population, p.units, p.weight))
        const shuffled = [...payers].sort((a, b) => shuffleBy(a.code) - shuffleBy(b.code))
        expect(Object.fromEntries(splitCost(total, shuffled, key))).toEqual(Object.fromEntries(splitCost(total, payers, key)))
      }),
    )
  })

  it('is within one öre of each member’s exact share when nothing is capped', () => {
    fc.assert(
      fc.property(payersArb, fc.integer({ min: 0, max: 1_000_000_000 }), (raw, total) => {
        const payers = raw.map((p) => payer(p.code, p.population))
        const population = payers.reduce((a, p) => a + p.population, 0)
        const shares = splitCost(total, payers, { kind: 'population' })
        for (const p of payers) {
          const exact = population === 0 ? total / payers.length : (total * p.population) / population
          expect(Math.abs(shares.get(p.memberId)! - exact)).toBeLessThan(1.000001)
        }
      }),
    )
  })
})
