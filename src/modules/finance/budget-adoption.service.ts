/**
 * Adopting and reopening a budget (issue 12). A budget is adopted by a decision: a § of a held meeting kept in
 * Samverka, dated the meeting's day, or a decision taken elsewhere, recorded with its reference and date. Only a
 * coordinator reopens an adopted budget, with a reason; the adoption stays in the budget's history.
 */
import { now, today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion } from '../../server/http/errors'
import { recordChange } from '../audit'
import { findParagraph } from '../meetings'
import { requireBudgetOffice } from './budget-access'
import type { BudgetAdoptionBody } from './finance.schema'
import * as repo from './finance.repository'
import { getBudget } from './finance.service'

/** A meeting whose § can adopt a budget: it has been held (its minutes may still await approval). */
const HELD = ['held', 'minutes_approved', 'published']

async function currentBudget(tx: Queryable, collaborationId: string, budgetId: string) {
  if (!(await repo.lockBudget(tx, collaborationId, budgetId))) throw notFound('budget')
  const [budget] = await repo.listBudgets(tx, collaborationId, { ids: [budgetId] })
  return budget!
}

/** The adoption a decision amounts to, or the refusal naming the field that is wrong. */
async function adoptionOf(ctx: Ctx, tx: Queryable, collaborationId: string, decision: BudgetAdoptionBody['decision']): Promise<repo.Adoption> {
  const by = actorName(ctx)
  if (decision.kind === 'external') {
    if (decision.decidedOn > today()) throw fieldError(ctx.locale, 'body.decision.decidedOn', 'decision_in_future')
    const reference = decision.bodyName && !decision.reference.includes(decision.bodyName) ? `${decision.bodyName}, ${decision.reference}` : decision.reference
    return { adoptedOn: decision.decidedOn, reference, meetingItemId: null, external: true, by }
  }
  const path = 'body.decision.meetingItemId'
  const paragraph = await findParagraph(tx, collaborationId, decision.meetingItemId)
  if (!paragraph) throw fieldError(ctx.locale, path, 'budget_paragraph_unknown')
  if (!HELD.includes(paragraph.meetingStatus)) throw fieldError(ctx.locale, path, 'budget_paragraph_not_held', { date: paragraph.meetingDate })
  if (paragraph.outcome !== 'approve') throw fieldError(ctx.locale, path, 'budget_paragraph_not_approving', { paragraph: paragraph.paragraph })
  return { adoptedOn: paragraph.meetingDate, reference: `${paragraph.bodyName} § ${paragraph.paragraph}/${paragraph.year}`, meetingItemId: paragraph.itemId, external: false, by }
}

export async function adoptBudget(ctx: Ctx, collaborationId: string, budgetId: string, body: BudgetAdoptionBody) {
  requireBudgetOffice(ctx, collaborationId)
  await ctx.db.transaction(async (tx) => {
    const before = await currentBudget(tx, collaborationId, budgetId)
    if (before.status === 'adopted') throw new AppError(409, 'budget_already_adopted', { adoptedOn: before.adoptedOn!, reference: before.adoptionReference ?? '' })
    const adoption = await adoptionOf(ctx, tx, collaborationId, body.decision)
    if (!(await repo.adoptBudget(tx, budgetId, body.version, adoption))) throw staleVersion()
    await repo.insertBudgetEvent(tx, { budgetId, kind: 'adopted', at: now(), by: adoption.by, decidedOn: adoption.adoptedOn, reference: adoption.reference, meetingItemId: adoption.meetingItemId, external: adoption.external })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'budget.adopted', entityType: 'budget', entityId: budgetId, before, after: adoption })
  })
  return getBudget(ctx, collaborationId, budgetId)
}

export async function reopenBudget(ctx: Ctx, collaborationId: string, budgetId: string, body: { version: number; reason: string }) {
  requireBudgetOffice(ctx, collaborationId, ['coordinator'])
  await ctx.db.transaction(async (tx) => {
    const before = await currentBudget(tx, collaborationId, budgetId)
    if (before.status !== 'adopted') throw new AppError(409, 'budget_not_adopted')
    if (!(await repo.reopenBudget(tx, budgetId, body.version))) throw staleVersion()
    await repo.insertBudgetEvent(tx, { budgetId, kind: 'reopened', at: now(), by: actorName(ctx), reason: body.reason })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'budget.reopened', entityType: 'budget', entityId: budgetId, before, after: { status: 'draft', reason: body.reason } })
  })
  return getBudget(ctx, collaborationId, budgetId)
}

export async function updateBudgetNote(ctx: Ctx, collaborationId: string, budgetId: string, body: { version: number; note: string }) {
  requireBudgetOffice(ctx, collaborationId)
  await ctx.db.transaction(async (tx) => {
    const before = await currentBudget(tx, collaborationId, budgetId)
    if (!(await repo.updateBudgetNote(tx, budgetId, body.version, body.note))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'budget.updated', entityType: 'budget', entityId: budgetId, before: { note: before.note }, after: { note: body.note } })
  })
  return getBudget(ctx, collaborationId, budgetId)
}
