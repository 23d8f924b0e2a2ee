import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveAmount, explainLine, formatRate, quarterAmount, settleLateJoiner, type KeyDef, type LinePayer, type LineToSplit } from './invoice-basis'

const key = (overrides: Partial<KeyDef> = {}): KeyDef => ({
  id: '00000000-0000-4000-8000-000000000001',
  lineageId: '00000000-0000-4000-8000-000000000001',
  name: 'Befolkning 2025',
  versionNo: 1,
  kind: 'population',
  populationYear: 2025,
  unitName: '',
  fixedFeeOre: null,
  perInhabitantOre: null,
  weights: [],
  exempt: [],
  fixedAmounts: [],
  minimumOre: null,
  maximumOre: null,
  ...overrides,
})
const payer = (code: string, name: string, population: number, units = 0): LinePayer => ({ memberId: `m${code}`, code, name, population, populationYear: 2025, units, weight: 0 })
const line = (amountOre: number, keyDef: KeyDef, payers: LinePayer[], overrides: Partial<LineToSplit> = {}): LineToSplit => ({
  budgetId: 'b',
  initiativeId: null,
  scopeName: 'Norrbottens e-nämnd',
  costLineId: 'l',
  category: 'consultants',
  description: 'Externa konsulter',
  amountOre,
  paidInAdvance: false,
  index: null,
  key: keyDef,
  payers,
  ...overrides,
})

const kalix = payer('2514', 'Kalix', 15_391)
const boden = payer('2582', 'Boden', 28_049)
const pitea = payer('2581', 'Piteå', 42_447)

describe('a member’s invoice line, explained', () => {
  it('says how Kalix’s share of 300 000 kr by population is computed, with the figures a finance office can check', () => {
    const explained = explainLine(line(30_000_000, key(), [kalix, boden, pitea]), kalix.memberId, 'sv')!
    // 30 000 000 × 15 391 / 85 887 = 5 376 017,33 öre; the one öre left over goes to Piteå's larger remainder (,45).
    expect(explained.yearAmountOre).toBe(5_376_017)
    expect(explained.quantity).toMatchObject({ kind: 'population', value: 15_391, basisTotal: 85_887, year: 2025, payers: 3 })
    expect(explained.formula).toBe('300\u00a0000\u00a0kr × 15\u00a0391 av 85\u00a0887 invånare (2025) = 53\u00a0760,17\u00a0kr (avrundat till hela öre).')
    expect(explainLine(line(30_000_000, key(), [boden, pitea]), kalix.memberId, 'sv')).toBeNull()
    expect(explained.roundingOre).toBe(0)
  })

  it('says which member got the öre left over: Piteå’s larger remainder gets +1 öre', () => {
    const explained = explainLine(line(30_000_000, key(), [kalix, boden, pitea]), pitea.memberId, 'sv')!
    expect(explained.roundingOre).toBe(1)
    expect(explained.formula).toMatch(/varav \+1 öre avrundning\)\.$/)
  })

  it('charges IT-forum’s fixed fee plus 0,48 kr per inhabitant and says so', () => {
    const price = key({ kind: 'price', fixedFeeOre: 2_500_000, perInhabitantOre: 48 })
    const explained = explainLine(line(0, price, [kalix, boden]), kalix.memberId, 'sv')!
    expect(explained.yearAmountOre).toBe(2_500_000 + 15_391 * 48)
    expect(explained.lineTotalOre).toBe(2 * 2_500_000 + (15_391 + 28_049) * 48)
    expect(explained.formula).toContain('25\u00a0000\u00a0kr fast avgift + 15\u00a0391 invånare × 0,48\u00a0kr')
    expect(formatRate(48.5)).toBe('0,485\u00a0kr')
    expect(formatRate(600)).toBe('6,00\u00a0kr')
  })

  it('raises an indexed fee by AKI before splitting it, and says when the index value is missing', () => {
    const indexed = line(25_000_000, key({ kind: 'equal' }), [kalix, boden], { index: { series: 'AKI', fromYear: 2025, toYear: 2026, from: 100, to: 103.4 } })
    expect(effectiveAmount(indexed)).toBe(25_850_000)
    expect(explainLine(indexed, kalix.memberId, 'sv')!.formula).toMatch(/^250\u00a0000\u00a0kr uppräknat med AKI 2026 \(103,4\) \/ AKI 2025 \(100\)/)
    const missing = { ...indexed, index: { ...indexed.index!, to: null } }
    expect(effectiveAmount(missing)).toBe(25_000_000)
    expect(explainLine(missing, kalix.memberId, 'en')!.formula).toMatch(/^AKI 2026 is missing/)
  })

  it('names a fixed amount, an exemption and a cap instead of the key’s share', () => {
    const rules = key({ fixedAmounts: [{ memberId: pitea.memberId, amountOre: 1_000_000 }], exempt: [boden.memberId], maximumOre: 2_000_000 })
    const payers = [kalix, boden, pitea, payer('2580', 'Luleå', 79_645)]
    const explain = (p: LinePayer) => explainLine(line(5_000_000, rules, payers), p.memberId, 'sv')!
    expect(explain(pitea).quantity.kind).toBe('fixed')
    expect(explain(boden)).toMatchObject({ yearAmountOre: 0, quantity: { kind: 'exempt' } })
    expect(explain(payers[3]!)).toMatchObject({ yearAmountOre: 2_000_000, quantity: { kind: 'maximum' } })
    expect(explain(kalix).yearAmountOre).toBe(2_000_000)
    expect(explain(kalix).formula).toMatch(/^Efter fasta belopp, undantag och tak återstår/)
  })

  const payersArb = fc.uniqueArray(fc.record({ code: fc.integer({ min: 1000, max: 9999 }).map(String), population: fc.integer({ min: 0, max: 1_000_000 }), units: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 30, selector: (p) => p.code })
  const kindArb = fc.constantFrom<KeyDef['kind']>('equal', 'population', 'units', 'price')

  it('adds up, over every member’s explained line, to exactly the line’s total', () => {
    fc.assert(
      fc.property(payersArb, kindArb, fc.integer({ min: 0, max: 5_000_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 2_000 }), (raw, kind, amount, fixedFee, rate) => {
        const payers = raw.map((p) => payer(p.code, `Kommun ${p.code}`, p.population, p.units))
        const split = line(amount, key({ kind, fixedFeeOre: fixedFee, perInhabitantOre: rate }), payers)
        const shares = payers.map((p) => explainLine(split, p.memberId, 'en')!.yearAmountOre)
        expect(shares.every((s) => Number.isSafeInteger(s) && s >= 0)).toBe(true)
        expect(shares.reduce((a, b) => a + b, 0)).toBe(effectiveAmount(split))
      }),
    )
  })

  it('puts a year’s amount into four quarters that add up to it, an advance wholly in the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.boolean(), (amount, advance) => {
        const quarters = [1, 2, 3, 4].map((q) => quarterAmount(amount, q, advance))
        expect(quarters.reduce((a, b) => a + b, 0)).toBe(amount)
        if (advance) expect(quarters.slice(1)).toEqual([0, 0, 0])
        else expect(Math.max(...quarters.map(Math.abs)) - Math.min(...quarters.map(Math.abs))).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('credits exactly a late joiner’s buy-in to the earlier participants, none negative, over lines of several years', () => {
    fc.assert(
      fc.property(payersArb, fc.array(fc.record({ amount: fc.integer({ min: 0, max: 100_000_000 }), kind: fc.constantFrom<KeyDef['kind']>('equal', 'population', 'units') }), { minLength: 1, maxLength: 5 }), (raw, lines) => {
        fc.pre(raw.length >= 2)
        const payers = raw.map((p) => payer(p.code, `Kommun ${p.code}`, p.population, p.units))
        const [joiner, ...earlier] = payers
        const settled = settleLateJoiner(lines.map((l, i) => ({ year: 2024 + i, description: `Rad ${i}`, total: l.amount, key: key({ kind: l.kind }), earlier, joiner: joiner! })))
        expect(settled.credits.reduce((sum, c) => sum + c.creditOre, 0)).toBe(settled.buyInOre)
        expect(settled.credits.every((c) => c.creditOre >= 0)).toBe(true)
        expect(settled.lines.reduce((sum, l) => sum + l.joinerShareOre, 0)).toBe(settled.buyInOre)
      }),
    )
  })
})
