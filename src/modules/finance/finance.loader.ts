/**
 * The reads of the money pages and writes, and nothing else: one load of the collaboration's finance records
 * for the budgets a caller splits. budget-split.ts works out the splits from them, finance.presenter.ts shapes
 * the answers. The splits are never stored; they follow from the keys, members and participants each time.
 */
import { today as clockToday } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import * as repo from './finance.repository'
import { listJoinedParticipations, type JoinedParticipation } from '../initiatives'
import { listMemberFigures } from '../members'

/**
 * Which budgets' lines a read splits: every budget (null), those `pick` chooses, the earlier budgets late joiners
 * buy into (`joiners`), or one year's together with those its late joiners buy into. Every budget row is read
 * either way: the gaps look at earlier years.
 */
export type FinanceScope = null | { pick: (budgets: repo.BudgetRow[]) => repo.BudgetRow[] } | { joiners: true } | { year: number }

/** An initiative's budgets before the (latest) year a member joined it at a gate, in `year` only when given. */
function boughtInto(budgets: repo.BudgetRow[], participations: JoinedParticipation[], year?: number): (budget: repo.BudgetRow) => boolean {
  const lastJoin = new Map<string, number>()
  for (const p of participations) {
    if (!p.joinedAtPhase || !p.joinedOn) continue
    const joinYear = Number(p.joinedOn.slice(0, 4))
    if (year === undefined || joinYear === year) lastJoin.set(p.initiativeId, Math.max(joinYear, lastJoin.get(p.initiativeId) ?? joinYear))
  }
  return (b) => b.initiativeId !== null && b.year < (lastJoin.get(b.initiativeId) ?? b.year)
}

function budgetsToSplit(budgets: repo.BudgetRow[], participations: JoinedParticipation[], scope: FinanceScope): repo.BudgetRow[] {
  if (scope === null) return budgets
  if ('pick' in scope) return scope.pick(budgets)
  if ('joiners' in scope) return budgets.filter(boughtInto(budgets, participations))
  const joiners = boughtInto(budgets, participations, scope.year)
  return budgets.filter((b) => b.year === scope.year || joiners(b))
}

/** One read of what the money views need, for the budgets of `scope`. */
export async function loadFinance(db: Queryable, collaborationId: string, scope: FinanceScope = null) {
  const today = clockToday()
  const budgets = await repo.listBudgets(db, collaborationId)
  // Only an initiative with a budget shares costs or buys in: the rest of the portfolio is not read.
  const initiativeIds = [...new Set(budgets.flatMap((b) => (b.initiativeId ? [b.initiativeId] : [])))]
  // One query after another: inside a transaction they share one connection.
  const participations = await listJoinedParticipations(db, collaborationId, initiativeIds)
  const splitBudgets = budgetsToSplit(budgets, participations, scope)
  const budgetIds = splitBudgets.map((b) => b.id)
  const lines = await repo.listCostLines(db, budgetIds)
  const keys = await repo.listCostKeys(db, collaborationId)
  const indexValues = await repo.listIndexValues(db, collaborationId)
  const funding = await repo.listFunding(db, budgetIds)
  const inKind = await repo.listInKind(db, budgetIds)
  const budgetYears = [...new Set(budgets.map((b) => b.year))]
  const populationYears = [...new Set([...budgetYears, ...keys.flatMap((k) => (k.populationYear ? [k.populationYear] : []))])]
  const figures = await listMemberFigures(db, collaborationId, populationYears.length ? populationYears : [Number(today.slice(0, 4))])
  const usage = await repo.listUsage(db, collaborationId, [...new Set(splitBudgets.map((b) => b.year))])
  return { collaborationId, today, budgets, participations, splitBudgets, lines, keys, indexValues, funding, inKind, figures, usage }
}
export type FinanceRecords = Awaited<ReturnType<typeof loadFinance>>
