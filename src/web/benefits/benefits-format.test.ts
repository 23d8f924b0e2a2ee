import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBasisPoints, formatChange, formatHundredths, formatIndicatorValue, hundredthsToInput, parseHundredths } from './benefits-format'

const NBSP = '\u00a0'

describe('benefit figures in Swedish', () => {
  it('shows hundredths of a unit exactly, grouped with a no-break space', () => {
    expect(formatHundredths(1250)).toBe('12,5')
    expect(formatHundredths(123456)).toBe(`1${NBSP}234,56`)
    expect(formatHundredths(-300)).toBe('-3')
    expect(formatHundredths(5)).toBe('0,05')
  })

  it('shows money in kronor and other units after the figure', () => {
    expect(formatIndicatorValue(12345650, 'kr')).toBe(`123${NBSP}456,50${NBSP}kr`)
    expect(formatIndicatorValue(1250, 'timmar')).toBe(`12,5${NBSP}timmar`)
    expect(formatIndicatorValue(null, 'timmar')).toBe('–')
    expect(formatChange(1250, 'timmar')).toBe(`+12,5${NBSP}timmar`)
  })

  it('shows basis points as a percentage', () => {
    expect(formatBasisPoints(10000)).toBe(`100${NBSP}%`)
    expect(formatBasisPoints(4525)).toBe(`45,25${NBSP}%`)
    expect(formatBasisPoints(null)).toBe('–')
  })

  it('refuses what is not a figure with at most two decimals', () => {
    expect(parseHundredths('')).toBeNull()
    expect(parseHundredths('12,5')).toBe(1250)
    expect(parseHundredths('1 234,56')).toBe(123456)
    expect(parseHundredths('12,345')).toBeNaN()
    expect(parseHundredths('tolv')).toBeNaN()
  })

  it('reads back every value it writes into a field', () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (value) => parseHundredths(hundredthsToInput(value)) === value))
  })
})
