import { today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actingMembers, decide } from '../../server/http/access'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion } from '../../server/http/errors'
import { recordChange } from '../audit'
import { findInitiative } from '../initiatives'
import { requireOwnMember } from '../members'
import { benefitsPolicy } from './benefits.policy'
import { presentEffects, type InitiativeRecords } from './benefits.presenter'
import type { EffectBody, IndicatorBody, InitiativeBenefits, MeasurementBody, MemberFiguresBody } from './benefits.schema'
import * as repo from './benefits.repository'

async function requireInitiative(db: Queryable, collaborationId: string, initiativeId: string) {
  const initiative = await findInitiative(db, collaborationId, initiativeId)
  if (!initiative) throw notFound('initiative')
  return initiative
}

/** Everything the benefits of one initiative are made of: five queries, however many indicators and members. */
export async function loadInitiativeRecords(db: Queryable, collaborationId: string, initiativeId: string): Promise<InitiativeRecords> {
  const ids = [initiativeId]
  // One query after another: inside a transaction they share one connection.
  const participants = await repo.listParticipants(db, collaborationId, ids)
  const effects = await repo.listEffects(db, collaborationId, initiativeId)
  const indicators = await repo.listIndicators(db, ids)
  const figures = await repo.listFigures(db, ids)
  const measurements = await repo.listMeasurements(db, ids)
  return { participants, effects, indicators, figures, measurements }
}

/** The members whose figures the actor may enter among `participants`; `all` when it may edit everything. */
function editableMembers(ctx: Ctx, collaborationId: string, participants: { memberId: string }[]) {
  const all = decide(benefitsPolicy.manage, ctx.actor, collaborationId).allowed || Boolean(ctx.actor.user?.isAdmin)
  if (all) return { all, memberIds: participants.map((p) => p.memberId) }
  if (!ctx.actor.user || !decide(benefitsPolicy.enterFigures, ctx.actor, collaborationId).allowed) return { all, memberIds: [] }
  const own = actingMembers(ctx.actor, collaborationId, benefitsPolicy.enterFigures.roles) ?? []
  return { all, memberIds: participants.map((p) => p.memberId).filter((id) => own.includes(id)) }
}

export async function getInitiativeBenefits(ctx: Ctx, collaborationId: string, initiativeId: string): Promise<InitiativeBenefits> {
  const initiative = await requireInitiative(ctx.db, collaborationId, initiativeId)
  const records = await loadInitiativeRecords(ctx.db, collaborationId, initiativeId)
  const editable = editableMembers(ctx, collaborationId, records.participants)
  return {
    initiativeId,
    goal: initiative.need,
    participants: records.participants.map((p) => ({ memberId: p.memberId, name: p.name })),
    mayEditAll: editable.all,
    editableMemberIds: editable.memberIds,
    effects: presentEffects(records),
  }
}

// ---- Effects and indicators ------------------------------------------------------------------------------------

export async function createEffect(ctx: Ctx, collaborationId: string, initiativeId: string, body: EffectBody) {
  return ctx.db.transaction(async (tx) => {
    await requireInitiative(tx, collaborationId, initiativeId)
    const created = await repo.insertEffect(tx, initiativeId, body)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_effect.created', entityType: 'benefit_effect', entityId: created.id, after: { initiativeId, ...body } })
    return created
  })
}

async function lockEffect(tx: Queryable, collaborationId: string, effectId: string, version: number) {
  const effect = await repo.findEffect(tx, collaborationId, effectId, true)
  if (!effect) throw notFound('benefit_effect')
  if (effect.version !== version) throw staleVersion()
  return effect
}

export async function updateEffect(ctx: Ctx, collaborationId: string, effectId: string, body: EffectBody & { version: number }) {
  return ctx.db.transaction(async (tx) => {
    const { version, ...change } = body
    const before = await lockEffect(tx, collaborationId, effectId, version)
    const updated = await repo.updateEffect(tx, effectId, change)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_effect.changed', entityType: 'benefit_effect', entityId: effectId, before, after: change })
    return updated
  })
}

export async function deleteEffect(ctx: Ctx, collaborationId: string, effectId: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const before = await lockEffect(tx, collaborationId, effectId, version)
    if ((await repo.countEffectMeasurements(tx, effectId)) > 0) throw new AppError(409, 'benefit_effect_has_measurements')
    await repo.deleteEffect(tx, effectId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_effect.deleted', entityType: 'benefit_effect', entityId: effectId, before })
  })
}

export async function createIndicator(ctx: Ctx, collaborationId: string, effectId: string, body: IndicatorBody) {
  return ctx.db.transaction(async (tx) => {
    const effect = await repo.findEffect(tx, collaborationId, effectId, true)
    if (!effect) throw notFound('benefit_effect')
    const created = await repo.insertIndicator(tx, effectId, body)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_indicator.created', entityType: 'benefit_indicator', entityId: created.id, after: { effectId, ...body } })
    return created
  })
}

export async function updateIndicator(ctx: Ctx, collaborationId: string, indicatorId: string, body: IndicatorBody & { version: number }) {
  return ctx.db.transaction(async (tx) => {
    const { version, ...change } = body
    const before = await repo.findIndicator(tx, collaborationId, indicatorId, true)
    if (!before) throw notFound('benefit_indicator')
    if (before.version !== version) throw staleVersion()
    const updated = await repo.updateIndicator(tx, indicatorId, change)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_indicator.changed', entityType: 'benefit_indicator', entityId: indicatorId, before, after: change })
    return updated
  })
}

// ---- A member's figures ---------------------------------------------------------------------------------------

/** The indicator, in the collaboration, and the member: one the actor may act for, taking part in the initiative. */
async function indicatorForMember(ctx: Ctx, tx: Queryable, collaborationId: string, indicatorId: string, memberId: string) {
  const indicator = await repo.findIndicator(tx, collaborationId, indicatorId, true)
  if (!indicator) throw notFound('benefit_indicator')
  await requireOwnMember(tx, ctx.onlyMemberIds, [memberId])
  if (!(await repo.isParticipant(tx, indicator.initiativeId, memberId))) throw fieldError(ctx.locale, 'params.memberId', 'benefit_member_not_participating')
  return indicator
}

/** The rules of a baseline and target that a schema cannot say; `at` prefixes the field paths (an import names its row). */
export function figuresProblems(body: repo.FiguresFields, on: string, earliestMeasurement: string | null) {
  const problems: { field: keyof repo.FiguresFields; code: 'benefit_target_incomplete' | 'benefit_target_before_baseline' | 'benefit_baseline_in_future' | 'benefit_baseline_after_measurement'; params?: Record<string, string> }[] = []
  if ((body.targetValue === null) !== (body.targetDate === null)) problems.push({ field: body.targetValue === null ? 'targetValue' : 'targetDate', code: 'benefit_target_incomplete' })
  if (body.targetDate !== null && body.targetDate < body.baselineDate) problems.push({ field: 'targetDate', code: 'benefit_target_before_baseline', params: { date: body.baselineDate } })
  if (body.baselineDate > on) problems.push({ field: 'baselineDate', code: 'benefit_baseline_in_future' })
  if (earliestMeasurement !== null && body.baselineDate > earliestMeasurement) problems.push({ field: 'baselineDate', code: 'benefit_baseline_after_measurement', params: { date: earliestMeasurement } })
  return problems
}

export async function saveMemberFigures(ctx: Ctx, collaborationId: string, indicatorId: string, memberId: string, body: MemberFiguresBody) {
  return ctx.db.transaction(async (tx) => {
    await indicatorForMember(ctx, tx, collaborationId, indicatorId, memberId)
    const before = await repo.findFigures(tx, indicatorId, memberId, true)
    // A first baseline has no version to send; once one exists, the version read must be sent and current.
    if (before ? body.version !== before.version : body.version !== undefined && body.version !== 0) throw staleVersion()
    const { version: _version, ...figures } = body
    const [problem] = figuresProblems(figures, today(), await repo.earliestMeasurement(tx, indicatorId, memberId))
    if (problem) throw fieldError(ctx.locale, `body.${problem.field}`, problem.code, problem.params)
    const version = await repo.upsertFigures(tx, indicatorId, memberId, figures)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_baseline.saved', entityType: 'benefit_baseline', entityId: indicatorId, before, after: { memberId, ...figures } })
    return { indicatorId, memberId, version }
  })
}

/** The rules of a measurement's date against its baseline and today. */
export function measurementProblem(date: string, baselineDate: string, on: string): { code: 'benefit_measurement_before_baseline' | 'benefit_measurement_in_future'; params: Record<string, string> } | null {
  if (date < baselineDate) return { code: 'benefit_measurement_before_baseline', params: { date: baselineDate } }
  if (date > on) return { code: 'benefit_measurement_in_future', params: {} }
  return null
}

export async function addMeasurement(ctx: Ctx, collaborationId: string, indicatorId: string, memberId: string, body: MeasurementBody) {
  return ctx.db.transaction(async (tx) => {
    await indicatorForMember(ctx, tx, collaborationId, indicatorId, memberId)
    const figures = await repo.findFigures(tx, indicatorId, memberId, true)
    if (!figures) throw new AppError(409, 'benefit_baseline_required')
    const problem = measurementProblem(body.date, figures.baselineDate, today())
    if (problem) throw fieldError(ctx.locale, 'body.date', problem.code, problem.params)
    const id = await repo.insertMeasurement(tx, { indicatorId, memberId, ...body, recordedBy: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_measurement.recorded', entityType: 'benefit_measurement', entityId: id, after: { indicatorId, memberId, ...body } })
    return { id }
  })
}

export async function removeMeasurement(ctx: Ctx, collaborationId: string, indicatorId: string, memberId: string, measurementId: string) {
  await ctx.db.transaction(async (tx) => {
    const indicator = await repo.findIndicator(tx, collaborationId, indicatorId, true)
    if (!indicator) throw notFound('benefit_indicator')
    await requireOwnMember(tx, ctx.onlyMemberIds, [memberId])
    const before = await repo.findMeasurement(tx, indicatorId, memberId, measurementId)
    if (!before) throw notFound('benefit_measurement')
    await repo.deleteMeasurement(tx, measurementId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'benefit_measurement.deleted', entityType: 'benefit_measurement', entityId: measurementId, before })
  })
}
