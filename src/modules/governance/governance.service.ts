import { today } from '../../server/clock'
import { groupBy } from '../../shared/group-by'
import type { Queryable } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion } from '../../server/http/errors'
import type { Locale } from '../../server/http/messages'
import { recordChange } from '../audit'
import { findMember } from '../members'
import { decisionPath } from './decision-path'
import { escalationChain, escalationCycle } from './escalation'
import { recordsArePublic, type GovernanceState } from './governance.model'
import { findingMessage, questionText, reasonText } from './governance.texts'
import * as repo from './governance.repository'
import type { BodyInput, SeatInput } from './governance.schema'
import { ADVISOR_QUESTIONS, adviseLegalForm, type Answers } from './legal-form-advisor'
import { checkLegalForm } from './legal-form-rules'


/** Everything the rules need, read in one go. */
async function loadState(db: Queryable, collaborationId: string) {
  const collaboration = await repo.findGovernedCollaboration(db, collaborationId)
  if (!collaboration) throw notFound('collaboration')
  const [members, bodies, seats, mandates, decisionKinds] = await Promise.all([
    repo.listCurrentMemberNames(db, collaborationId),
    repo.listBodies(db, collaborationId),
    repo.listSeats(db, collaborationId),
    repo.listMandates(db, collaborationId),
    repo.listDecisionKinds(db, collaborationId),
  ])
  const state: GovernanceState = {
    legalForm: collaboration.legalForm,
    hostMemberId: collaboration.hostMemberId,
    recordsPublicSetting: collaboration.recordsPublicSetting,
    members: members.map((member) => ({ id: member.id, name: member.name })),
    bodies,
    seats,
    mandates,
    decisionKinds,
    today: today(),
  }
  return { collaboration, state, bodies, seats, decisionKinds, memberNames: new Map(members.map((m) => [m.id, m.name])) }
}

export async function getGovernance(ctx: Ctx, collaborationId: string) {
  const { collaboration, state, bodies, seats, decisionKinds, memberNames } = await loadState(ctx.db, collaborationId)
  const ids = (list: { id: string }[]) => list.map((body) => body.id)
  const mandatesOf = groupBy(state.mandates, (m) => m.bodyId)
  const seatsOf = groupBy(seats, (seat) => seat.bodyId)
  return {
    legalForm: collaboration.legalForm,
    recordsPublic: recordsArePublic(collaboration.legalForm, collaboration.recordsPublicSetting),
    bodies: bodies.map((body) => ({
      ...body,
      decides: (mandatesOf.get(body.id) ?? []).filter((m) => m.mandate === 'decides').map((m) => m.decisionKindId),
      prepares: (mandatesOf.get(body.id) ?? []).filter((m) => m.mandate === 'prepares').map((m) => m.decisionKindId),
      seats: (seatsOf.get(body.id) ?? []).map((seat) => ({ ...seat, memberName: seat.memberId ? (memberNames.get(seat.memberId) ?? null) : null })),
    })),
    decisionKinds: decisionKinds.map(({ sortOrder: _sortOrder, ...kind }) => {
      const { membersMustDecide, memberDecisionReason } = decisionPath(state, kind.id)
      return { ...kind, membersMustDecide, memberDecisionReason }
    }),
    findings: checkLegalForm(state, (kind) => (ctx.locale === 'en' ? kind.nameEn : kind.nameSv)).map((finding) => ({ severity: finding.severity, code: finding.code, message: findingMessage(ctx.locale, finding), bodyId: finding.bodyId })),
    paths: decisionKinds.map((kind) => {
      const path = decisionPath(state, kind.id)
      return { ...path, preparedBy: ids(path.preparedBy), decidedBy: ids(path.decidedBy), escalatesTo: ids(path.escalatesTo), ladder: ids(path.ladder) }
    }),
  }
}

/** The escalation target must be a body of the same collaboration, and must not close a loop. */
async function checkEscalation(ctx: Ctx, tx: Queryable, collaborationId: string, bodyId: string | null, target: string | null) {
  if (!target) return
  const bodies = await repo.listBodies(tx, collaborationId)
  if (!bodies.some((body) => body.id === target)) throw fieldError(ctx.locale, 'body.escalatesToBodyId', 'body_not_in_collaboration')
  const cycle = bodyId ? escalationCycle(bodies, bodyId, target) : null
  if (cycle || bodyId === target) {
    const path = (cycle ?? [bodies.find((body) => body.id === bodyId)!, bodies.find((body) => body.id === bodyId)!]).map((body) => body.name).join(' → ')
    throw fieldError(ctx.locale, 'body.escalatesToBodyId', 'escalation_cycle', { path })
  }
}

export async function createBody(ctx: Ctx, collaborationId: string, input: BodyInput) {
  const id = await ctx.db.transaction(async (tx) => {
    await checkEscalation(ctx, tx, collaborationId, null, input.escalatesToBodyId)
    const id = await repo.insertBody(tx, collaborationId, input)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'body.created', entityType: 'body', entityId: id, after: input })
    return id
  })
  return bodyOf(ctx, collaborationId, id)
}

export async function updateBody(ctx: Ctx, collaborationId: string, bodyId: string, input: BodyInput & { version: number }) {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findBody(tx, collaborationId, bodyId)
    if (!before) throw notFound('body')
    await checkEscalation(ctx, tx, collaborationId, bodyId, input.escalatesToBodyId)
    if (!(await repo.updateBody(tx, bodyId, input.version, input))) throw staleVersion()
    const { version: _version, ...after } = input
    await recordChange(tx, ctx.actor, { collaborationId, action: 'body.updated', entityType: 'body', entityId: bodyId, before, after })
  })
  return bodyOf(ctx, collaborationId, bodyId)
}

export async function deleteBody(ctx: Ctx, collaborationId: string, bodyId: string) {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findBody(tx, collaborationId, bodyId)
    if (!before) throw notFound('body')
    await repo.deleteBody(tx, bodyId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'body.deleted', entityType: 'body', entityId: bodyId, before })
  })
}

async function bodyOf(ctx: Ctx, collaborationId: string, bodyId: string) {
  return (await getGovernance(ctx, collaborationId)).bodies.find((body) => body.id === bodyId)!
}

async function checkSeat(ctx: Ctx, tx: Queryable, collaborationId: string, bodyId: string, input: SeatInput) {
  if (!(await repo.findBody(tx, collaborationId, bodyId))) throw notFound('body')
  if (input.memberId && !(await findMember(tx, collaborationId, input.memberId))) {
    throw fieldError(ctx.locale, 'body.memberId', 'member_not_in_collaboration')
  }
  if (input.termEnd && input.termEnd < input.termStart) throw fieldError(ctx.locale, 'body.termEnd', 'left_before_joined')
  const [hasRole] = input.userId ? await tx.query('select 1 from role_assignment where collaboration_id = $1 and user_id = $2 limit 1', [collaborationId, input.userId]) : [true]
  if (!hasRole) throw fieldError(ctx.locale, 'body.userId', 'person_not_in_collaboration')
}

export async function addSeat(ctx: Ctx, collaborationId: string, bodyId: string, input: SeatInput) {
  await ctx.db.transaction(async (tx) => {
    await checkSeat(ctx, tx, collaborationId, bodyId, input)
    const id = await repo.insertSeat(tx, { bodyId, ...input })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'seat.added', entityType: 'body_seat', entityId: id, after: { bodyId, ...input } })
  })
  return bodyOf(ctx, collaborationId, bodyId)
}

export async function updateSeat(ctx: Ctx, collaborationId: string, bodyId: string, seatId: string, input: SeatInput & { version: number }) {
  await ctx.db.transaction(async (tx) => {
    await checkSeat(ctx, tx, collaborationId, bodyId, input)
    const before = (await repo.listSeats(tx, collaborationId)).find((seat) => seat.id === seatId && seat.bodyId === bodyId)
    if (!before) throw notFound('seat')
    if (!(await repo.updateSeat(tx, seatId, input.version, input))) throw staleVersion()
    const { version: _version, ...after } = input
    await recordChange(tx, ctx.actor, { collaborationId, action: 'seat.updated', entityType: 'body_seat', entityId: seatId, before, after })
  })
  return bodyOf(ctx, collaborationId, bodyId)
}

export async function removeSeat(ctx: Ctx, collaborationId: string, bodyId: string, seatId: string) {
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.listSeats(tx, collaborationId)).find((seat) => seat.id === seatId && seat.bodyId === bodyId)
    if (!before) throw notFound('seat')
    await repo.deleteSeat(tx, seatId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'seat.removed', entityType: 'body_seat', entityId: seatId, before })
  })
}

export async function setMandates(ctx: Ctx, collaborationId: string, bodyId: string, input: { decides: string[]; prepares: string[] }) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.findBody(tx, collaborationId, bodyId))) throw notFound('body')
    const kinds = await repo.listDecisionKinds(tx, collaborationId)
    const unknown = [...input.decides, ...input.prepares].find((id) => !kinds.some((kind) => kind.id === id))
    if (unknown) throw fieldError(ctx.locale, 'body.decides', 'decision_kind_not_in_collaboration')
    const both = kinds.filter((kind) => input.decides.includes(kind.id) && input.prepares.includes(kind.id))
    if (both.length) throw fieldError(ctx.locale, 'body.prepares', 'mandate_both', { names: both.map((kind) => kind.nameSv).join(', ') })
    const before = (await repo.listMandates(tx, collaborationId)).filter((m) => m.bodyId === bodyId)
    await repo.replaceMandates(tx, bodyId, { decides: [...new Set(input.decides)], prepares: [...new Set(input.prepares)] })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'body.mandate_set', entityType: 'body', entityId: bodyId, before, after: input })
  })
  return bodyOf(ctx, collaborationId, bodyId)
}

/** A key for process models to refer to, from the Swedish name: "Införa e-tjänst" → infora_e_tjanst (then _2, _3 … if taken). */
export function keyFromName(name: string, taken: (key: string) => boolean): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 50)
    .replace(/_+$/, '')
  const base = slug.length >= 2 ? slug : `kind_${slug}`.replace(/_+$/, '')
  let key = base
  for (let n = 2; taken(key); n++) key = `${base}_${n}`
  return key
}

/** A decision kind as the listing shows it, with its decision path's answer to whether every member must also decide. */
async function kindOf(ctx: Ctx, collaborationId: string, decisionKindId: string) {
  return (await getGovernance(ctx, collaborationId)).decisionKinds.find((kind) => kind.id === decisionKindId)!
}

export async function createDecisionKind(ctx: Ctx, collaborationId: string, input: { key?: string; nameSv: string; nameEn: string; binding: boolean; requiresMemberDecisions: boolean }) {
  const id = await ctx.db.transaction(async (tx) => {
    const kinds = await repo.listDecisionKinds(tx, collaborationId)
    const taken = (key: string) => kinds.some((kind) => kind.key === key)
    if (input.key && taken(input.key)) throw new AppError(409, 'decision_kind_exists', { key: input.key })
    const created = { ...input, key: input.key ?? keyFromName(input.nameSv, taken) }
    const id = await repo.insertDecisionKind(tx, collaborationId, { ...created, sortOrder: Math.max(0, ...kinds.map((kind) => kind.sortOrder)) + 10 })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'decision_kind.created', entityType: 'decision_kind', entityId: id, after: created })
    return id
  })
  return kindOf(ctx, collaborationId, id)
}

export async function updateDecisionKind(
  ctx: Ctx,
  collaborationId: string,
  decisionKindId: string,
  input: { version: number; nameSv: string; nameEn: string; binding: boolean; requiresMemberDecisions: boolean },
) {
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.listDecisionKinds(tx, collaborationId)).find((kind) => kind.id === decisionKindId)
    if (!before) throw notFound('decision_kind')
    if (!(await repo.updateDecisionKind(tx, decisionKindId, input.version, input))) throw staleVersion()
    const { version: _version, ...after } = input
    await recordChange(tx, ctx.actor, { collaborationId, action: 'decision_kind.updated', entityType: 'decision_kind', entityId: decisionKindId, before, after })
  })
  return kindOf(ctx, collaborationId, decisionKindId)
}

async function withNextBody(db: Queryable, collaborationId: string, rows: repo.DisagreementRow[]) {
  const bodies = await repo.listBodies(db, collaborationId)
  return rows.map((row) => ({ ...row, nextBodyId: row.status === 'open' ? (escalationChain(bodies, row.currentBodyId)[1]?.id ?? null) : null }))
}

export async function listDisagreements(ctx: Ctx, collaborationId: string) {
  return withNextBody(ctx.db, collaborationId, await repo.listDisagreements(ctx.db, collaborationId))
}

async function oneDisagreement(db: Queryable, collaborationId: string, id: string) {
  const [row] = await withNextBody(db, collaborationId, await repo.listDisagreements(db, collaborationId, id))
  if (!row) throw notFound('disagreement')
  return row
}

/** Raised at the level where it arose (the FVM procedure, seed 000 §9). */
export async function raiseDisagreement(ctx: Ctx, collaborationId: string, input: { title: string; description: string; bodyId: string }) {
  const id = await ctx.db.transaction(async (tx) => {
    if (!(await repo.findBody(tx, collaborationId, input.bodyId))) throw fieldError(ctx.locale, 'body.bodyId', 'body_not_in_collaboration')
    const id = await repo.insertDisagreement(tx, collaborationId, input)
    await repo.insertDisagreementStep(tx, { disagreementId: id, kind: 'raised', fromBodyId: null, toBodyId: input.bodyId, note: input.description || input.title, actorUserId: ctx.actor.user?.id ?? null, actorName: ctx.actor.user?.name ?? '' })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'disagreement.raised', entityType: 'disagreement', entityId: id, after: input })
    return id
  })
  return oneDisagreement(ctx.db, collaborationId, id)
}

/** One level up the ladder, with the reason recorded; never past the top. */
export async function escalateDisagreement(ctx: Ctx, collaborationId: string, disagreementId: string, input: { version: number; reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const current = await oneDisagreement(tx, collaborationId, disagreementId)
    if (current.status === 'resolved') throw new AppError(409, 'disagreement_closed')
    if (!current.nextBodyId) {
      const body = await repo.findBody(tx, collaborationId, current.currentBodyId)
      throw new AppError(409, 'no_higher_body', { body: body?.name ?? '' })
    }
    if (!(await repo.moveDisagreement(tx, disagreementId, input.version, { currentBodyId: current.nextBodyId, status: 'open', resolution: null }))) throw staleVersion()
    await repo.insertDisagreementStep(tx, { disagreementId, kind: 'escalated', fromBodyId: current.currentBodyId, toBodyId: current.nextBodyId, note: input.reason, actorUserId: ctx.actor.user?.id ?? null, actorName: ctx.actor.user?.name ?? '' })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'disagreement.escalated', entityType: 'disagreement', entityId: disagreementId, before: { bodyId: current.currentBodyId }, after: { bodyId: current.nextBodyId, reason: input.reason } })
  })
  return oneDisagreement(ctx.db, collaborationId, disagreementId)
}

export async function resolveDisagreement(ctx: Ctx, collaborationId: string, disagreementId: string, input: { version: number; resolution: string }) {
  await ctx.db.transaction(async (tx) => {
    const current = await oneDisagreement(tx, collaborationId, disagreementId)
    if (current.status === 'resolved') throw new AppError(409, 'disagreement_closed')
    if (!(await repo.moveDisagreement(tx, disagreementId, input.version, { currentBodyId: current.currentBodyId, status: 'resolved', resolution: input.resolution }))) throw staleVersion()
    await repo.insertDisagreementStep(tx, { disagreementId, kind: 'resolved', fromBodyId: current.currentBodyId, toBodyId: null, note: input.resolution, actorUserId: ctx.actor.user?.id ?? null, actorName: ctx.actor.user?.name ?? '' })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'disagreement.resolved', entityType: 'disagreement', entityId: disagreementId, after: { resolution: input.resolution } })
  })
  return oneDisagreement(ctx.db, collaborationId, disagreementId)
}

export function adviseOnLegalForm(locale: Locale, answers: Answers) {
  return {
    questions: ADVISOR_QUESTIONS.map((key) => ({ key, text: questionText(locale, key) })),
    recommendations: adviseLegalForm(answers).map((recommendation) => ({
      ...recommendation,
      reasons: recommendation.reasons.map((reason) => ({ question: reason.question, fit: reason.fit, text: reasonText(locale, reason) })),
    })),
  }
}
