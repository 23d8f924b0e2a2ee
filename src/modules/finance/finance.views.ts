/**
 * Everything the money pages read, computed from one load of the collaboration's finance records:
 * budgets with their effective totals, every member's invoice basis, the overview and the late joiners.
 * The splits are never stored; they follow from the keys, members and participants each time.
 */
import { today as clockToday } from '../../server/clock'
import { groupBy } from '../../shared/group-by'
import { isMemberOn, takesPartOn } from '../members/membership'
import type { Queryable } from '../../server/db/database'
import { formatOre } from '../../shared/format'
import { inKindValueOre } from '../../shared/money'
import type { CostKey, InvoiceBasis, InvoiceLine, LateJoiner, YearGaps } from './finance.schema'
import * as repo from './finance.repository'
import { yearGaps } from './year-gaps'
import { effectiveAmount, explainLine, fundingCredits, lineSplit, quarterAmount, quarterOf, settleLateJoiner, type LinePayer, type LineToSplit, type PastLine } from './invoice-basis'

type Locale = 'sv' | 'en'

/** Who shares a year's costs is read on this day: the year's last day, or today for this year and later ones. */
export function referenceDate(year: number, today = clockToday()): string {
  const end = `${year}-12-31`
  return end < today ? end : today
}

export type FinanceData = Awaited<ReturnType<typeof loadFinance>>

/**
 * Which budgets' lines a read splits: every budget (null), those `pick` chooses, the earlier budgets late joiners
 * buy into (`joiners`), or one year's together with those its late joiners buy into. Every budget row is read
 * either way: the gaps look at earlier years.
 */
export type FinanceScope = null | { pick: (budgets: repo.BudgetRow[]) => repo.BudgetRow[] } | { joiners: true } | { year: number }

/** An initiative's budgets before the (latest) year a member joined it at a gate, in `year` only when given. */
function boughtInto(budgets: repo.BudgetRow[], participations: repo.ParticipationRow[], year?: number): (budget: repo.BudgetRow) => boolean {
  const lastJoin = new Map<string, number>()
  for (const p of participations) {
    if (!p.joinedAtPhase || !p.joinedOn) continue
    const joinYear = Number(p.joinedOn.slice(0, 4))
    if (year === undefined || joinYear === year) lastJoin.set(p.initiativeId, Math.max(joinYear, lastJoin.get(p.initiativeId) ?? joinYear))
  }
  return (b) => b.initiativeId !== null && b.year < (lastJoin.get(b.initiativeId) ?? b.year)
}

function budgetsToSplit(budgets: repo.BudgetRow[], participations: repo.ParticipationRow[], scope: FinanceScope): repo.BudgetRow[] {
  if (scope === null) return budgets
  if ('pick' in scope) return scope.pick(budgets)
  if ('joiners' in scope) return budgets.filter(boughtInto(budgets, participations))
  const joiners = boughtInto(budgets, participations, scope.year)
  return budgets.filter((b) => b.year === scope.year || joiners(b))
}

/** One read of what the money views need, for the budgets of `scope`, grouped once into Maps. */
export async function loadFinance(db: Queryable, collaborationId: string, scope: FinanceScope = null) {
  const budgets = await repo.listBudgets(db, collaborationId)
  // Only an initiative with a budget shares costs or buys in: the rest of the portfolio is not read.
  const initiativeIds = [...new Set(budgets.flatMap((b) => (b.initiativeId ? [b.initiativeId] : [])))]
  // One query after another: inside a transaction they share one connection.
  const participations = await repo.listParticipations(db, collaborationId, initiativeIds)
  const splitBudgets = budgetsToSplit(budgets, participations, scope)
  const budgetIds = splitBudgets.map((b) => b.id)
  const lines = await repo.listCostLines(db, budgetIds)
  const keyRows = await repo.listCostKeys(db, collaborationId)
  const indexValues = await repo.listIndexValues(db, collaborationId)
  const funding = await repo.listFunding(db, budgetIds)
  const inKind = await repo.listInKind(db, budgetIds)
  const keys = new Map(keyRows.map((k) => [k.id, k]))
  const budgetYears = [...new Set(budgets.map((b) => b.year))]
  const populationYears = [...new Set([...budgetYears, ...keyRows.flatMap((k) => (k.populationYear ? [k.populationYear] : []))])]
  const figures = await repo.listMemberFigures(db, collaborationId, populationYears.length ? populationYears : [Number(clockToday().slice(0, 4))])
  const usage = await repo.listUsage(db, collaborationId, [...new Set(splitBudgets.map((b) => b.year))])
  const figure = new Map(figures.map((f) => [`${f.memberId}/${f.year}`, f]))
  const membersById = new Map<string, repo.MemberFigures>()
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
    const on = referenceDate(budget.year)
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


export function inKindView(row: repo.InKindRow) {
  return { id: row.id, memberId: row.memberId, memberName: row.memberName, roleName: row.roleName, rateOre: row.rateOre, hours: row.centiHours / 100, valueOre: inKindValueOre(row.centiHours / 100, row.rateOre), description: row.description, recordedBy: row.recordedBy }
}

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

const isDraft = (data: FinanceData, budgetId: string) => data.budgetsById.get(budgetId)?.status === 'draft'

const t = (locale: Locale, sv: string, en: string) => (locale === 'sv' ? sv : en)

/** A granted grant's credit to one member in the period: all of it in the quarter the grant was decided (the first for one decided earlier). */
function grantCreditInPeriod(grant: repo.FundingRow, credit: number, year: number, quarter: number | null): number {
  const decidedYear = Number(grant.decidedOn!.slice(0, 4))
  const inQuarter = decidedYear === year ? quarterOf(grant.decidedOn!) : decidedYear < year ? 1 : 4
  return quarter === null || quarter === inQuarter ? credit : 0
}

/** A late joiner's buy-in and credits fall in the quarter it joined. */
const joinerInPeriod = (joiner: LateJoiner, quarter: number | null) => quarter === null || quarterOf(joiner.joinedOn) === quarter

const grantedOf = (data: FinanceData, budgetId: string) => (data.fundingOf.get(budgetId) ?? []).filter((f) => f.status === 'granted')

/** Every line of one member's invoice basis for a year or a quarter. */
export function invoiceLines(data: FinanceData, memberId: string, year: number, quarter: number | null, locale: Locale, joiners = lateJoiners(data, { year })): InvoiceLine[] {
  const yearBudgets = data.budgets.filter((b) => b.year === year)
  const lines: InvoiceLine[] = []
  for (const budget of yearBudgets) {
    for (const line of data.splitLines.get(budget.id) ?? []) {
      const explained = explainLine(line, memberId, locale)
      if (explained) lines.push({ ...explained, amountOre: quarterAmount(explained.yearAmountOre, quarter, line.paidInAdvance), preliminary: budget.status === 'draft' })
    }
    for (const grant of grantedOf(data, budget.id)) {
      const key = data.keys.get(grant.guaranteeKeyId)!
      const { payers, shares } = data.grantCredits(grant)
      if (!shares.has(memberId)) continue
      const credit = -shares.get(memberId)!
      lines.push({
        kind: 'funding_credit',
        budgetId: budget.id,
        initiativeId: budget.initiativeId,
        scopeName: budget.scopeName,
        costLineId: null,
        category: null,
        description: t(locale, `Beviljat bidrag från ${grant.funder}`, `Grant from ${grant.funder}`),
        lineTotalOre: grant.amountOre,
        key: { id: key.id, lineageId: key.lineageId, name: key.name, versionNo: key.versionNo, kind: key.kind },
        quantity: { kind: 'funding', value: null, year: null, unitName: null, basisTotal: null, payers: payers.length },
        formula: t(locale, `${grant.funder} beviljade bidraget ${grant.decidedOn}; det minskar medlemmarnas kostnad enligt garantinyckeln ${key.name}.`, `${grant.funder} granted the funding on ${grant.decidedOn}; it lowers the members' cost by the guarantee key ${key.name}.`),
        yearAmountOre: credit,
        amountOre: grantCreditInPeriod(grant, credit, year, quarter),
        paidInAdvance: false,
        roundingOre: 0,
        preliminary: budget.status === 'draft',
      })
    }
  }
  for (const joiner of joiners.filter((j) => j.year === year)) {
    const inPeriod = joinerInPeriod(joiner, quarter)
    const budget = data.budgets.find((b) => b.initiativeId === joiner.initiativeId && b.year < year)!
    const base = { budgetId: budget.id, initiativeId: joiner.initiativeId, scopeName: joiner.initiativeTitle, costLineId: null, category: null, key: null, lineTotalOre: joiner.buyInOre, paidInAdvance: false, roundingOre: 0, preliminary: isDraft(data, budget.id) }
    const years = [...new Set(joiner.lines.map((l) => l.year))].join(', ')
    if (joiner.memberId === memberId) {
      lines.push({
        ...base,
        kind: 'buy_in',
        description: t(locale, `Inköp i ${joiner.initiativeTitle} (ansluten ${joiner.joinedOn})`, `Buy-in to ${joiner.initiativeTitle} (joined ${joiner.joinedOn})`),
        quantity: { kind: 'settlement', value: null, year: null, unitName: null, basisTotal: null, payers: joiner.credits.length + 1 },
        formula: t(
          locale,
          `Det ${joiner.memberName} hade betalat för ${years} om den varit med från början: ${joiner.lines.map((l) => `${l.description} ${formatOre(l.joinerShareOre)}`).join(' + ')}.`,
          `What ${joiner.memberName} would have paid for ${years} had it taken part from the start: ${joiner.lines.map((l) => `${l.description} ${formatOre(l.joinerShareOre)}`).join(' + ')}.`,
        ),
        yearAmountOre: joiner.buyInOre,
        amountOre: inPeriod ? joiner.buyInOre : 0,
      })
    }
    const credit = joiner.credits.find((c) => c.memberId === memberId)
    if (credit) {
      const totalPaid = joiner.credits.reduce((sum, c) => sum + c.paidOre, 0)
      lines.push({
        ...base,
        kind: 'buy_in_credit',
        description: t(locale, `Kreditering: ${joiner.memberName} anslöt till ${joiner.initiativeTitle}`, `Credit: ${joiner.memberName} joined ${joiner.initiativeTitle}`),
        quantity: { kind: 'settlement', value: credit.paidOre, year: null, unitName: null, basisTotal: totalPaid, payers: joiner.credits.length },
        formula: t(
          locale,
          `${joiner.memberName}s inköp ${formatOre(joiner.buyInOre)} fördelat efter vad de tidigare deltagarna betalat för ${years}: ${formatOre(credit.paidOre)} av ${formatOre(totalPaid)}.`,
          `${joiner.memberName}'s buy-in of ${formatOre(joiner.buyInOre)} split by what the earlier participants paid for ${years}: ${formatOre(credit.paidOre)} of ${formatOre(totalPaid)}.`,
        ),
        yearAmountOre: -credit.creditOre,
        amountOre: inPeriod ? -credit.creditOre : 0,
      })
    }
  }
  return lines
}

/** A member's invoice basis: its lines, total, in-kind hours beside them, and the grants it guarantees. */
export function buildInvoiceBasis(
  data: FinanceData,
  collaboration: InvoiceBasis['collaboration'],
  memberId: string,
  period: { year: number; quarter: number | null },
  locale: Locale,
  joiners = lateJoiners(data, { year: period.year }),
): InvoiceBasis {
  const { year, quarter } = period
  const lines = invoiceLines(data, memberId, year, quarter, locale, joiners)
  const yearBudgets = new Map(data.budgets.filter((b) => b.year === year).map((b) => [b.id, b]))
  const inKind = data.inKind.filter((row) => row.memberId === memberId && yearBudgets.has(row.budgetId)).map((row) => ({ ...inKindView(row), scopeName: yearBudgets.get(row.budgetId)!.scopeName }))
  const guarantees = data.funding
    .filter((f) => f.status === 'applied' && yearBudgets.has(f.budgetId))
    .flatMap((f) => {
      const share = data.grantCredits(f).shares.get(memberId)
      return share === undefined ? [] : [{ fundingId: f.id, funder: f.funder, scopeName: yearBudgets.get(f.budgetId)!.scopeName, amountOre: f.amountOre, memberShareOre: share }]
    })
  const figures = data.memberFigure(memberId, year)!
  return {
    collaboration,
    member: { id: memberId, name: figures.name, code: figures.code, population: figures.population, populationYear: figures.populationYear },
    year,
    quarter,
    periodLabel: quarter === null ? String(year) : t(locale, `${year} kvartal ${quarter}`, `${year} quarter ${quarter}`),
    lines,
    totalOre: lines.reduce((sum, line) => sum + line.amountOre, 0),
    inKind,
    inKindTotalOre: inKind.reduce((sum, row) => sum + row.valueOre, 0),
    guarantees,
    gaps: gapsOf(data, year, memberId),
    generatedAt: new Date().toISOString(),
  }
}

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
