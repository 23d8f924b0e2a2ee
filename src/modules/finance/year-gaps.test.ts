import { describe, expect, it } from 'vitest'
import { yearGaps, type GapBudget, type GapLine } from './year-gaps'

const base = (year: number, status: GapBudget['status'] = 'adopted'): GapBudget => ({ id: `00000000-0000-4000-8000-0000000${year}0`, initiativeId: null, scopeName: 'Norrbottens e-nämnd', year, status })
const earkiv = (year: number, status: GapBudget['status'] = 'adopted', ended = false): GapBudget => ({ id: `00000000-0000-4000-8000-0000000${year}1`, initiativeId: 'earkiv', scopeName: 'E-arkiv', year, status, ended })
const indexed = (budget: GapBudget, from: number | null, to: number | null): GapLine => ({
  budgetId: budget.id,
  description: 'E-samordnare',
  index: { series: 'AKI', fromYear: budget.year - 1, toYear: budget.year, from, to },
  priceKey: false,
})

describe('what a year’s figures lack', () => {
  it('is final when every budget of the year is adopted and nothing is missing', () => {
    const gaps = yearGaps({ year: 2026, budgets: [base(2025), base(2026), earkiv(2025), earkiv(2026)], lines: [indexed(base(2026), 103.1, 106.4)] })
    expect(gaps).toEqual({ preliminary: false, draftBudgets: [], missingBudgets: [], missingIndex: [] })
  })

  it('names the draft budgets the year rests on', () => {
    const gaps = yearGaps({ year: 2027, budgets: [base(2026), base(2027, 'draft')], lines: [] })
    expect(gaps.preliminary).toBe(true)
    expect(gaps.draftBudgets).toEqual([{ budgetId: base(2027).id, scopeName: 'Norrbottens e-nämnd' }])
  })

  it('names an initiative that had a budget the year before but has none this year, and the collaboration’s own budget not yet drafted', () => {
    const gaps = yearGaps({ year: 2027, budgets: [base(2025), base(2026), earkiv(2025), earkiv(2026)], lines: [] })
    expect(gaps.missingBudgets).toEqual([
      { initiativeId: null, scopeName: 'Norrbottens e-nämnd', lastYear: 2026 },
      { initiativeId: 'earkiv', scopeName: 'E-arkiv', lastYear: 2026 },
    ])
    expect(gaps.preliminary).toBe(true)
  })

  it('expects no budget of an initiative that has ended, or whose last budget was years ago', () => {
    expect(yearGaps({ year: 2027, budgets: [base(2027), earkiv(2026, 'adopted', true)], lines: [] }).missingBudgets).toEqual([])
    expect(yearGaps({ year: 2028, budgets: [base(2028), earkiv(2026)], lines: [] }).missingBudgets).toEqual([])
    // The collaboration's own budget is expected every year after its first.
    expect(yearGaps({ year: 2029, budgets: [base(2026)], lines: [] }).missingBudgets).toEqual([{ initiativeId: null, scopeName: 'Norrbottens e-nämnd', lastYear: 2026 }])
  })

  it('names every index value a line needs and lacks, once per series and year, with the lines it holds back', () => {
    const budget = base(2027, 'adopted')
    const other: GapLine = { ...indexed(budget, 106.4, null), description: 'Nämndsekreterare' }
    const gaps = yearGaps({ year: 2027, budgets: [budget], lines: [indexed(budget, 106.4, null), other, { ...indexed(budget, null, null), priceKey: true }] })
    expect(gaps.missingIndex).toEqual([
      {
        series: 'AKI',
        year: 2027,
        lines: [
          { budgetId: budget.id, scopeName: 'Norrbottens e-nämnd', description: 'E-samordnare' },
          { budgetId: budget.id, scopeName: 'Norrbottens e-nämnd', description: 'Nämndsekreterare' },
        ],
      },
    ])
    expect(gaps.preliminary).toBe(true)
  })

  it('looks only at the budgets that concern the reader', () => {
    const gaps = yearGaps({ year: 2027, budgets: [base(2026), base(2027, 'draft'), earkiv(2026)], lines: [], concerns: (b) => b.initiativeId === null })
    expect(gaps.draftBudgets).toHaveLength(1)
    expect(gaps.missingBudgets).toEqual([])
  })
})
