import { describe, expect, it } from 'vitest'
import { monthRows } from './BudgetChart'

describe('monthRows', () => {
  const budget = { year: 2026, totalOre: 1_200_000, actualByMonth: [{ month: '2026-01', actualOre: 100 }, { month: '2026-03', actualOre: 50 }, { month: '2026-03', actualOre: 25 }] }

  it('accumulates the actual month by month and spreads the budget evenly', () => {
    const rows = monthRows(budget, '2027-02-01')
    expect(rows).toHaveLength(12)
    expect(rows.map((r) => r.cumulativeOre).slice(0, 4)).toEqual([100, 100, 175, 175])
    expect(rows[11]).toEqual({ month: 12, actualOre: 0, cumulativeOre: 175, budgetToDateOre: 1_200_000 })
    expect(rows[2]!.budgetToDateOre).toBe(300_000)
  })

  it('stops the running total at this month in this year', () => {
    const rows = monthRows(budget, '2026-03-15')
    expect(rows.map((r) => r.cumulativeOre).slice(1, 5)).toEqual([100, 175, null, null])
    expect(monthRows(budget, '2025-12-31').every((r) => r.cumulativeOre === null)).toBe(true)
  })
})
