import { describe, expect, it } from 'vitest'
import { latestApprovalDay, latestPostingDay } from './minutes'

describe('the last day to post an approval (kommunallagen 8 kap. 12 §)', () => {
  it('is the second day after the approval, over month, year and leap-day ends and regardless of weekends', () => {
    expect(latestPostingDay('2026-12-09')).toBe('2026-12-11')
    expect(latestPostingDay('2026-09-18')).toBe('2026-09-20')
    expect(latestPostingDay('2026-12-30')).toBe('2027-01-01')
    expect(latestPostingDay('2028-02-28')).toBe('2028-03-01')
    expect(latestPostingDay('2026-10-24')).toBe('2026-10-26')
  })
})

describe('the last day to approve minutes (kommunallagen 5 kap. 69 §)', () => {
  it('is the fourteenth day after the meeting, over month and year ends', () => {
    expect(latestApprovalDay('2026-12-09')).toBe('2026-12-23')
    expect(latestApprovalDay('2026-12-20')).toBe('2027-01-03')
    expect(latestApprovalDay('2028-02-20')).toBe('2028-03-05')
  })
})
