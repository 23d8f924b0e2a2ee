import { describe, expect, it } from 'vitest'
import { inKindValueOre, oreToInput, parseDecimal, parseKronor } from './money'

describe('parseKronor', () => {
  it('reads Swedish amounts exactly as öre', () => {
    expect(parseKronor('1 234 567,50')).toBe(123456750)
    expect(parseKronor('1\u00a0234\u00a0567,5 kr')).toBe(123456750)
    expect(parseKronor('1234567.05')).toBe(123456705)
    expect(parseKronor('0,01')).toBe(1)
    expect(parseKronor('12')).toBe(1200)
    expect(parseKronor(' 500 000 kr ')).toBe(50000000)
    // The float of 0.29 × 100 is 28.999…; string parsing is not fooled.
    expect(parseKronor('0,29')).toBe(29)
    expect(parseKronor('90071992547409,91')).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '1,234', '1.2.3', '12,', ',50', '1 234,567', '90071992547409,92']) expect(parseKronor(text)).toBeNull()
  })

  it('takes a minus only where a correction is allowed', () => {
    expect(parseKronor('-1 500')).toBeNull()
    expect(parseKronor('-1 500', { allowNegative: true })).toBe(-150000)
    expect(parseKronor('\u22121 500,25', { allowNegative: true })).toBe(-150025)
    expect(parseKronor('-0', { allowNegative: true })).toBe(0)
  })

  it('round-trips through the form value', () => {
    for (const ore of [0, 1, 99, 100, 123456750, -150025]) expect(parseKronor(oreToInput(ore), { allowNegative: true })).toBe(ore)
  })
})

describe('parseDecimal', () => {
  it('reads comma or point decimals', () => {
    expect(parseDecimal('48,5')).toBe(48.5)
    expect(parseDecimal('48')).toBe(48)
    expect(parseDecimal('0.125')).toBe(0.125)
    expect(parseDecimal('1,2345')).toBeNull()
    expect(parseDecimal('-1')).toBeNull()
  })
})

describe('inKindValueOre', () => {
  it('values hours at the rate, rounded half up to the öre as the API does', () => {
    expect(inKindValueOre(12.5, 97550)).toBe(1219375)
    expect(inKindValueOre(0.01, 50)).toBe(1) // 0,5 öre rounds up
    expect(inKindValueOre(0.01, 49)).toBe(0)
    expect(inKindValueOre(7.75, 85000)).toBe(658750)
    expect(inKindValueOre(0.29, 333)).toBe(97) // 96,57 öre; 0.29 × 100 is 28.999… in floating point
  })
})
