import { describe, expect, it } from 'vitest'
import { MISSING, formatDate, formatDateTime, formatKronor, formatNumber, formatPopulation, formatShare, todayInSweden } from './format'

// Written with explicit escapes so the expected no-break spaces are visible in the test.
const NBSP = '\u00a0'

describe('formatNumber', () => {
  it('groups thousands with no-break spaces', () => {
    expect(formatNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`)
    expect(formatNumber(999)).toBe('999')
    expect(formatNumber(0)).toBe('0')
  })
  it('rounds to whole numbers and uses a plain minus sign', () => {
    expect(formatNumber(-1234.6)).toBe(`-1${NBSP}235`)
  })
  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe(MISSING)
    expect(formatNumber(undefined)).toBe(MISSING)
    expect(formatNumber(Number.NaN)).toBe(MISSING)
  })
})

describe('formatKronor', () => {
  it('writes whole kronor with kr', () => {
    expect(formatKronor(1234567)).toBe(`1${NBSP}234${NBSP}567${NBSP}kr`)
  })
  it('keeps öre with two decimals and a decimal comma', () => {
    expect(formatKronor(1234.5)).toBe(`1${NBSP}234,50${NBSP}kr`)
  })
  it('handles negative amounts and missing values', () => {
    expect(formatKronor(-500)).toBe(`-500${NBSP}kr`)
    expect(formatKronor(null)).toBe(MISSING)
  })
})

describe('formatPopulation', () => {
  it('writes inhabitants in Swedish by default and in English on request', () => {
    expect(formatPopulation(12345)).toBe(`12${NBSP}345${NBSP}invånare`)
    expect(formatPopulation(12345, 'en')).toBe(`12${NBSP}345${NBSP}inhabitants`)
    expect(formatPopulation(null)).toBe(MISSING)
  })
})

describe('formatShare', () => {
  it('writes a share as a percentage with one decimal and a decimal comma', () => {
    expect(formatShare(0.1234)).toBe(`12,3${NBSP}%`)
    expect(formatShare(1)).toBe(`100,0${NBSP}%`)
    expect(formatShare(null)).toBe(MISSING)
  })
})

describe('formatDate and formatDateTime', () => {
  it('keeps ISO dates as they are', () => {
    expect(formatDate('2026-11-24')).toBe('2026-11-24')
  })
  it('shows timestamps as the date in Sweden', () => {
    // 23:30 UTC on 24 November is already 25 November in Stockholm.
    expect(formatDate('2026-11-24T23:30:00Z')).toBe('2026-11-25')
    expect(formatDate(new Date('2026-06-01T10:00:00Z'))).toBe('2026-06-01')
  })
  it('shows date and time in Swedish time, summer and winter', () => {
    expect(formatDateTime('2026-11-24T13:05:00Z')).toBe('2026-11-24 14:05')
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('2026-07-01 15:05')
  })
  it('shows a dash for missing or invalid values', () => {
    expect(formatDate(null)).toBe(MISSING)
    expect(formatDate('not a date')).toBe(MISSING)
    expect(formatDateTime('')).toBe(MISSING)
  })
  it('gives today in Sweden', () => {
    expect(todayInSweden(new Date('2026-11-24T22:59:00Z'))).toBe('2026-11-24')
    expect(todayInSweden(new Date('2026-11-24T23:01:00Z'))).toBe('2026-11-25')
  })
})
