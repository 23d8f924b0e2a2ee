import { today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion } from '../../server/http/errors'
import { actingMembers } from '../../server/http/access'
import { recordChange } from '../audit'
import { hasLeftBy, listMembers, requireOwnMember } from '../members'
import type { PageQuery } from '../../server/http/paging'
import { documentTypesOf } from '../processes'
import { findProcessModel } from '../processes'
import { defaultModelId } from '../processes'
import { describeUnmet } from './gate-engine'
import { initiativesPolicy } from './initiatives.policy'
import * as repo from './initiatives.repository'
import type { CreateInitiativeBody, DocumentVersionBody, InitiativeListQuery, UpdateInitiativeBody } from './initiatives.schema'
import { currentParticipants, deciding, documentsOf, gateRuleOf, gateView, modelOf, participationsOf, phaseOf } from './initiative-gate'
import { loadDetail, loadState, type State } from './initiatives.loader'
import { detailOf, funnelsOf, summaryOf } from './initiatives.presenter'

/** The portfolio: one page of the initiatives matching the filters; the funnel and the counts over all of them. */
export async function listInitiatives(ctx: Ctx, collaborationId: string, query: InitiativeListQuery & PageQuery) {
  const { page, limit, ...filter } = query
  const [rows, counts, reached] = await Promise.all([
    repo.listInitiatives(ctx.db, collaborationId, filter, { page, limit }),
    repo.countInitiatives(ctx.db, collaborationId, filter),
    repo.countReachedPhases(ctx.db, collaborationId, filter),
  ])
  const state = await loadState(ctx.db, collaborationId, rows.map((row) => row.id))
  return {
    items: rows.map((row) => summaryOf(state, row, ctx.locale)),
    total: counts.reduce((total, c) => total + c.count, 0),
    page,
    limit,
    processes: funnelsOf(state, counts, reached, ctx.locale),
  }
}

export const initiativeTitles = (ctx: Ctx, collaborationId: string) => repo.listInitiativeTitles(ctx.db, collaborationId)

async function loadInitiative(db: Queryable, collaborationId: string, initiativeId: string, forUpdate = false) {
  const initiative = await repo.findInitiative(db, collaborationId, initiativeId, forUpdate)
  if (!initiative) throw notFound('initiative')
  return initiative
}

export async function getInitiative(ctx: Ctx, collaborationId: string, initiativeId: string, db: Queryable = ctx.db) {
  const initiative = await loadInitiative(db, collaborationId, initiativeId)
  const state = await loadState(db, collaborationId, [initiativeId])
  return detailOf(state, await loadDetail(db, initiative, documentsOf(state, initiativeId)), initiative, ctx.locale)
}

async function activeMemberIds(tx: Queryable, collaborationId: string) {
  return new Map((await listMembers(tx, collaborationId, { includeLeft: false })).map((m) => [m.id, m.name]))
}

/**
 * Registers an idea. The proposing member takes part from the start, and so do the members a coordinator
 * names (it acts for the collaboration). Other members named by a member representative are only invited:
 * they take part by their own representative's (or the coordinator's) acceptance, from the next gate.
 */
export async function createInitiative(ctx: Ctx, collaborationId: string, input: CreateInitiativeBody) {
  const own = actingMembers(ctx.actor, collaborationId, initiativesPolicy.create.roles)
  await requireOwnMember(ctx.db, own, [input.proposingMemberId])
  const on = input.registeredOn ?? today()
  const id = await ctx.db.transaction(async (tx) => {
    const members = await activeMemberIds(tx, collaborationId)
    const named = [...new Set([input.proposingMemberId, ...input.participantMemberIds])]
    if (!members.has(input.proposingMemberId)) throw fieldError(ctx.locale, 'body.proposingMemberId', 'member_not_in_collaboration')
    const stranger = input.participantMemberIds.findIndex((memberId) => !members.has(memberId))
    if (stranger >= 0) throw fieldError(ctx.locale, `body.participantMemberIds.${stranger}`, 'member_not_in_collaboration')
    const participantIds = own ? named.filter((memberId) => own.includes(memberId)) : named
    const invitedIds = named.filter((memberId) => !participantIds.includes(memberId))
    const processModelId = input.processModelId ?? (await defaultModelId(tx, ctx, collaborationId))
    const model = await findProcessModel(tx, collaborationId, processModelId)
    if (!model) throw fieldError(ctx.locale, 'body.processModelId', 'process_model_not_found')
    const firstPhase = model.definition.phases[0]!
    const id = await repo.insertInitiative(tx, { collaborationId, processModelId, title: input.title, need: input.need, description: input.description, areas: input.areas, proposingMemberId: input.proposingMemberId, projectManager: input.projectManager, phaseKey: firstPhase.key, registeredOn: on })
    for (const memberId of participantIds) await repo.insertParticipation(tx, { initiativeId: id, memberId, state: 'active', on })
    for (const memberId of invitedIds) await repo.insertParticipation(tx, { initiativeId: id, memberId, state: 'invited', on })
    await repo.insertEvent(tx, { initiativeId: id, kind: 'registered', phaseKey: firstPhase.key, occurredOn: on, details: { participants: participantIds.map((m) => members.get(m)!) }, actorName: actorName(ctx) })
    if (invitedIds.length) await repo.insertEvent(tx, { initiativeId: id, kind: 'invited', phaseKey: firstPhase.key, occurredOn: on, details: { invited: invitedIds.map((m) => members.get(m)!) }, actorName: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'initiative.registered', entityType: 'initiative', entityId: id, after: { ...input, processModelId, participantMemberIds: participantIds, invitedMemberIds: invitedIds } })
    return id
  })
  return getInitiative(ctx, collaborationId, id)
}

export async function updateInitiative(ctx: Ctx, collaborationId: string, initiativeId: string, input: UpdateInitiativeBody) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadInitiative(tx, collaborationId, initiativeId)
    if (!(await repo.updateInitiative(tx, initiativeId, input.version, input))) throw staleVersion()
    const { version: _version, ...after } = input
    await recordChange(tx, ctx.actor, { collaborationId, action: 'initiative.updated', entityType: 'initiative', entityId: initiativeId, before, after })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

const allowedStatusChanges: Record<string, string[]> = {
  active: ['paused', 'stopped', 'completed'],
  paused: ['active', 'stopped'],
  stopped: ['active'],
  completed: [],
}

/** Pausing, stopping, resuming or completing, always with the reason recorded. */
export async function changeStatus(ctx: Ctx, collaborationId: string, initiativeId: string, input: { version: number; status: 'active' | 'paused' | 'stopped' | 'completed'; reason: string; on?: string }) {
  const on = input.on ?? today()
  await ctx.db.transaction(async (tx) => {
    const initiative = await loadInitiative(tx, collaborationId, initiativeId, true)
    if (initiative.version !== input.version) throw staleVersion()
    if (!allowedStatusChanges[initiative.status]!.includes(input.status)) throw new AppError(409, 'status_change_not_allowed', { from: initiative.status, to: input.status })
    const ended = input.status === 'stopped' || input.status === 'completed' ? on : null
    if (!(await repo.setStatus(tx, initiativeId, input.version, input.status, input.reason, ended))) throw staleVersion()
    await repo.insertEvent(tx, { initiativeId, kind: 'status_changed', phaseKey: initiative.phaseKey, occurredOn: on, details: { status: input.status, reason: input.reason }, actorName: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'initiative.status_changed', entityType: 'initiative', entityId: initiativeId, before: { status: initiative.status }, after: { status: input.status, reason: input.reason } })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

function requireActive(initiative: repo.InitiativeRow) {
  if (initiative.status !== 'active') throw new AppError(409, 'initiative_not_active', { status: initiative.status })
}

/**
 * Through the gate, when the gate engine finds nothing unmet: decliners leave here, joiners join, and the
 * passage is recorded with the decisions that opened it. Leaving the last phase completes the initiative.
 */
export async function advanceInitiative(ctx: Ctx, collaborationId: string, initiativeId: string, input: { version: number; on?: string }) {
  const on = input.on ?? today()
  await ctx.db.transaction(async (tx) => {
    const initiative = await loadInitiative(tx, collaborationId, initiativeId, true)
    if (initiative.version !== input.version) throw staleVersion()
    requireActive(initiative)
    const state = await loadState(tx, collaborationId, initiativeId)
    const gate = gateView(state, initiative, ctx.locale)
    if (!gate) throw new AppError(409, 'no_gate')
    const { evaluation } = gate
    if (!evaluation.mayAdvance) {
      throw new AppError(409, 'gate_unmet', { count: evaluation.unmet.length }, evaluation.unmet.map((unmet) => ({ path: 'gate', message: describeUnmet(ctx.locale, unmet) })))
    }
    const svGate = gateView(state, initiative, 'sv')!.phase.gate!
    const names = { gate: svGate.nameSv, gateEn: svGate.nameEn }
    const actor = actorName(ctx)
    const participations = currentParticipants(state, initiativeId)
    for (const member of evaluation.declined) {
      await repo.leave(tx, participations.find((p) => p.memberId === member.memberId)!.id, initiative.phaseKey, on, 'declined')
      await repo.insertEvent(tx, { initiativeId, kind: 'participant_left', phaseKey: initiative.phaseKey, occurredOn: on, details: { member: member.name, ...names }, actorName: actor })
    }
    for (const participation of participations.filter((p) => p.state === 'joining' && evaluation.remaining.some((r) => r.memberId === p.memberId))) {
      await repo.joinAtGate(tx, participation.id, initiative.phaseKey, on)
      await repo.insertEvent(tx, { initiativeId, kind: 'participant_joined', phaseKey: initiative.phaseKey, occurredOn: on, details: { member: participation.name, ...names }, actorName: actor })
    }
    // The decisions that opened the gate: the latest of each decider at this pass.
    const decisionIds = deciding(state, initiative).map((d) => d.id)
    const model = modelOf(state, initiative)
    const { index } = phaseOf(model, initiative.phaseKey)
    const next = model.definition.phases[index + 1]
    const remaining = evaluation.remaining.map((r) => r.name)
    if (next) {
      if (!(await repo.enterPhase(tx, initiativeId, input.version, next.key, on))) throw staleVersion()
      await repo.insertEvent(tx, { initiativeId, kind: 'gate_passed', phaseKey: initiative.phaseKey, occurredOn: on, details: { ...names, to: next.key, remaining }, decisionIds, actorName: actor })
      await repo.insertEvent(tx, { initiativeId, kind: 'phase_entered', phaseKey: next.key, occurredOn: on, details: { to: next.key }, actorName: actor })
    } else {
      if (!(await repo.setStatus(tx, initiativeId, input.version, 'completed', svGate.nameSv, on))) throw staleVersion()
      await repo.insertEvent(tx, { initiativeId, kind: 'completed', phaseKey: initiative.phaseKey, occurredOn: on, details: { ...names, remaining }, decisionIds, actorName: actor })
    }
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: 'initiative.advanced',
      entityType: 'initiative',
      entityId: initiativeId,
      before: { phase: initiative.phaseKey },
      after: { phase: next?.key ?? null, declined: evaluation.declined.map((d) => d.name), remaining, decisionIds },
    })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

/** Back to the previous phase, with the reason; its gate must then be decided again. */
export async function sendBackInitiative(ctx: Ctx, collaborationId: string, initiativeId: string, input: { version: number; reason: string; on?: string }) {
  const on = input.on ?? today()
  await ctx.db.transaction(async (tx) => {
    const initiative = await loadInitiative(tx, collaborationId, initiativeId, true)
    if (initiative.version !== input.version) throw staleVersion()
    requireActive(initiative)
    const state = await loadState(tx, collaborationId, initiativeId)
    const model = modelOf(state, initiative)
    const { index } = phaseOf(model, initiative.phaseKey)
    if (index === 0) throw new AppError(409, 'first_phase')
    const previous = model.definition.phases[index - 1]!
    if (!(await repo.enterPhase(tx, initiativeId, input.version, previous.key, on))) throw staleVersion()
    await repo.insertEvent(tx, { initiativeId, kind: 'sent_back', phaseKey: previous.key, occurredOn: on, details: { to: previous.key, from: initiative.phaseKey, reason: input.reason }, actorName: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'initiative.sent_back', entityType: 'initiative', entityId: initiativeId, before: { phase: initiative.phaseKey }, after: { phase: previous.key, reason: input.reason } })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

/**
 * A member asks to take part, or accepts its invitation: either way it decides at the next gate like the
 * others and joins when that gate is passed. The access hook holds a representative to its own member.
 */
export async function requestToJoin(ctx: Ctx, collaborationId: string, initiativeId: string, memberId: string, input: { on?: string }) {
  const on = input.on ?? today()
  await ctx.db.transaction(async (tx) => {
    const initiative = await loadInitiative(tx, collaborationId, initiativeId, true)
    if (initiative.status === 'stopped' || initiative.status === 'completed') throw new AppError(409, 'initiative_not_active', { status: initiative.status })
    const state = await loadState(tx, collaborationId, initiativeId, [memberId])
    const member = state.members.get(memberId)
    if (!member || hasLeftBy(member, on)) throw notFound('member')
    if (currentParticipants(state, initiativeId).some((p) => p.memberId === memberId)) throw new AppError(409, 'already_participant', { member: member.name })
    const invitation = invitationOf(state, initiativeId, memberId)
    if (invitation) await repo.acceptInvitation(tx, invitation.id, on)
    else await repo.insertParticipation(tx, { initiativeId, memberId, state: 'joining', on })
    const kind = invitation ? 'invitation_accepted' : 'join_requested'
    await repo.insertEvent(tx, { initiativeId, kind, phaseKey: initiative.phaseKey, occurredOn: on, details: { member: member.name }, actorName: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: `initiative.${kind}`, entityType: 'initiative', entityId: initiativeId, after: { memberId, member: member.name } })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

const invitationOf = (state: State, initiativeId: string, memberId: string) => participationsOf(state, initiativeId).find((p) => p.memberId === memberId && p.state === 'invited')

/** A request to join is withdrawn, or an invitation declined; a participant leaves by declining at a gate. */
export async function withdrawJoinRequest(ctx: Ctx, collaborationId: string, initiativeId: string, memberId: string) {
  await ctx.db.transaction(async (tx) => {
    const initiative = await loadInitiative(tx, collaborationId, initiativeId, true)
    const state = await loadState(tx, collaborationId, initiativeId, [memberId])
    const invitation = invitationOf(state, initiativeId, memberId)
    const participation = invitation ?? currentParticipants(state, initiativeId).find((p) => p.memberId === memberId)
    const name = state.members.get(memberId)?.name ?? ''
    if (!participation) throw new AppError(409, 'not_participant', { member: name })
    if (participation.state === 'active') {
      const gate = gateView(state, initiative, ctx.locale)
      throw new AppError(409, 'participant_leaves_at_gate', { member: name, gate: gate ? (ctx.locale === 'en' ? gate.phase.gate!.nameEn : gate.phase.gate!.nameSv) : '—' })
    }
    const kind = invitation ? 'invitation_declined' : 'join_withdrawn'
    await repo.leave(tx, participation.id, initiative.phaseKey, today(), invitation ? 'declined_invitation' : 'withdrew_request')
    await repo.insertEvent(tx, { initiativeId, kind, phaseKey: initiative.phaseKey, occurredOn: today(), details: { member: name }, actorName: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: `initiative.${kind}`, entityType: 'initiative', entityId: initiativeId, after: { memberId, member: name } })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

function checkDocumentValues(ctx: Ctx, fields: ReturnType<typeof documentTypesOf>[number]['fields'], input: DocumentVersionBody) {
  const errors: { path: string; message: string }[] = []
  const push = (key: string, code: Parameters<typeof fieldError>[2]) => errors.push(fieldError(ctx.locale, `body.values.${key}`, code).fields[0]!)
  for (const key of Object.keys(input.values)) if (!fields.some((f) => f.key === key)) push(key, 'unknown_document_field')
  for (const field of fields) {
    const value = input.values[field.key]
    const empty = value === undefined || value === null || value === ''
    if (empty) {
      if (field.required && input.final) push(field.key, 'field_required')
      continue
    }
    if ((field.kind === 'number' || field.kind === 'amount') && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)) push(field.key, field.kind === 'amount' ? 'amount_in_ore' : 'whole_number')
    if (field.kind === 'date' && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) push(field.key, 'invalid_date')
    if ((field.kind === 'text' || field.kind === 'textarea') && typeof value !== 'string') push(field.key, 'field_required')
  }
  if (errors.length) throw new AppError(400, 'invalid_request', {}, errors)
}

/** A new version of one of the initiative's structured documents; a final version counts at the gates. */
export async function saveDocumentVersion(ctx: Ctx, collaborationId: string, initiativeId: string, typeKey: string, input: DocumentVersionBody, on = today()) {
  await ctx.db.transaction(async (tx) => {
    const initiative = await loadInitiative(tx, collaborationId, initiativeId, true)
    const state = await loadState(tx, collaborationId, initiativeId)
    const type = documentTypesOf(modelOf(state, initiative).definition).find((t) => t.key === typeKey)
    if (!type) throw new AppError(404, 'unknown_document_type', { key: typeKey })
    checkDocumentValues(ctx, type.fields, input)
    const attachments = await repo.listAttachments(tx, collaborationId, input.attachmentIds)
    const missing = input.attachmentIds.findIndex((id) => !attachments.some((a) => a.id === id))
    if (missing >= 0) throw fieldError(ctx.locale, `body.attachmentIds.${missing}`, 'attachment_not_found')
    const values = Object.fromEntries(type.fields.map((f) => [f.key, input.values[f.key] ?? null]))
    const saved = await repo.insertDocumentVersion(tx, { initiativeId, typeKey, phaseKey: type.phaseKey, values, final: input.final, attachmentIds: input.attachmentIds, note: input.note, createdBy: actorName(ctx) })
    await repo.insertEvent(tx, { initiativeId, kind: 'document_version', phaseKey: initiative.phaseKey, occurredOn: on, details: { document: type.nameSv, documentEn: type.nameEn, number: saved.number, final: input.final }, actorName: actorName(ctx) })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'initiative.document_saved', entityType: 'initiative_document_version', entityId: saved.id, after: { initiativeId, typeKey, number: saved.number, final: input.final, values } })
  })
  return getInitiative(ctx, collaborationId, initiativeId)
}

/**
 * One member's view: one page of what it takes part in, the decisions it owes and what it declined or is
 * invited to. Everything is read through the member's own participations; a gate's rule is worked out once
 * per model and phase, not once per initiative.
 */
export async function memberInitiatives(ctx: Ctx, collaborationId: string, memberId: string, page: PageQuery) {
  const [{ rows, total }, gates, history] = await Promise.all([
    repo.listMemberInitiatives(ctx.db, collaborationId, memberId, page),
    repo.listMemberGates(ctx.db, collaborationId, memberId),
    repo.listMemberParticipationHistory(ctx.db, collaborationId, memberId),
  ])
  const state = await loadState(ctx.db, collaborationId, rows.map((row) => row.id), [memberId])
  const member = state.members.get(memberId)
  if (!member) throw notFound('member')
  const owed = gates.flatMap((row) => {
    const gate = gateRuleOf(state, state.models.get(row.processModelId)!, row.phaseKey, ctx.locale)
    if (!gate?.rule.requiresMemberDecisions) return []
    if (row.latest && row.latest !== 'defer') return []
    const gateName = ctx.locale === 'en' ? gate.phase.gate!.nameEn : gate.phase.gate!.nameSv
    return [{ initiativeId: row.id, title: row.title, gateName, decisionNames: gate.rule.requiredDecisions.map((d) => d.name), dueOn: row.gateDueOn, state: row.latest ? ('defer' as const) : ('pending' as const) }]
  })
  const declined = history.flatMap((p) => {
    if (p.state === 'invited') return []
    const phase = state.models.get(p.processModelId)!.definition.phases.find((ph) => ph.key === p.leftAtPhase)
    return [{ initiativeId: p.initiativeId, title: p.title, phaseName: phase ? (ctx.locale === 'en' ? phase.nameEn : phase.nameSv) : (p.leftAtPhase ?? ''), leftOn: p.leftOn! }]
  })
  const invited = history.flatMap((p) => (p.state === 'invited' && p.status !== 'stopped' && p.status !== 'completed' ? [{ initiativeId: p.initiativeId, title: p.title, proposingMember: p.proposingMember, invitedOn: p.requestedOn }] : []))
  return { member: { id: member.id, name: member.name }, participating: { items: rows.map((row) => summaryOf(state, row, ctx.locale)), total, page: page.page, limit: page.limit }, owed, declined, invited }
}
