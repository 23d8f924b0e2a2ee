/**
 * What a year's money figures rest on that is not final (issue 12), so that an invoice basis or an overview
 * never looks final when it is not: budgets still in draft, budgets not yet drafted for the year, and index
 * values missing for a line's uplift (the line is then not raised). Pure: the service loads the rows.
 */
import type { YearGaps } from './finance.schema'
import type { IndexUplift } from './invoice-basis'

export interface GapBudget {
  id: string
  initiativeId: string | null
  scopeName: string
  year: number
  status: 'draft' | 'adopted'
  /** An initiative stopped or completed needs no further budgets. */
  ended?: boolean
}

export interface GapLine {
  budgetId: string
  description: string
  index: IndexUplift | null
  /** A price key charges per inhabitant; an index does not raise it. */
  priceKey: boolean
}

export interface GapInput {
  year: number
  budgets: readonly GapBudget[]
  lines: readonly GapLine[]
  /** Only the budgets that concern the reader (a member's basis: the budgets it shares); every budget when absent. */
  concerns?: (budget: GapBudget) => boolean
}

/**
 * The gaps of `year`: its draft budgets; a scope without a budget this year that needs one (the collaboration's
 * own budget when an earlier year had one, an initiative still running that had one the year before); and every
 * index value a line of the year needs but the series lacks. Preliminary when any of these is there.
 */
export function yearGaps({ year, budgets, lines, concerns = () => true }: GapInput): YearGaps {
  const ofYear = budgets.filter((b) => b.year === year && concerns(b))
  const draftBudgets = ofYear.filter((b) => b.status === 'draft').map((b) => ({ budgetId: b.id, scopeName: b.scopeName }))

  const scope = (b: GapBudget) => b.initiativeId ?? ''
  const drafted = new Set(budgets.filter((b) => b.year === year).map(scope))
  const missing = new Map<string, YearGaps['missingBudgets'][number]>()
  const earlier = budgets.filter((b) => b.year < year && concerns(b)).sort((a, b) => b.year - a.year)
  for (const budget of earlier) {
    const key = scope(budget)
    if (drafted.has(key) || missing.has(key)) continue
    const needed = budget.initiativeId === null || (budget.year === year - 1 && !budget.ended)
    // The newest earlier budget decides; an older one of the same scope is not looked at again.
    drafted.add(key)
    if (needed) missing.set(key, { initiativeId: budget.initiativeId, scopeName: budget.scopeName, lastYear: budget.year })
  }

  const missingIndex = new Map<string, YearGaps['missingIndex'][number]>()
  const ofYearById = new Map(ofYear.map((b) => [b.id, b]))
  for (const line of lines) {
    const budget = ofYearById.get(line.budgetId)
    if (!budget || !line.index || line.priceKey) continue
    const years = [line.index.from === null ? line.index.fromYear : null, line.index.to === null ? line.index.toYear : null].filter((y): y is number => y !== null)
    for (const missingYear of new Set(years)) {
      const key = `${line.index.series}/${missingYear}`
      const entry = missingIndex.get(key) ?? { series: line.index.series, year: missingYear, lines: [] }
      entry.lines.push({ budgetId: budget.id, scopeName: budget.scopeName, description: line.description })
      missingIndex.set(key, entry)
    }
  }

  const gaps = {
    draftBudgets,
    missingBudgets: [...missing.values()],
    missingIndex: [...missingIndex.values()].sort((a, b) => a.series.localeCompare(b.series) || a.year - b.year),
  }
  return { preliminary: gaps.draftBudgets.length + gaps.missingBudgets.length + gaps.missingIndex.length > 0, ...gaps }
}
