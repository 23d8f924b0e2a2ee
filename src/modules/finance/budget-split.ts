/**
 * How the collaboration's costs fall on its members, from what finance.loader.ts read: who shares each budget,
 * each line's payers, the grants' credits, the late joiners' buy-ins and every member's total. Pure: no reads,
 * no answers shaped (finance.presenter.ts does that).
 */
import { groupBy } from '../../shared/group-by'
import type { CostKey, LateJoiner, YearGaps } from './finance.schema'
import type { FinanceRecords } from './finance.loader'
import type * as repo from './finance.repository'
import { yearGaps } from './year-gaps'
import { effectiveAmount, explainLine, fundingCredits, lineSplit, quarterAmount, quarterOf, settleLateJoiner, type LinePayer, type LineToSplit, type PastLine } from './invoice-basis'
import { isMemberOn, takesPartOn, type MemberFigures } from '../members'

/** Who shares a year's costs is read on this day: the year's last day, or today for this year and later ones. */
export function referenceDate(year: number, today: string): string {
  const end = `${year}-12-31`
  return end < today ? end : today
}

export type FinanceData = ReturnType<typeof splitFinance>

/** The loaded records grouped once into Maps, with the split of every line of the budgets read. */
export function splitFinance(records: FinanceRecords) {
  const { collaborationId, today, budgets, participations, splitBudgets, lines, keys: keyRows, indexValues, funding, inKind, figures, usage } = records
  const keys = new Map(keyRows.map((k) => [k.id, k]))
  const figure = new Map(figures.map((f) => [`${f.memberId}/${f.year}`, f]))
  const membersById = new Map<string, MemberFigures>()
  for (const f of figures) if (!membersById.has(f.memberId)) membersById.set(f.memberId, f)
  const members = [...membersById.values()]
  const units = new Map(usage.map((u) => [`${u.costKeyLineageId}/${u.memberId}/${u.year}`, u.units]))
  const index = new Map(indexValues.map((v) => [`${v.series}/${v.year}`, v.value]))
  const weights = new Map(keyRows.map((k) => [k.id, new Map(k.weights.map((w) => [w.memberId, w.weight]))]))
  const participantsOf = groupBy(participations, (p) => p.initiativeId)
  const linesOf = groupBy(lines, (l) => l.budgetId)
  const budgetsById = new Map(budgets.map((b) => [b.id, b]))

  const sharing = new Map<string, string[]>()
  /** The members that share a budget's costs: the collaboration's members, or the initiative's participants, on the reference day. */
  function sharingMembers(budget: repo.BudgetRow): string[] {
    let memberIds = sharing.get(budget.id)
    if (memberIds) return memberIds
    const on = referenceDate(budget.year, today)
    memberIds = budget.initiativeId
      ? (participantsOf.get(budget.initiativeId) ?? []).filter((p) => takesPartOn(p, on)).map((p) => p.memberId)
      : members.filter((m) => isMemberOn(m, on)).map((m) => m.memberId)
    sharing.set(budget.id, memberIds)
    return memberIds
  }

  function payer(memberId: string, key: CostKey, year: number): LinePayer {
    const f = figure.get(`${memberId}/${key.populationYear ?? year}`) ?? figure.get(`${memberId}/${year}`)!
    return {
      memberId,
      name: f.name,
      code: f.code ?? f.name,
      population: f.population ?? 0,
      populationYear: f.populationYear,
      units: units.get(`${key.lineageId}/${memberId}/${year}`) ?? 0,
      weight: weights.get(key.id)?.get(memberId) ?? 0,
    }
  }

  const payersOf = (budget: repo.BudgetRow, key: CostKey) => sharingMembers(budget).map((id) => payer(id, key, budget.year))

  const toSplit = (budget: repo.BudgetRow, line: repo.CostLineRow): LineToSplit => {
    const key = keys.get(line.costKeyId)!
    const value = (year: number | null) => (year === null ? null : (index.get(`${line.indexSeries}/${year}`) ?? null))
    return {
      budgetId: budget.id,
      initiativeId: budget.initiativeId,
      scopeName: budget.scopeName,
      costLineId: line.id,
      category: line.category,
      description: line.description,
      amountOre: line.amountOre,
      paidInAdvance: line.paidInAdvance,
      index: line.indexSeries ? { series: line.indexSeries, fromYear: line.indexBaseYear!, toYear: budget.year, from: value(line.indexBaseYear), to: value(budget.year) } : null,
      key,
      payers: payersOf(budget, key),
    }
  }
  const splitLines = new Map(splitBudgets.map((b) => [b.id, (linesOf.get(b.id) ?? []).map((l) => toSplit(b, l))]))

  // A grant is credited by its guarantee key to the same payers on every basis that shows it: split once.
  const credits = new Map<string, { payers: LinePayer[]; shares: Map<string, number> }>()
  function grantCredits(grant: repo.FundingRow) {
    let credit = credits.get(grant.id)
    if (!credit) {
      const key = keys.get(grant.guaranteeKeyId)!
      const payers = payersOf(budgetsById.get(grant.budgetId)!, key)
      credit = { payers, shares: payers.length ? fundingCredits(grant.amountOre, key, payers) : new Map<string, number>() }
      credits.set(grant.id, credit)
    }
    return credit
  }

  const memberFigure = (memberId: string, year: number) => figure.get(`${memberId}/${year}`) ?? membersById.get(memberId)
  return {
    collaborationId,
    budgets,
    budgetsById,
    lines,
    linesOf,
    keys,
    members,
    membersById,
    funding,
    fundingOf: groupBy(funding, (f) => f.budgetId),
    inKind,
    participations,
    splitLines,
    payersOf,
    payer,
    grantCredits,
    memberFigure,
    sharingMembers,
    index,
  }
}

/** The effective total of a budget: its lines raised by their index, price lines as what the members are charged. */
export const budgetTotal = (data: FinanceData, budgetId: string) => (data.splitLines.get(budgetId) ?? []).reduce((sum, line) => sum + effectiveAmount(line), 0)

/** Members that joined an initiative at a gate in a later year than its first budget: what they buy in for, and who is credited. */
export function lateJoiners(data: FinanceData, only: { initiativeId?: string; year?: number } = {}): (LateJoiner & { year: number })[] {
  const result: (LateJoiner & { year: number })[] = []
  const budgetsOf = groupBy(
    data.budgets.filter((b) => b.initiativeId !== null),
    (b) => b.initiativeId!,
  )
  for (const joined of data.participations) {
    if (!joined.joinedAtPhase || !joined.joinedOn || (only.initiativeId && joined.initiativeId !== only.initiativeId)) continue
    const joinYear = Number(joined.joinedOn.slice(0, 4))
    if (only.year !== undefined && joinYear !== only.year) continue
    const earlierBudgets = (budgetsOf.get(joined.initiativeId) ?? []).filter((b) => b.year < joinYear)
    const past: PastLine[] = earlierBudgets.flatMap((budget) =>
      (data.splitLines.get(budget.id) ?? []).map((line) => ({
        year: budget.year,
        description: line.description,
        total: effectiveAmount(line),
        key: line.key,
        earlier: line.payers.filter((p) => p.memberId !== joined.memberId),
        joiner: data.payer(joined.memberId, keyRow(data, line.key.id), budget.year),
      })),
    )
    const settled = settleLateJoiner(past.filter((line) => line.earlier.length > 0))
    if (settled.lines.length === 0) continue
    const member = data.membersById.get(joined.memberId)!
    result.push({
      initiativeId: joined.initiativeId,
      initiativeTitle: earlierBudgets[0]!.scopeName,
      memberId: joined.memberId,
      memberName: member.name,
      joinedOn: joined.joinedOn,
      joinedAtPhase: joined.joinedAtPhase,
      year: joinYear,
      ...settled,
    })
  }
  return result
}

const keyRow = (data: FinanceData, id: string) => data.keys.get(id)!

/** What the year's figures rest on that is not final; with `memberId`, only what that member's basis rests on. */
export function gapsOf(data: FinanceData, year: number, memberId?: string): YearGaps {
  return yearGaps({
    year,
    budgets: data.budgets.map((b) => ({ ...b, ended: b.initiativeStatus === 'stopped' || b.initiativeStatus === 'completed' })),
    lines: [...data.splitLines.values()].flat().map((line) => ({ budgetId: line.budgetId, description: line.description, index: line.index, priceKey: line.key.kind === 'price' })),
    concerns: memberId ? (budget) => data.sharingMembers(data.budgetsById.get(budget.id)!).includes(memberId) : undefined,
  })
}

/** A granted grant's credit to one member in the period: all of it in the quarter the grant was decided (the first for one decided earlier). */
export function grantCreditInPeriod(grant: repo.FundingRow, credit: number, year: number, quarter: number | null): number {
  const decidedYear = Number(grant.decidedOn!.slice(0, 4))
  const inQuarter = decidedYear === year ? quarterOf(grant.decidedOn!) : decidedYear < year ? 1 : 4
  return quarter === null || quarter === inQuarter ? credit : 0
}

/** A late joiner's buy-in and credits fall in the quarter it joined. */
export const joinerInPeriod = (joiner: LateJoiner, quarter: number | null) => quarter === null || quarterOf(joiner.joinedOn) === quarter

export const grantedOf = (data: FinanceData, budgetId: string) => (data.fundingOf.get(budgetId) ?? []).filter((f) => f.status === 'granted')

/** Every member's total for a period, computing each line's split and each grant's credits once. */
export function memberTotals(data: FinanceData, year: number, quarter: number | null, joiners = lateJoiners(data, { year })): Map<string, number> {
  const totals = new Map<string, number>(data.members.map((m) => [m.memberId, 0]))
  const add = (memberId: string, amount: number) => totals.set(memberId, (totals.get(memberId) ?? 0) + amount)
  for (const budget of data.budgets.filter((b) => b.year === year)) {
    for (const line of data.splitLines.get(budget.id) ?? []) {
      if (line.payers.length === 0) continue
      const shares = line.key.kind === 'price' ? new Map(line.payers.map((p) => [p.memberId, explainLine(line, p.memberId, 'sv')!.yearAmountOre])) : lineSplit(line).shares
      for (const [memberId, amount] of shares) add(memberId, quarterAmount(amount, quarter, line.paidInAdvance))
    }
    for (const grant of grantedOf(data, budget.id)) {
      for (const [memberId, share] of data.grantCredits(grant).shares) add(memberId, grantCreditInPeriod(grant, -share, year, quarter))
    }
  }
  for (const joiner of joiners.filter((j) => j.year === year)) {
    const inPeriod = joinerInPeriod(joiner, quarter)
    add(joiner.memberId, inPeriod ? joiner.buyInOre : 0)
    for (const credit of joiner.credits) add(credit.memberId, inPeriod ? -credit.creditOre : 0)
  }
  return totals
}

/**
 * What each member pays for each initiative over all its budgets, in öre: the same shares, grant credits and
 * late joiners' buy-ins the invoice bases charge (whole years), keyed initiative → member.
 */
export function memberCostsByInitiative(data: FinanceData): Map<string, Map<string, number>> {
  const costs = new Map<string, Map<string, number>>()
  const add = (initiativeId: string, memberId: string, amount: number) => {
    let ofInitiative = costs.get(initiativeId)
    if (!ofInitiative) costs.set(initiativeId, (ofInitiative = new Map()))
    ofInitiative.set(memberId, (ofInitiative.get(memberId) ?? 0) + amount)
  }
  for (const budget of data.budgets) {
    if (!budget.initiativeId) continue
    for (const line of data.splitLines.get(budget.id) ?? []) {
      if (line.payers.length === 0) continue
      const shares = line.key.kind === 'price' ? new Map(line.payers.map((p) => [p.memberId, explainLine(line, p.memberId, 'sv')!.yearAmountOre])) : lineSplit(line).shares
      for (const [memberId, amount] of shares) add(budget.initiativeId, memberId, amount)
    }
    for (const grant of grantedOf(data, budget.id)) {
      for (const [memberId, share] of data.grantCredits(grant).shares) add(budget.initiativeId, memberId, -share)
    }
  }
  for (const joiner of lateJoiners(data)) {
    add(joiner.initiativeId, joiner.memberId, joiner.buyInOre)
    for (const credit of joiner.credits) add(joiner.initiativeId, credit.memberId, -credit.creditOre)
  }
  return costs
}
