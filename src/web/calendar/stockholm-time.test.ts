import { describe, expect, it } from 'vitest'
import { stockholmIso, stockholmMonth, stockholmTime } from './stockholm-time'

describe('stockholmIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(stockholmIso('2026-11-24', '13:30')).toBe('2026-11-24T13:30:00+01:00')
    expect(stockholmIso('2026-06-15', '09:00')).toBe('2026-06-15T09:00:00+02:00')
  })

  it('takes the offset on each side of the daylight-saving changes', () => {
    // 2026: summer time from 29 March 02:00, winter time from 25 October 03:00.
    expect(stockholmIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00')
    expect(stockholmIso('2026-03-29', '10:00')).toBe('2026-03-29T10:00:00+02:00')
    expect(stockholmIso('2026-10-25', '10:00')).toBe('2026-10-25T10:00:00+01:00')
    expect(stockholmIso('2026-10-24', '23:30')).toBe('2026-10-24T23:30:00+02:00')
  })

  it('gives the same instant back when read in Swedish time', () => {
    const iso = stockholmIso('2026-12-31', '23:45') ?? ''
    expect(stockholmTime(iso)).toBe('23:45')
    expect(stockholmMonth(iso)).toBe('2026-12')
  })

  it('accepts 9.00 and refuses what is not a date or a time', () => {
    expect(stockholmIso('2026-01-05', '9.00')).toBe('2026-01-05T09:00:00+01:00')
    expect(stockholmIso('2026-02-30', '10:00')).toBeNull()
    expect(stockholmIso('2026-01-05', '25:00')).toBeNull()
    expect(stockholmIso('5/1/2026', '10:00')).toBeNull()
  })
})
