import { today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion } from '../../server/http/errors'
import { formatOre } from '../../shared/format'
import { recordChange } from '../audit'
import { AllocationError } from './allocation'
import type { BudgetBody, CostKeyBody, CostLineBody, FinanceOverview, InvoiceBasis } from './finance.schema'
import * as repo from './finance.repository'
import { requireBudgetOffice } from './budget-access'
import { budgetTotal, gapsOf, grantedOf, lateJoiners, memberCostsByInitiative, memberTotals, splitFinance, type FinanceData } from './budget-split'
import { loadFinance } from './finance.loader'
import { buildInvoiceBasis, inKindView } from './finance.presenter'
import { effectiveAmount, explainLine, fundingCredits, lineSplit } from './invoice-basis'
import { collaborationHeader } from '../collaborations'
import { listMemberFigures, memberNamesById } from '../members'

type Period = { year: number; quarter?: number }

// ---- Cost keys -------------------------------------------------------------------------------------

export const listCostKeys = (ctx: Ctx, collaborationId: string) => repo.listCostKeys(ctx.db, collaborationId)

export async function getCostKey(ctx: Ctx, collaborationId: string, costKeyId: string, year?: number) {
  const key = await repo.findCostKey(ctx.db, collaborationId, costKeyId)
  if (!key) throw notFound('cost_key')
  const forYear = year ?? Number(today().slice(0, 4))
  const populationYear = key.populationYear ?? forYear
  const versions = await repo.listCostKeyVersions(ctx.db, key.lineageId)
  const figures = await listMemberFigures(ctx.db, collaborationId, [populationYear])
  const usage = await repo.listUsage(ctx.db, collaborationId, [forYear])
  return {
    key,
    versions,
    year: forYear,
    members: figures.map((m) => {
      const used = usage.find((u) => u.memberId === m.memberId && u.costKeyLineageId === key.lineageId)
      return {
        memberId: m.memberId,
        name: m.name,
        code: m.code,
        population: m.population,
        populationYear: m.populationYear,
        units: used?.units ?? null,
        unitsVersion: used?.version ?? null,
        weight: key.weights.find((w) => w.memberId === m.memberId)?.weight ?? null,
        exempt: key.exempt.includes(m.memberId),
        fixedAmountOre: key.fixedAmounts.find((f) => f.memberId === m.memberId)?.amountOre ?? null,
      }
    }),
  }
}

/** Every member named in a key must be one of the collaboration's. */
async function checkKeyMembers(ctx: Ctx, tx: Queryable, collaborationId: string, body: CostKeyBody) {
  const ids = await memberNamesById(tx, collaborationId)
  const named: [string, string[]][] = [
    ['weights', body.weights.map((w) => w.memberId)],
    ['exempt', body.exempt],
    ['fixedAmounts', body.fixedAmounts.map((f) => f.memberId)],
  ]
  for (const [field, memberIds] of named) {
    const index = memberIds.findIndex((id) => !ids.has(id))
    if (index >= 0) throw fieldError(ctx.locale, `body.${field}.${index}`, 'member_not_in_collaboration')
  }
}

export async function createCostKey(ctx: Ctx, collaborationId: string, body: CostKeyBody) {
  const id = await ctx.db.transaction(async (tx) => {
    await checkKeyMembers(ctx, tx, collaborationId, body)
    const id = await repo.insertCostKey(tx, collaborationId, null, 1, body, actorName(ctx))
    await recordChange(tx, ctx.actor, { collaborationId, action: 'cost_key.created', entityType: 'cost_key', entityId: id, after: body })
    return id
  })
  return (await repo.findCostKey(ctx.db, collaborationId, id))!
}

export async function reviseCostKey(ctx: Ctx, collaborationId: string, costKeyId: string, body: CostKeyBody & { basedOnVersion: number }) {
  const id = await ctx.db.transaction(async (tx) => {
    const current = await repo.findCostKey(tx, collaborationId, costKeyId)
    if (!current) throw notFound('cost_key')
    await tx.query('select 1 from cost_key where lineage_id = $1 for update', [current.lineageId])
    const latest = Math.max(...(await repo.listCostKeyVersions(tx, current.lineageId)).map((v) => v.versionNo))
    if (body.basedOnVersion !== latest) throw new AppError(409, 'cost_key_not_latest', { latest })
    const { basedOnVersion: _, ...key } = body
    await checkKeyMembers(ctx, tx, collaborationId, key)
    const id = await repo.insertCostKey(tx, collaborationId, current.lineageId, latest + 1, key, actorName(ctx))
    await repo.moveDraftLinesToKey(tx, current.lineageId, id)
    await checkBudgetsSplit(ctx, tx, collaborationId, 'body.kind')
    await recordChange(tx, ctx.actor, { collaborationId, action: 'cost_key.revised', entityType: 'cost_key', entityId: id, before: current, after: key })
    return id
  })
  return (await repo.findCostKey(ctx.db, collaborationId, id))!
}

export async function setUsage(ctx: Ctx, collaborationId: string, memberId: string, body: { costKeyId: string; year: number; units: number; version: number | null }) {
  return ctx.db.transaction(async (tx) => {
    const key = await repo.findCostKey(tx, collaborationId, body.costKeyId)
    if (!key) throw fieldError(ctx.locale, 'body.costKeyId', 'cost_key_not_in_collaboration')
    if (key.kind !== 'units') throw fieldError(ctx.locale, 'body.costKeyId', 'not_a_usage_key', { name: key.name })
    await memberOf(tx, collaborationId, memberId)
    const saved = await repo.upsertUsage(tx, { collaborationId, lineageId: key.lineageId, memberId, year: body.year, units: body.units, version: body.version, by: actorName(ctx) })
    if (!saved) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'usage.set', entityType: 'usage_figure', entityId: `${key.lineageId}/${memberId}/${body.year}`, after: { key: key.name, memberId, year: body.year, units: body.units } })
    return saved
  })
}

async function memberOf(db: Queryable, collaborationId: string, memberId: string) {
  const name = (await memberNamesById(db, collaborationId)).get(memberId)
  if (!name) throw notFound('member')
  return { memberId, name }
}

// ---- Index values and hourly rates --------------------------------------------------------------------

export const listIndexValues = (ctx: Ctx, collaborationId: string) => repo.listIndexValues(ctx.db, collaborationId)

export async function setIndexValue(ctx: Ctx, collaborationId: string, series: string, year: number, given: number) {
  // Index values are kept to three decimals (103,412), as published; the answer says what was stored.
  const value = Math.round(given * 1000) / 1000
  await ctx.db.transaction(async (tx) => {
    await repo.upsertIndexValue(tx, collaborationId, series, year, value)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'index_value.set', entityType: 'index_value', entityId: `${series}/${year}`, after: { series, year, value } })
  })
  return { series, year, value }
}

export const listHourlyRates = (ctx: Ctx, collaborationId: string) => repo.listHourlyRates(ctx.db, collaborationId)

export async function addHourlyRate(ctx: Ctx, collaborationId: string, body: { roleName: string; year: number; rateOre: number }) {
  const id = await ctx.db.transaction(async (tx) => {
    const id = await repo.insertHourlyRate(tx, collaborationId, body)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'hourly_rate.added', entityType: 'hourly_rate', entityId: id, after: body })
    return id
  })
  return { id, ...body }
}

// ---- Budgets ----------------------------------------------------------------------------------------

function summary(data: FinanceData, budget: repo.BudgetRow, actuals: Map<string, number>) {
  const lineIds = (data.linesOf.get(budget.id) ?? []).map((l) => l.id)
  const { id, initiativeId, scopeName, year, status, adoptedOn, note, version } = budget
  const adoption =
    status === 'adopted'
      ? { reference: budget.adoptionReference ?? '', meetingItemId: budget.adoptionMeetingItemId, external: budget.adoptionExternal ?? true, recordedBy: budget.adoptionRecordedBy ?? '' }
      : null
  return { id, initiativeId, scopeName, year, status, adoptedOn, adoption, note, version, totalOre: budgetTotal(data, budget.id), actualOre: lineIds.reduce((sum, id) => sum + (actuals.get(id) ?? 0), 0) }
}

async function actualsByLine(db: Queryable, lineIds: string[]) {
  const rows = await repo.listActuals(db, lineIds)
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(row.costLineId, (sums.get(row.costLineId) ?? 0) + row.amountOre)
  return { rows, sums }
}

export async function listBudgets(ctx: Ctx, collaborationId: string, filter: { year?: number; initiativeId?: string }) {
  const wanted = (b: repo.BudgetRow) => (filter.year === undefined || b.year === filter.year) && (filter.initiativeId === undefined || b.initiativeId === filter.initiativeId)
  const data = splitFinance(await loadFinance(ctx.db, collaborationId, { pick: (budgets) => budgets.filter(wanted) }))
  const { sums } = await actualsByLine(ctx.db, data.lines.map((l) => l.id))
  return data.budgets.filter(wanted).map((b) => summary(data, b, sums))
}

export async function getBudget(ctx: Ctx, collaborationId: string, budgetId: string, db: Queryable = ctx.db) {
  // The budget and the two years after it of the same scope (its horizon) are split; no other.
  const horizonOf = (budgets: repo.BudgetRow[]) => {
    const budget = budgets.find((b) => b.id === budgetId)
    return budget ? budgets.filter((b) => b.initiativeId === budget.initiativeId && b.year >= budget.year && b.year <= budget.year + 2) : []
  }
  const data = splitFinance(await loadFinance(db, collaborationId, { pick: horizonOf }))
  const budget = data.budgetsById.get(budgetId)
  if (!budget) throw notFound('budget')
  const rowsOfBudget = data.linesOf.get(budgetId) ?? []
  const { rows, sums } = await actualsByLine(db, rowsOfBudget.map((l) => l.id))
  const lines = (data.splitLines.get(budgetId) ?? []).map((split, i) => {
    const row = rowsOfBudget[i]!
    const key = data.keys.get(row.costKeyId)!
    return {
      ...row,
      effectiveOre: effectiveAmount(split),
      costKeyName: key.name,
      costKeyVersionNo: key.versionNo,
      costKeyKind: key.kind,
      actualOre: sums.get(row.id) ?? 0,
      actuals: rows.filter((a) => a.costLineId === row.id),
    }
  })
  const sameScope = data.budgets.filter((b) => b.initiativeId === budget.initiativeId)
  const horizon = [0, 1, 2].map((offset) => {
    const year = budget.year + offset
    const other = sameScope.find((b) => b.year === year)
    const byCategory: Record<string, number> = {}
    for (const split of other ? (data.splitLines.get(other.id) ?? []) : []) byCategory[split.category!] = (byCategory[split.category!] ?? 0) + effectiveAmount(split)
    return { year, budgetId: other?.id ?? null, byCategory, totalOre: Object.values(byCategory).reduce((a, b) => a + b, 0) }
  })
  const months = Array.from({ length: 12 }, (_, i) => `${budget.year}-${String(i + 1).padStart(2, '0')}`)
  const history = (await repo.listBudgetEvents(db, budgetId)).map(({ id: _, budgetId: __, ...event }) => event)
  return {
    ...summary(data, budget, sums),
    lines,
    funding: data.fundingOf.get(budgetId) ?? [],
    inKind: data.inKind.filter((row) => row.budgetId === budgetId).map(inKindView),
    participants: data.sharingMembers(budget).map((memberId) => ({ memberId, name: data.membersById.get(memberId)!.name })),
    horizon,
    actualByMonth: months.map((month) => ({ month, actualOre: rows.filter((a) => a.bookedOn.startsWith(month)).reduce((sum, a) => sum + a.amountOre, 0) })),
    history,
  }
}

export async function createBudget(ctx: Ctx, collaborationId: string, body: BudgetBody) {
  requireBudgetOffice(ctx, collaborationId)
  const id = await ctx.db.transaction(async (tx) => {
    if (body.initiativeId && !(await repo.initiativeTitle(tx, collaborationId, body.initiativeId))) throw fieldError(ctx.locale, 'body.initiativeId', 'not_found', { entity: 'initiative' })
    const id = await repo.insertBudget(tx, collaborationId, body)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'budget.created', entityType: 'budget', entityId: id, after: body })
    return id
  })
  return getBudget(ctx, collaborationId, id)
}

/** A draft budget of this collaboration, locked for the change. */
async function draftBudget(ctx: Ctx, tx: Queryable, collaborationId: string, budgetId: string) {
  requireBudgetOffice(ctx, collaborationId)
  const budget = await repo.lockBudget(tx, collaborationId, budgetId)
  if (!budget) throw notFound('budget')
  if (budget.status === 'adopted') throw new AppError(409, 'budget_adopted')
  return budget
}

async function checkLine(ctx: Ctx, tx: Queryable, collaborationId: string, budget: { year: number }, line: CostLineBody) {
  if (!(await repo.findCostKey(tx, collaborationId, line.costKeyId))) throw fieldError(ctx.locale, 'body.costKeyId', 'cost_key_not_in_collaboration')
  if (line.indexBaseYear !== null && line.indexBaseYear > budget.year) throw fieldError(ctx.locale, 'body.indexBaseYear', 'index_base_after_year', { year: budget.year })
}

/**
 * After a change every line must still split: a key that cannot carry a line is refused with the reason.
 * With `budgetId`, that budget's lines must also have someone to share them.
 */
async function checkBudgetsSplit(ctx: Ctx, tx: Queryable, collaborationId: string, path: string, budgetId?: string) {
  const data = splitFinance(await loadFinance(tx, collaborationId, budgetId ? { pick: (budgets) => budgets.filter((b) => b.id === budgetId) } : null))
  for (const [id, lines] of data.splitLines) {
    if (budgetId && id !== budgetId) continue
    for (const line of lines) {
      try {
        if (line.payers.length === 0) {
          if (budgetId) throw new AllocationError('nobody_pays')
          continue
        }
        explainLine(line, line.payers[0]!.memberId, ctx.locale)
      } catch (error) {
        if (!(error instanceof AllocationError)) throw error
        throw fieldError(ctx.locale, path, `split_${error.code}` as const, { total: formatOre(effectiveAmount(line)), payers: line.payers.length })
      }
    }
  }
  // A grant is credited to the members by its guarantee key: that key must be able to carry the grant too.
  for (const grant of data.funding) {
    if ((budgetId && grant.budgetId !== budgetId) || grant.status === 'refused') continue
    const budget = data.budgetsById.get(grant.budgetId)
    const key = data.keys.get(grant.guaranteeKeyId)
    const payers = budget && key ? data.payersOf(budget, key) : []
    if (!key || payers.length === 0) continue
    try {
      fundingCredits(grant.amountOre, key, payers)
    } catch (error) {
      if (!(error instanceof AllocationError)) throw error
      throw fieldError(ctx.locale, path, `split_${error.code}` as const, { total: formatOre(grant.amountOre), payers: payers.length })
    }
  }
}

const lineView = async (ctx: Ctx, tx: Queryable, collaborationId: string, budgetId: string, lineId: string) => (await getBudget(ctx, collaborationId, budgetId, tx)).lines.find((l) => l.id === lineId)!

export async function addCostLine(ctx: Ctx, collaborationId: string, budgetId: string, body: CostLineBody) {
  return ctx.db.transaction(async (tx) => {
    const budget = await draftBudget(ctx, tx, collaborationId, budgetId)
    await checkLine(ctx, tx, collaborationId, budget, body)
    const id = await repo.insertCostLine(tx, budgetId, body)
    await checkBudgetsSplit(ctx, tx, collaborationId, 'body.costKeyId', budgetId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'cost_line.added', entityType: 'cost_line', entityId: id, after: { budgetId, ...body } })
    return lineView(ctx, tx, collaborationId, budgetId, id)
  })
}

export async function updateCostLine(ctx: Ctx, collaborationId: string, budgetId: string, lineId: string, body: CostLineBody & { version: number }) {
  return ctx.db.transaction(async (tx) => {
    const budget = await draftBudget(ctx, tx, collaborationId, budgetId)
    const before = (await repo.listCostLines(tx, [budgetId])).find((l) => l.id === lineId)
    if (!before) throw notFound('cost_line')
    const { version, ...line } = body
    await checkLine(ctx, tx, collaborationId, budget, line)
    if (!(await repo.updateCostLine(tx, lineId, version, line))) throw staleVersion()
    await checkBudgetsSplit(ctx, tx, collaborationId, 'body.costKeyId', budgetId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'cost_line.changed', entityType: 'cost_line', entityId: lineId, before, after: line })
    return lineView(ctx, tx, collaborationId, budgetId, lineId)
  })
}

export async function removeCostLine(ctx: Ctx, collaborationId: string, budgetId: string, lineId: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    await draftBudget(ctx, tx, collaborationId, budgetId)
    const before = (await repo.listCostLines(tx, [budgetId])).find((l) => l.id === lineId)
    if (!before) throw notFound('cost_line')
    if ((await repo.listActuals(tx, [lineId])).length > 0) throw new AppError(409, 'line_has_actuals')
    if (!(await repo.deleteCostLine(tx, lineId, version))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'cost_line.removed', entityType: 'cost_line', entityId: lineId, before })
  })
}

export async function recordActualCost(ctx: Ctx, collaborationId: string, budgetId: string, lineId: string, body: { bookedOn: string; amountOre: number; description: string }) {
  return ctx.db.transaction(async (tx) => {
    const budget = await repo.lockBudget(tx, collaborationId, budgetId)
    if (!budget) throw notFound('budget')
    if (!(await repo.listCostLines(tx, [budgetId])).some((l) => l.id === lineId)) throw notFound('cost_line')
    if (!body.bookedOn.startsWith(`${budget.year}-`)) throw fieldError(ctx.locale, 'body.bookedOn', 'actual_outside_year', { year: budget.year })
    if (body.bookedOn > today()) throw fieldError(ctx.locale, 'body.bookedOn', 'actual_in_future')
    if (body.amountOre === 0) throw fieldError(ctx.locale, 'body.amountOre', 'actual_zero')
    const id = await repo.insertActual(tx, lineId, body, actorName(ctx))
    await recordChange(tx, ctx.actor, { collaborationId, action: 'actual_cost.recorded', entityType: 'actual_cost', entityId: id, after: { budgetId, lineId, ...body } })
    return (await repo.listActuals(tx, [lineId])).find((a) => a.id === id)!
  })
}

// ---- External funding and in-kind contributions ----------------------------------------------------

const fundingView = async (tx: Queryable, budgetId: string, id: string) => (await repo.listFunding(tx, [budgetId])).find((f) => f.id === id)!

export async function addFunding(ctx: Ctx, collaborationId: string, budgetId: string, body: { funder: string; description: string; amountOre: number; guaranteeKeyId: string }) {
  requireBudgetOffice(ctx, collaborationId)
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.lockBudget(tx, collaborationId, budgetId))) throw notFound('budget')
    if (!(await repo.findCostKey(tx, collaborationId, body.guaranteeKeyId))) throw fieldError(ctx.locale, 'body.guaranteeKeyId', 'cost_key_not_in_collaboration')
    const id = await repo.insertFunding(tx, budgetId, body)
    await checkBudgetsSplit(ctx, tx, collaborationId, 'body.guaranteeKeyId', budgetId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'funding.applied', entityType: 'external_funding', entityId: id, after: { budgetId, ...body } })
    return fundingView(tx, budgetId, id)
  })
}

export async function decideFunding(ctx: Ctx, collaborationId: string, budgetId: string, fundingId: string, body: { version: number; status: 'applied' | 'granted' | 'refused'; decidedOn: string | null }) {
  requireBudgetOffice(ctx, collaborationId)
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.lockBudget(tx, collaborationId, budgetId))) throw notFound('budget')
    const before = (await repo.listFunding(tx, [budgetId])).find((f) => f.id === fundingId)
    if (!before) throw notFound('funding')
    if ((body.status === 'applied') !== (body.decidedOn === null)) throw fieldError(ctx.locale, 'body.decidedOn', 'funding_decision_date')
    if (body.decidedOn && body.decidedOn > today()) throw fieldError(ctx.locale, 'body.decidedOn', 'decision_in_future')
    if (!(await repo.updateFunding(tx, fundingId, body.version, body.status, body.decidedOn))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: `funding.${body.status}`, entityType: 'external_funding', entityId: fundingId, before, after: body })
    return fundingView(tx, budgetId, fundingId)
  })
}

export async function recordInKind(ctx: Ctx, collaborationId: string, budgetId: string, memberId: string, body: { hourlyRateId: string; hours: number; description: string }) {
  return ctx.db.transaction(async (tx) => {
    // Only who shares the budget is read: no lines are split.
    const data = splitFinance(await loadFinance(tx, collaborationId, { pick: () => [] }))
    const budget = data.budgetsById.get(budgetId)
    if (!budget) throw notFound('budget')
    const member = await memberOf(tx, collaborationId, memberId)
    if (!data.sharingMembers(budget).includes(memberId)) throw fieldError(ctx.locale, 'params.memberId', 'member_not_sharing', { member: member.name })
    const rate = (await repo.listHourlyRates(tx, collaborationId)).find((r) => r.id === body.hourlyRateId)
    if (!rate) throw fieldError(ctx.locale, 'body.hourlyRateId', 'not_found', { entity: 'hourly_rate' })
    if (rate.year !== budget.year) throw fieldError(ctx.locale, 'body.hourlyRateId', 'rate_wrong_year', { rateYear: rate.year, year: budget.year })
    const id = await repo.insertInKind(tx, { budgetId, memberId, ...body, by: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'in_kind.recorded', entityType: 'in_kind_contribution', entityId: id, after: { budgetId, memberId, ...body } })
    return inKindView((await repo.listInKind(tx, [budgetId])).find((row) => row.id === id)!)
  })
}

export async function removeInKind(ctx: Ctx, collaborationId: string, budgetId: string, memberId: string, contributionId: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.lockBudget(tx, collaborationId, budgetId))) throw notFound('budget')
    const removed = await repo.deleteInKind(tx, budgetId, memberId, contributionId)
    if (!removed) throw notFound('in_kind_contribution')
    await recordChange(tx, ctx.actor, { collaborationId, action: 'in_kind.removed', entityType: 'in_kind_contribution', entityId: contributionId, before: { budgetId, memberId, ...removed } })
  })
}

// ---- What each member pays -----------------------------------------------------------------------

async function header(ctx: Ctx, collaborationId: string) {
  const collaboration = await collaborationHeader(ctx.db, collaborationId)
  if (!collaboration) throw notFound('collaboration')
  return collaboration
}

export async function invoiceBasis(ctx: Ctx, collaborationId: string, memberId: string, period: Period): Promise<InvoiceBasis> {
  const collaboration = await header(ctx, collaborationId)
  const data = splitFinance(await loadFinance(ctx.db, collaborationId, { year: period.year }))
  if (!data.membersById.has(memberId)) throw notFound('member')
  return buildInvoiceBasis(data, collaboration, memberId, { year: period.year, quarter: period.quarter ?? null }, ctx.locale)
}

function overviewOf(data: FinanceData, period: Period, joiners: ReturnType<typeof lateJoiners>, actualByYear: Map<number, number>): FinanceOverview {
  const quarter = period.quarter ?? null
  const totals = memberTotals(data, period.year, quarter, joiners)
  const inKind = new Map<string, number>()
  for (const row of data.inKind) {
    if (data.budgetsById.get(row.budgetId)?.year === period.year) inKind.set(row.memberId, (inKind.get(row.memberId) ?? 0) + inKindView(row).valueOre)
  }
  const members = data.members.map((m) => {
    const figures = data.memberFigure(m.memberId, period.year)!
    const inKindOre = inKind.get(m.memberId) ?? 0
    const totalOre = totals.get(m.memberId) ?? 0
    const perInhabitantOre = figures.population ? Math.floor((2 * totalOre + figures.population) / (2 * figures.population)) : null
    return { memberId: m.memberId, name: m.name, code: m.code, population: figures.population, totalOre, inKindOre, perInhabitantOre }
  })
  const years = [...new Set(data.budgets.map((b) => b.year))].sort()
  const byYear = years.map((year) => {
    const budgets = data.budgets.filter((b) => b.year === year)
    return { year, budgetOre: budgets.reduce((sum, b) => sum + budgetTotal(data, b.id), 0), actualOre: actualByYear.get(year) ?? 0, preliminary: gapsOf(data, year).preliminary }
  })
  return { year: period.year, quarter, members, totalOre: members.reduce((sum, m) => sum + m.totalOre, 0), byYear, gaps: gapsOf(data, period.year) }
}

export async function financeOverview(ctx: Ctx, collaborationId: string, period: Period): Promise<FinanceOverview> {
  await header(ctx, collaborationId)
  // Every budget is split: the overview shows each year's budget beside its actual costs.
  const data = splitFinance(await loadFinance(ctx.db, collaborationId))
  const actualByYear = await repo.actualTotalsByYear(ctx.db, collaborationId)
  return overviewOf(data, period, lateJoiners(data, { year: period.year }), actualByYear)
}

/** The overview and every member's basis, for the whole collaboration's workbook. */
export async function everyInvoiceBasis(ctx: Ctx, collaborationId: string, period: Period) {
  const collaboration = await header(ctx, collaborationId)
  const data = splitFinance(await loadFinance(ctx.db, collaborationId))
  const actualByYear = await repo.actualTotalsByYear(ctx.db, collaborationId)
  const joiners = lateJoiners(data, { year: period.year })
  const overview = overviewOf(data, period, joiners, actualByYear)
  const bases = data.members.map((m) => buildInvoiceBasis(data, collaboration, m.memberId, { year: period.year, quarter: period.quarter ?? null }, ctx.locale, joiners))
  return { overview, bases }
}

export async function listLateJoiners(ctx: Ctx, collaborationId: string, initiativeId?: string) {
  const data = splitFinance(await loadFinance(ctx.db, collaborationId, { joiners: true }))
  return lateJoiners(data, { initiativeId }).map(({ year: _, ...joiner }) => joiner)
}


/**
 * What each of these members pays for the year, as its invoice basis totals it (the dashboard's figure); null
 * where the year's keys cannot split a line, as the invoice basis then says why.
 */
export async function memberYearTotals(db: Queryable, collaborationId: string, year: number, memberIds: string[]) {
  if (memberIds.length === 0) return []
  const data = splitFinance(await loadFinance(db, collaborationId, { year }))
  const ours = memberIds.filter((id) => data.membersById.has(id))
  let totals: Map<string, number> | null
  try {
    totals = memberTotals(data, year, null)
  } catch (error) {
    if (!(error instanceof AllocationError)) throw error
    totals = null
  }
  return ours.map((memberId) => ({ memberId, name: data.membersById.get(memberId)!.name, totalOre: totals ? (totals.get(memberId) ?? 0) : null }))
}

/**
 * What each member pays for each initiative (all its budgets, grants credited, late joiners' buy-ins), exact öre,
 * keyed initiative → member; empty when the collaboration's keys cannot split its costs yet.
 */
export async function memberCostsPerInitiative(db: Queryable, collaborationId: string): Promise<Map<string, Map<string, number>>> {
  const data = splitFinance(await loadFinance(db, collaborationId))
  try {
    return memberCostsByInitiative(data)
  } catch (error) {
    if (!(error instanceof AllocationError)) throw error
    return new Map()
  }
}

/**
 * Every cost line of the initiative's budgets with the exact share each member pays of it (by the line's cost key,
 * as the invoice basis splits it), and each granted grant as a credit: what a decision basis tabulates per member.
 * A line that cannot be split yet (nobody to pay it, caps that cannot be met) comes with no shares.
 */
export async function initiativeCostLines(db: Queryable, collaborationId: string, initiativeId: string) {
  const data = splitFinance(await loadFinance(db, collaborationId, { pick: (budgets) => budgets.filter((b) => b.initiativeId === initiativeId) }))
  const result: { year: number; budgetId: string; description: string; totalOre: number; shares: { memberId: string; amountOre: number }[] }[] = []
  for (const budget of data.budgets.filter((b) => b.initiativeId === initiativeId).sort((a, b) => a.year - b.year)) {
    for (const line of data.splitLines.get(budget.id) ?? []) {
      let shares: Map<string, number> = new Map()
      try {
        if (line.payers.length > 0) shares = line.key.kind === 'price' ? new Map(line.payers.map((p) => [p.memberId, explainLine(line, p.memberId, 'sv')!.yearAmountOre])) : lineSplit(line).shares
      } catch (error) {
        if (!(error instanceof AllocationError)) throw error
      }
      result.push({ year: budget.year, budgetId: budget.id, description: line.description, totalOre: effectiveAmount(line), shares: [...shares].map(([memberId, amountOre]) => ({ memberId, amountOre })) })
    }
    for (const grant of grantedOf(data, budget.id)) {
      const credit = data.grantCredits(grant)
      result.push({ year: budget.year, budgetId: budget.id, description: `Bidrag: ${grant.funder}${grant.description ? `, ${grant.description}` : ''}`, totalOre: -grant.amountOre, shares: [...credit.shares].map(([memberId, share]) => ({ memberId, amountOre: -share })) })
    }
  }
  return result
}
