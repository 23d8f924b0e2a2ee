/**
 * The money answers of the API shaped from the splits budget-split.ts worked out: a member's invoice basis with
 * every line explained in the reader's language, and the in-kind contributions.
 */
import { formatOre } from '../../shared/format'
import { inKindValueOre } from '../../shared/money'
import { gapsOf, grantCreditInPeriod, grantedOf, joinerInPeriod, lateJoiners, type FinanceData } from './budget-split'
import type { InvoiceBasis, InvoiceLine } from './finance.schema'
import type * as repo from './finance.repository'
import { explainLine, quarterAmount } from './invoice-basis'

type Locale = 'sv' | 'en'

export function inKindView(row: repo.InKindRow) {
  return { id: row.id, memberId: row.memberId, memberName: row.memberName, roleName: row.roleName, rateOre: row.rateOre, hours: row.centiHours / 100, valueOre: inKindValueOre(row.centiHours / 100, row.rateOre), description: row.description, recordedBy: row.recordedBy }
}

const isDraft = (data: FinanceData, budgetId: string) => data.budgetsById.get(budgetId)?.status === 'draft'

const t = (locale: Locale, sv: string, en: string) => (locale === 'sv' ? sv : en)

/** Every line of one member's invoice basis for a year or a quarter. */
function invoiceLines(data: FinanceData, memberId: string, year: number, quarter: number | null, locale: Locale, joiners = lateJoiners(data, { year })): InvoiceLine[] {
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
