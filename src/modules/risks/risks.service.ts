import { today } from '../../server/clock'
import { type Queryable, withinTransaction } from '../../server/db/database'
import { actingMembers } from '../../server/http/access'
import type { Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion, translate } from '../../server/http/errors'
import type { PageQuery } from '../../server/http/paging'
import { recordChange } from '../audit'
import { listBodies, raiseDisagreement } from '../governance'
import { findInitiative } from '../initiatives'
import { requireOwnMember } from '../members'
import { assessmentProblems, buildMatrix, escalates, levelOf, startingBody } from './risk-score'
import { risksPolicy } from './risks.policy'
import * as repo from './risks.repository'
import type { CloseRiskBody, CreateRiskBody, PortfolioMatrixQuery, PortfolioRiskQuery, ReviewRiskBody, Risk, UpdateRiskBody, UpdateRiskSettingsBody } from './risks.schema'

export function presentRisk(row: repo.RiskRow, on: string): Risk {
  const scoreAfter = row.probabilityAfter !== null && row.consequenceAfter !== null ? row.probabilityAfter * row.consequenceAfter : null
  return {
    id: row.id,
    subjectType: row.subjectType,
    initiativeId: row.initiativeId,
    initiativeTitle: row.initiativeTitle,
    kind: row.kind,
    title: row.title,
    category: row.category,
    cause: row.cause,
    consequence: row.consequence,
    probabilityBefore: row.probabilityBefore,
    consequenceBefore: row.consequenceBefore,
    scoreBefore: row.probabilityBefore * row.consequenceBefore,
    probabilityAfter: row.probabilityAfter,
    consequenceAfter: row.consequenceAfter,
    scoreAfter,
    currentScore: row.currentScore,
    level: levelOf(row.currentScore),
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    strategy: row.strategy,
    measures: row.measures,
    nextReview: row.nextReview,
    lastReviewedOn: row.lastReviewedOn,
    reviewOverdue: row.status === 'open' && row.nextReview !== null && row.nextReview < on,
    memberId: row.memberId,
    memberName: row.memberName,
    status: row.status,
    closedReason: row.closedReason,
    escalation: row.escalationId && row.escalationStatus ? { disagreementId: row.escalationId, status: row.escalationStatus, bodyName: row.escalationBodyName ?? '' } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  }
}

async function requireInitiative(db: Queryable, collaborationId: string, initiativeId: string) {
  const initiative = await findInitiative(db, collaborationId, initiativeId)
  if (!initiative) throw notFound('initiative')
  return initiative
}

async function loadRisk(db: Queryable, collaborationId: string, initiativeId: string, riskId: string, forUpdate = false) {
  const risk = await repo.findRisk(db, collaborationId, initiativeId, riskId, forUpdate)
  if (!risk) throw notFound('risk')
  return risk
}

async function threshold(db: Queryable, collaborationId: string) {
  const row = await repo.findThreshold(db, collaborationId)
  if (!row) throw notFound('collaboration')
  return row
}

/** Members a member representative may record risks for; null when the actor acts for the whole collaboration. */
const editableMembers = (ctx: Ctx, collaborationId: string) => actingMembers(ctx.actor, collaborationId, risksPolicy.manage.roles)

/** A reader without a role in the collaboration (the public): information-security risks are withheld. */
const outsider = (ctx: Ctx, collaborationId: string) => !ctx.actor.user?.isAdmin && !ctx.actor.grants.some((grant) => grant.collaborationId === collaborationId)

/** The register of one initiative, with what the reader may do in it. */
export async function listInitiativeRisks(ctx: Ctx, collaborationId: string, initiativeId: string) {
  await requireInitiative(ctx.db, collaborationId, initiativeId)
  const grants = ctx.actor.grants.filter((grant) => grant.collaborationId === collaborationId)
  const mayEdit = Boolean(ctx.actor.user?.isAdmin) || grants.some((grant) => (risksPolicy.manage.roles as readonly string[]).includes(grant.role))
  const [rows, settings, participants, people] = await Promise.all([
    repo.listInitiativeRisks(ctx.db, collaborationId, initiativeId, outsider(ctx, collaborationId)),
    threshold(ctx.db, collaborationId),
    repo.listParticipants(ctx.db, initiativeId),
    mayEdit ? repo.listPeople(ctx.db, collaborationId) : Promise.resolve([]),
  ])
  const on = today()
  return { initiativeId, threshold: settings.threshold, mayEdit, editableMemberIds: mayEdit ? editableMembers(ctx, collaborationId) : [], participants, people, items: rows.map((row) => presentRisk(row, on)) }
}

export async function getRisk(ctx: Ctx, collaborationId: string, initiativeId: string, riskId: string, db: Queryable = ctx.db) {
  return presentRisk(await loadRisk(db, collaborationId, initiativeId, riskId), today())
}

function invalid(ctx: Ctx, problems: { field: string; code: Parameters<typeof translate>[1] }[]) {
  return new AppError(
    400,
    'invalid_request',
    {},
    problems.map((p) => ({ path: `body.${p.field}`, message: translate(ctx.locale, p.code) })),
  )
}

/**
 * The rules of a risk's fields that its schema cannot say: a member representative records risks concerning its own
 * member (403 for another); the member takes part in the initiative; the owner has a role in the collaboration, or
 * a name is typed; the assessment after measures and the strategy follow `assessmentProblems`.
 */
async function checkedFields(ctx: Ctx, tx: Queryable, collaborationId: string, initiativeId: string, input: CreateRiskBody): Promise<repo.RiskFields> {
  const own = editableMembers(ctx, collaborationId)
  if (own && input.memberId === null) throw fieldError(ctx.locale, 'body.memberId', 'risk_member_required')
  if (input.memberId) await requireOwnMember(tx, own, [input.memberId])
  const problems: { field: string; code: Parameters<typeof translate>[1] }[] = []
  if (input.memberId && !(await repo.listParticipants(tx, initiativeId)).some((p) => p.memberId === input.memberId)) problems.push({ field: 'memberId', code: 'risk_member_not_participant' })
  let ownerName = input.ownerName
  if (input.ownerUserId) {
    const person = await repo.personInCollaboration(tx, collaborationId, input.ownerUserId)
    if (person) ownerName = person.name
    else problems.push({ field: 'ownerUserId', code: 'risk_owner_not_in_collaboration' })
  } else if (!ownerName) problems.push({ field: 'ownerName', code: 'risk_owner_required' })
  problems.push(...assessmentProblems(input))
  if (problems.length) throw invalid(ctx, problems)
  return { ...input, ownerName }
}

/** A representative changes only risks concerning its own member. */
async function requireMayChange(ctx: Ctx, tx: Queryable, collaborationId: string, risk: repo.RiskRow) {
  const own = editableMembers(ctx, collaborationId)
  if (own && (risk.memberId === null || !own.includes(risk.memberId))) await requireOwnMember(tx, own, [risk.memberId ?? ''])
}

/**
 * Raises a disagreement along the escalation chain when the risk's current score has crossed the collaboration's
 * threshold (see `escalates`), in the change's own transaction, and remembers it on the risk.
 */
async function escalateIfAbove(ctx: Ctx, tx: Queryable, collaborationId: string, initiativeId: string, riskId: string, scoreBefore: number | null) {
  const risk = await loadRisk(tx, collaborationId, initiativeId, riskId)
  const { threshold: limit } = await threshold(tx, collaborationId)
  if (!escalates({ scoreNow: risk.currentScore, scoreBefore, threshold: limit, escalated: risk.escalationId !== null, escalationOpen: risk.escalationStatus === 'open' })) return
  const bodyId = startingBody(await listBodies(tx, collaborationId))
  if (!bodyId) return
  const disagreement = await raiseDisagreement({ ...ctx, db: withinTransaction(ctx.db, tx) }, collaborationId, {
    title: `Risk över tröskelvärdet: ${risk.title}`.slice(0, 300),
    description: `${risk.initiativeTitle}: risken ”${risk.title}” har riskvärdet ${risk.currentScore} (sannolikhet ${risk.probabilityAfter ?? risk.probabilityBefore} × konsekvens ${risk.consequenceAfter ?? risk.consequenceBefore}), över samverkans tröskelvärde ${limit}. Ägare: ${risk.ownerName}.`,
    bodyId,
  })
  await repo.setEscalation(tx, riskId, disagreement.id)
}

export async function createRisk(ctx: Ctx, collaborationId: string, initiativeId: string, input: CreateRiskBody) {
  const id = await ctx.db.transaction(async (tx) => {
    await requireInitiative(tx, collaborationId, initiativeId)
    const fields = await checkedFields(ctx, tx, collaborationId, initiativeId, input)
    const id = await repo.insertRisk(tx, collaborationId, initiativeId, fields)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'risk.created', entityType: 'risk', entityId: id, after: { initiativeId, ...fields } })
    await escalateIfAbove(ctx, tx, collaborationId, initiativeId, id, null)
    return id
  })
  return getRisk(ctx, collaborationId, initiativeId, id)
}

async function loadOpenForChange(ctx: Ctx, tx: Queryable, collaborationId: string, initiativeId: string, riskId: string, version: number) {
  const risk = await loadRisk(tx, collaborationId, initiativeId, riskId, true)
  await requireMayChange(ctx, tx, collaborationId, risk)
  if (risk.version !== version) throw staleVersion()
  if (risk.status === 'closed') throw new AppError(409, 'risk_closed')
  return risk
}

export async function updateRisk(ctx: Ctx, collaborationId: string, initiativeId: string, riskId: string, input: UpdateRiskBody) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadOpenForChange(ctx, tx, collaborationId, initiativeId, riskId, input.version)
    const { version, ...rest } = input
    const fields = await checkedFields(ctx, tx, collaborationId, initiativeId, rest)
    if (!(await repo.updateRisk(tx, riskId, version, fields))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'risk.updated', entityType: 'risk', entityId: riskId, before, after: fields })
    await escalateIfAbove(ctx, tx, collaborationId, initiativeId, riskId, before.currentScore)
  })
  return getRisk(ctx, collaborationId, initiativeId, riskId)
}

/** Granska: a new assessment and the next review date; it discharges the review duty. */
export async function reviewRisk(ctx: Ctx, collaborationId: string, initiativeId: string, riskId: string, input: ReviewRiskBody) {
  const on = today()
  await ctx.db.transaction(async (tx) => {
    const before = await loadOpenForChange(ctx, tx, collaborationId, initiativeId, riskId, input.version)
    const problems: { field: string; code: Parameters<typeof translate>[1] }[] = assessmentProblems({ ...input, kind: before.kind, strategy: before.strategy, measures: before.measures })
    if (input.nextReview <= on) problems.push({ field: 'nextReview', code: 'risk_next_review_not_future' })
    if (problems.length) throw invalid(ctx, problems)
    const review = { probabilityBefore: input.probabilityBefore, consequenceBefore: input.consequenceBefore, probabilityAfter: input.probabilityAfter, consequenceAfter: input.consequenceAfter, nextReview: input.nextReview, reviewedOn: on }
    if (!(await repo.reviewRisk(tx, riskId, input.version, review))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'risk.reviewed', entityType: 'risk', entityId: riskId, before: { currentScore: before.currentScore, nextReview: before.nextReview }, after: review })
    await escalateIfAbove(ctx, tx, collaborationId, initiativeId, riskId, before.currentScore)
  })
  return getRisk(ctx, collaborationId, initiativeId, riskId)
}

export async function closeRisk(ctx: Ctx, collaborationId: string, initiativeId: string, riskId: string, input: CloseRiskBody) {
  await ctx.db.transaction(async (tx) => {
    await loadOpenForChange(ctx, tx, collaborationId, initiativeId, riskId, input.version)
    if (!(await repo.closeRisk(tx, riskId, input.version, input.reason))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'risk.closed', entityType: 'risk', entityId: riskId, after: { reason: input.reason } })
  })
  return getRisk(ctx, collaborationId, initiativeId, riskId)
}

export async function initiativeMatrix(ctx: Ctx, collaborationId: string, initiativeId: string) {
  await requireInitiative(ctx.db, collaborationId, initiativeId)
  return matrixOf(ctx.db, collaborationId, { initiativeId, withholdSecurity: outsider(ctx, collaborationId) })
}

async function matrixOf(db: Queryable, collaborationId: string, filter: repo.PortfolioFilter) {
  const [counts, settings] = await Promise.all([repo.countMatrix(db, collaborationId, filter), threshold(db, collaborationId)])
  return { cells: buildMatrix(counts), total: counts.reduce((sum, c) => sum + c.count, 0), threshold: settings.threshold }
}

/** The whole portfolio's open risks in the matrix, filtered as the list is. */
export const portfolioMatrix = (ctx: Ctx, collaborationId: string, query: PortfolioMatrixQuery) => matrixOf(ctx.db, collaborationId, { ...query, withholdSecurity: outsider(ctx, collaborationId) })

export async function listPortfolioRisks(ctx: Ctx, collaborationId: string, query: PortfolioRiskQuery & PageQuery) {
  const { page, limit, overdue, ...filter } = query
  const on = today()
  const { rows, total } = await repo.listPortfolioRisks(ctx.db, collaborationId, { ...filter, overdueBefore: overdue === 'true' ? on : undefined, withholdSecurity: outsider(ctx, collaborationId) }, { page, limit })
  return { items: rows.map((row) => presentRisk(row, on)), total, page, limit }
}

export async function getRiskSettings(ctx: Ctx, collaborationId: string) {
  return threshold(ctx.db, collaborationId)
}

export async function updateRiskSettings(ctx: Ctx, collaborationId: string, input: UpdateRiskSettingsBody) {
  await ctx.db.transaction(async (tx) => {
    const before = await threshold(tx, collaborationId)
    if (!(await repo.updateThreshold(tx, collaborationId, input.version, input.threshold))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'collaboration.risk_threshold_changed', entityType: 'collaboration', entityId: collaborationId, before: { threshold: before.threshold }, after: { threshold: input.threshold } })
  })
  return getRiskSettings(ctx, collaborationId)
}
