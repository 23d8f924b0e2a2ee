import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { appealPeriodEnds, easterSunday, isNonWorkingDay, swedishHolidays } from './appeal-period.js'

const DAY_MS = 86_400_000
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

describe('swedishHolidays', () => {
  it('finds Easter by the Gregorian computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
    expect(easterSunday(2038)).toBe('2038-04-25') // latest possible
    expect(easterSunday(2285)).toBe('2285-03-22') // earliest possible
  })

  it('lists the holidays and the afton days of 2026', () => {
    expect(swedishHolidays(2026)).toEqual([
      '2026-01-01', '2026-01-06', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-14',
      '2026-05-24', '2026-06-06', '2026-06-19', '2026-06-20', '2026-10-31', '2026-12-24', '2026-12-25',
      '2026-12-26', '2026-12-31',
    ])
  })

  it('places midsommardagen and alla helgons dag on the Saturday of their week', () => {
    for (let year = 2020; year < 2060; year++) {
      const days = swedishHolidays(year)
      const isSaturday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6
      const midsummer = days.filter((d) => d >= `${year}-06-20` && d <= `${year}-06-26` && isSaturday(d))
      const allSaints = days.filter((d) => d >= `${year}-10-31` && d <= `${year}-11-06`)
      expect(midsummer).toHaveLength(1)
      expect(days).toContain(addDays(midsummer[0]!, -1)) // midsommarafton
      expect(allSaints).toHaveLength(1)
      expect(isSaturday(allSaints[0]!)).toBe(true)
    }
  })
})

describe('isNonWorkingDay', () => {
  it('counts weekends, holidays and the three afton days', () => {
    expect(isNonWorkingDay('2026-11-28')).toBe(true) // Saturday
    expect(isNonWorkingDay('2026-11-29')).toBe(true) // Sunday
    expect(isNonWorkingDay('2026-12-24')).toBe(true) // julafton, Thursday
    expect(isNonWorkingDay('2026-06-19')).toBe(true) // midsommarafton, Friday
    expect(isNonWorkingDay('2026-05-14')).toBe(true) // Kristi himmelsfärd
    expect(isNonWorkingDay('2026-11-24')).toBe(false)
    expect(isNonWorkingDay('2026-04-02')).toBe(false) // skärtorsdagen is a working day
  })

  it('rejects what is not an ISO date', () => {
    expect(() => isNonWorkingDay('2026-02-30')).toThrow(RangeError)
    expect(() => isNonWorkingDay('24/11/2026')).toThrow(RangeError)
  })
})

describe('appealPeriodEnds', () => {
  it('is three weeks later when that day is a working day', () => {
    expect(appealPeriodEnds('2026-11-24')).toBe('2026-12-15') // a Tuesday
  })

  it('rolls past nyårsafton, nyårsdagen and a weekend into the new year', () => {
    // 2026-12-31 nyårsafton → 01-01 nyårsdagen → 01-02/03 weekend → Monday.
    expect(appealPeriodEnds('2026-12-10')).toBe('2027-01-04')
    expect(appealPeriodEnds('2026-12-15')).toBe('2027-01-05')
  })

  it('rolls past midsommarafton and the midsummer weekend', () => {
    expect(appealPeriodEnds('2026-05-29')).toBe('2026-06-22')
  })

  it('rolls past Easter from långfredagen to the Tuesday', () => {
    expect(appealPeriodEnds('2026-03-13')).toBe('2026-04-07')
  })

  it('ends on the first working day from notice + 21 days', () => {
    const noticeDates = fc
      .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
      .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10))
    fc.assert(
      fc.property(noticeDates, (notice) => {
        const earliest = addDays(notice, 21)
        const end = appealPeriodEnds(notice)
        expect(end >= earliest).toBe(true)
        expect(isNonWorkingDay(end)).toBe(false)
        for (let day = earliest; day < end; day = addDays(day, 1)) expect(isNonWorkingDay(day)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
