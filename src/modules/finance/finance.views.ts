/**
 * Everything the money pages read, computed from one load of the collaboration's finance records:
 * budgets with their effective totals, every member's invoice basis, the overview and the late joiners.
 * The splits are never stored; they follow from the keys, members and participants each time.
 */
import { today as clockToday } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { formatOre } from '../../shared/format'
import { inKindValueOre } from '../../shared/money'
import type { CostKey, InvoiceBasis, InvoiceLine, LateJoiner, YearGaps } from './finance.schema'
import * as repo from './finance.repository'
import { splitCostExplained } from './allocation'
import { yearGaps } from './year-gaps'
import { allocationKeyOf, effectiveAmount, explainLine, fundingCredits, quarterAmount, quarterOf, settleLateJoiner, splitRulesOf, type LinePayer, type LineToSplit, type PastLine } from './invoice-basis'

type Locale = 'sv' | 'en'

/** Who shares a year's costs is read on this day: the year's last day, or today for this year and later ones. */
export function referenceDate(year: number, today = clockToday()): string {
  const end = `${year}-12-31`
  return end < today ? end : today
}

export type FinanceData = Awaited<ReturnType<typeof loadFinance>>

/** One read of everything the money views need; a collaboration has tens of budgets, not thousands. */
export async function loadFinance(db: Queryable, collaborationId: string) {
  const budgets = await repo.listBudgets(db, collaborationId)
  const budgetIds = budgets.map((b) => b.id)
  // One query after another: inside a transaction they share one connection.
  const lines = await repo.listCostLines(db, budgetIds)
  const keyRows = await repo.listCostKeys(db, collaborationId)
  const indexValues = await repo.listIndexValues(db, collaborationId)
  const participations = await repo.listParticipations(db, collaborationId)
  const funding = await repo.listFunding(db, budgetIds)
  const inKind = await repo.listInKind(db, budgetIds)
  const keys = new Map(keyRows.map((k) => [k.id, k]))
  const budgetYears = [...new Set(budgets.map((b) => b.year))]
  const populationYears = [...new Set([...budgetYears, ...keyRows.flatMap((k) => (k.populationYear ? [k.populationYear] : []))])]
  const figures = await repo.listMemberFigures(db, collaborationId, populationYears.length ? populationYears : [Number(clockToday().slice(0, 4))])
  const usage = await repo.listUsage(db, collaborationId, budgetYears)
  const figure = new Map(figures.map((f) => [`${f.memberId}/${f.year}`, f]))
  const members = [...new Map(figures.map((f) => [f.memberId, f])).values()]
  const units = new Map(usage.map((u) => [`${u.costKeyLineageId}/${u.memberId}/${u.year}`, u.units]))
  const index = new Map(indexValues.map((v) => [`${v.series}/${v.year}`, v.value]))

  /** The members that share a budget's costs: the collaboration's members, or the initiative's participants, on the reference day. */
  function sharingMembers(budget: repo.BudgetRow): string[] {
    const on = referenceDate(budget.year)
    if (!budget.initiativeId) return members.filter((m) => m.joinedOn <= on && (m.leftOn === null || m.leftOn >= on)).map((m) => m.memberId)
    return participations.filter((p) => p.initiativeId === budget.initiativeId && p.joinedOn! <= on && (p.leftOn === null || p.leftOn > on)).map((p) => p.memberId)
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
      weight: key.weights.find((w) => w.memberId === memberId)?.weight ?? 0,
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
  const splitLines = new Map(budgets.map((b) => [b.id, lines.filter((l) => l.budgetId === b.id).map((l) => toSplit(b, l))]))
  const memberFigure = (memberId: string, year: number) => figure.get(`${memberId}/${year}`) ?? members.find((m) => m.memberId === memberId)
  return { collaborationId, budgets, lines, keys, members, funding, inKind, participations, splitLines, payersOf, payer, memberFigure, sharingMembers, index }
}

/** The effective total of a budget: its lines raised by their index, price lines as what the members are charged. */
export const budgetTotal = (data: FinanceData, budgetId: string) => (data.splitLines.get(budgetId) ?? []).reduce((sum, line) => sum + effectiveAmount(line), 0)


export function inKindView(row: repo.InKindRow) {
  return { id: row.id, memberId: row.memberId, memberName: row.memberName, roleName: row.roleName, rateOre: row.rateOre, hours: row.centiHours / 100, valueOre: inKindValueOre(row.centiHours / 100, row.rateOre), description: row.description, recordedBy: row.recordedBy }
}

/** Members that joined an initiative at a gate in a later year than its first budget: what they buy in for, and who is credited. */
export function lateJoiners(data: FinanceData, initiativeId?: string): (LateJoiner & { year: number })[] {
  const result: (LateJoiner & { year: number })[] = []
  for (const joined of data.participations) {
    if (!joined.joinedAtPhase || !joined.joinedOn || (initiativeId && joined.initiativeId !== initiativeId)) continue
    const joinYear = Number(joined.joinedOn.slice(0, 4))
    const earlierBudgets = data.budgets.filter((b) => b.initiativeId === joined.initiativeId && b.year < joinYear)
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
    const member = data.members.find((m) => m.memberId === joined.memberId)!
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
    concerns: memberId ? (budget) => data.sharingMembers(data.budgets.find((b) => b.id === budget.id)!).includes(memberId) : undefined,
  })
}

const isDraft = (data: FinanceData, budgetId: string) => data.budgets.find((b) => b.id === budgetId)?.status === 'draft'

const t = (locale: Locale, sv: string, en: string) => (locale === 'sv' ? sv : en)

/** Every line of one member's invoice basis for a year or a quarter. */
export function invoiceLines(data: FinanceData, memberId: string, year: number, quarter: number | null, locale: Locale, joiners = lateJoiners(data), creditsOnly = false): InvoiceLine[] {
  const yearBudgets = data.budgets.filter((b) => b.year === year)
  const lines: InvoiceLine[] = []
  for (const budget of yearBudgets) {
    for (const line of creditsOnly ? [] : (data.splitLines.get(budget.id) ?? [])) {
      const explained = explainLine(line, memberId, locale)
      if (explained) lines.push({ ...explained, amountOre: quarterAmount(explained.yearAmountOre, quarter, line.paidInAdvance), preliminary: budget.status === 'draft' })
    }
    for (const grant of data.funding.filter((f) => f.budgetId === budget.id && f.status === 'granted')) {
      const key = data.keys.get(grant.guaranteeKeyId)!
      const payers = data.payersOf(budget, key)
      if (!payers.some((p) => p.memberId === memberId)) continue
      const credit = -fundingCredits(grant.amountOre, key, payers).get(memberId)!
      const decidedYear = Number(grant.decidedOn!.slice(0, 4))
      const inQuarter = decidedYear === year ? quarterOf(grant.decidedOn!) : decidedYear < year ? 1 : 4
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
        amountOre: quarter === null || quarter === inQuarter ? credit : 0,
        paidInAdvance: false,
        roundingOre: 0,
        preliminary: budget.status === 'draft',
      })
    }
  }
  for (const joiner of joiners.filter((j) => j.year === year)) {
    const inPeriod = quarter === null || quarterOf(joiner.joinedOn) === quarter
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
  joiners = lateJoiners(data),
): InvoiceBasis {
  const { year, quarter } = period
  const lines = invoiceLines(data, memberId, year, quarter, locale, joiners)
  const yearBudgets = data.budgets.filter((b) => b.year === year)
  const inKind = data.inKind
    .filter((row) => row.memberId === memberId && yearBudgets.some((b) => b.id === row.budgetId))
    .map((row) => ({ ...inKindView(row), scopeName: yearBudgets.find((b) => b.id === row.budgetId)!.scopeName }))
  const guarantees = data.funding
    .filter((f) => f.status === 'applied' && yearBudgets.some((b) => b.id === f.budgetId))
    .flatMap((f) => {
      const budget = yearBudgets.find((b) => b.id === f.budgetId)!
      const key = data.keys.get(f.guaranteeKeyId)!
      const payers = data.payersOf(budget, key)
      if (!payers.some((p) => p.memberId === memberId)) return []
      return [{ fundingId: f.id, funder: f.funder, scopeName: budget.scopeName, amountOre: f.amountOre, memberShareOre: fundingCredits(f.amountOre, key, payers).get(memberId)! }]
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

/** Every member's total for a period, computing each line's split once. */
export function memberTotals(data: FinanceData, year: number, quarter: number | null, joiners = lateJoiners(data)): Map<string, number> {
  const totals = new Map<string, number>(data.members.map((m) => [m.memberId, 0]))
  const add = (memberId: string, amount: number) => totals.set(memberId, (totals.get(memberId) ?? 0) + amount)
  for (const budget of data.budgets.filter((b) => b.year === year)) {
    for (const line of data.splitLines.get(budget.id) ?? []) {
      if (line.payers.length === 0) continue
      const shares =
        line.key.kind === 'price'
          ? new Map(line.payers.map((p) => [p.memberId, explainLine(line, p.memberId, 'sv')!.yearAmountOre]))
          : splitCostExplained(effectiveAmount(line), line.payers, allocationKeyOf(line.key), splitRulesOf(line.key)).shares
      for (const [memberId, amount] of shares) add(memberId, quarterAmount(amount, quarter, line.paidInAdvance))
    }
  }
  // Credits and buy-ins are few; the per-member lines give them exactly as the basis shows them.
  for (const member of data.members) {
    for (const line of invoiceLines(data, member.memberId, year, quarter, 'sv', joiners, true)) add(member.memberId, line.amountOre)
  }
  return totals
}
