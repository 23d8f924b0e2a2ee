import { today } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound } from '../../server/http/errors'
import type { Locale } from '../../server/http/messages'
import { sqlWindow, type PageQuery } from '../../server/http/paging'
import { recordChange } from '../audit'
import { listAttachments } from '../attachments'
import * as initiativesRepo from '../initiatives'
import { currentParticipants, gateDecisions, gateView, latestOfMember, loadState } from '../initiatives'
import * as repo from './decisions.repository'
import { findBody } from '../governance'
import { seesConfidential } from '../registry'
import type { RecordBodyDecisionBody, RecordMemberDecisionBody } from './decisions.schema'

/** A decision record as the API answers it. */
export function decisionOf(row: repo.DecisionPageRow, locale: Locale) {
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    initiativeTitle: row.initiativeTitle,
    phaseKey: row.phaseKey,
    decisionKindId: row.decisionKindId,
    decisionKindName: locale === 'en' ? row.kindNameEn : row.kindNameSv,
    bodyId: row.bodyId,
    bodyName: row.bodyName,
    memberId: row.memberId,
    memberName: row.memberName,
    decidedOn: row.decidedOn,
    outcome: row.outcome,
    conditions: row.conditions,
    reference: row.reference,
    source: row.meetingItemId ? ('minutes' as const) : ('external' as const),
    meetingId: row.meetingId,
    paragraph: row.paragraph,
    attachment: row.attachmentId ? { id: row.attachmentId, fileName: row.fileName!, sizeBytes: row.sizeBytes! } : null,
    current: row.current,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  }
}

/** A page of the collaboration's decision records (of one initiative or member, if asked), newest first. */
export async function listDecisions(ctx: Ctx, collaborationId: string, query: PageQuery & { initiativeId?: string; memberId?: string }) {
  const { rows, total } = await repo.decisionPage(ctx.db, collaborationId, { initiativeId: query.initiativeId, memberId: query.memberId }, sqlWindow(query))
  return { items: rows.map((row) => decisionOf(row, ctx.locale)), total, page: query.page, limit: query.limit }
}

/** What every decision record checks: the initiative takes decisions, the kind and attachment are this collaboration's. */
async function prepare(ctx: Ctx, tx: Queryable, collaborationId: string, initiativeId: string, input: RecordMemberDecisionBody) {
  const initiative = await initiativesRepo.findInitiative(tx, collaborationId, initiativeId, true)
  if (!initiative) throw notFound('initiative')
  if (initiative.status === 'stopped' || initiative.status === 'completed') throw new AppError(409, 'initiative_closed', { status: initiative.status })
  if (input.decidedOn > today()) throw fieldError(ctx.locale, 'body.decidedOn', 'decision_in_future')
  if (input.decidedOn < initiative.registeredOn) throw fieldError(ctx.locale, 'body.decidedOn', 'decision_before_registration', { registeredOn: initiative.registeredOn })
  const state = await loadState(tx, collaborationId, initiativeId)
  const kind = state.decisionKinds.find((k) => k.id === input.decisionKindId)
  if (!kind) throw fieldError(ctx.locale, 'body.decisionKindId', 'decision_kind_not_in_collaboration')
  if (input.attachmentId && (await listAttachments(tx, collaborationId, [input.attachmentId])).length === 0) throw fieldError(ctx.locale, 'body.attachmentId', 'attachment_not_found')
  return { initiative, state, kind }
}

async function record(
  ctx: Ctx,
  tx: Queryable,
  collaborationId: string,
  prepared: Awaited<ReturnType<typeof prepare>>,
  input: RecordMemberDecisionBody,
  decider: { bodyId: string | null; memberId: string | null; name: string },
  meetingItemId: string | null = null,
) {
  const { initiative, kind } = prepared
  const id = await repo.insertDecision(tx, {
    collaborationId,
    initiativeId: initiative.id,
    phaseKey: initiative.phaseKey,
    phaseEntry: initiative.phaseEntry,
    decisionKindId: kind.id,
    bodyId: decider.bodyId,
    memberId: decider.memberId,
    decidedOn: input.decidedOn,
    outcome: input.outcome,
    conditions: input.conditions,
    reference: input.reference,
    attachmentId: input.attachmentId,
    recordedBy: actorName(ctx),
    meetingItemId,
  })
  await initiativesRepo.insertEvent(tx, {
    initiativeId: initiative.id,
    kind: 'decision_recorded',
    phaseKey: initiative.phaseKey,
    occurredOn: input.decidedOn,
    details: { decider: decider.name, outcome: input.outcome, kind: kind.nameSv, kindEn: kind.nameEn, reference: input.reference },
    decisionIds: [id],
    actorName: actorName(ctx),
  })
  await recordChange(tx, ctx.actor, { collaborationId, action: decider.memberId ? 'decision.member_recorded' : 'decision.body_recorded', entityType: 'decision', entityId: id, after: { initiativeId: initiative.id, ...decider, ...input } })
  return id
}

async function oneDecision(ctx: Ctx, collaborationId: string, id: string) {
  const { rows } = await repo.decisionPage(ctx.db, collaborationId, { id }, { limit: 1, offset: 0 })
  return decisionOf(rows[0]!, ctx.locale)
}

/**
 * The §§ of minutes kept in Samverka, which a body's decision may be taken from. The meetings module owns them
 * and sits above this one (it records body decisions when a § is decided), so they are passed in: the routes get
 * them from the app, which wires the meetings module's `minutesParagraphs` in.
 */
export interface MinutesParagraphs {
  find: (db: Queryable, collaborationId: string, itemId: string) => Promise<MinutesParagraph | undefined>
  link: (tx: Queryable, itemId: string, decisionId: string) => Promise<void>
}

/** What a body decision reads of a decided §. */
export interface MinutesParagraph {
  itemId: string
  paragraph: number
  year: number
  outcome: 'approve' | 'reject' | 'defer'
  bodyId: string
  bodyName: string
  meetingDate: string
  initiativeId: string | null
  decisionId: string | null
}

/**
 * A body's decision at the initiative's gate. A body whose minutes are kept in Samverka decides in its
 * meetings, so its decision is taken from the § (which gives date and outcome); otherwise — an earlier
 * decision, or a body not kept here — it is recorded as an external decision with its reference.
 */
export async function recordBodyDecision(ctx: Ctx, collaborationId: string, initiativeId: string, input: RecordBodyDecisionBody, paragraphs: MinutesParagraphs) {
  const id = await ctx.db.transaction(async (tx) => {
    if (input.meetingItemId) {
      const paragraph = await paragraphs.find(tx, collaborationId, input.meetingItemId)
      if (!paragraph) throw fieldError(ctx.locale, 'body.meetingItemId', 'paragraph_not_found')
      if (paragraph.bodyId !== input.bodyId) throw fieldError(ctx.locale, 'body.meetingItemId', 'paragraph_other_body', { body: paragraph.bodyName })
      if (paragraph.initiativeId !== initiativeId) throw fieldError(ctx.locale, 'body.meetingItemId', 'paragraph_other_case')
      if (paragraph.decisionId) throw new AppError(409, 'paragraph_already_used', { reference: `${paragraph.bodyName} § ${paragraph.paragraph}/${paragraph.year}` })
      const decided = { ...input, decidedOn: paragraph.meetingDate, outcome: paragraph.outcome, reference: `§ ${paragraph.paragraph}` }
      const decisionId = await recordBodyDecisionIn(ctx, tx, collaborationId, initiativeId, decided, paragraph.itemId)
      await paragraphs.link(tx, paragraph.itemId, decisionId)
      return decisionId
    }
    if (!input.decidedOn) throw fieldError(ctx.locale, 'body.decidedOn', 'field_required')
    if (!input.outcome) throw fieldError(ctx.locale, 'body.outcome', 'field_required')
    if (input.reference.length < 3) throw fieldError(ctx.locale, 'body.reference', 'external_reference_required')
    const body = await findBody(tx, collaborationId, input.bodyId)
    if (body?.minutesKeptFrom && input.decidedOn >= body.minutesKeptFrom) throw new AppError(409, 'body_keeps_minutes', { body: body.name, from: body.minutesKeptFrom })
    return recordBodyDecisionIn(ctx, tx, collaborationId, initiativeId, { ...input, decidedOn: input.decidedOn, outcome: input.outcome })
  })
  return oneDecision(ctx, collaborationId, id)
}

/** Within a transaction, so that a meeting's § and the decision record it makes are one change. */
export async function recordBodyDecisionIn(ctx: Ctx, tx: Queryable, collaborationId: string, initiativeId: string, input: RecordMemberDecisionBody & { bodyId: string }, meetingItemId: string | null = null) {
  const prepared = await prepare(ctx, tx, collaborationId, initiativeId, input)
  const body = prepared.state.governance.bodies.find((b) => b.id === input.bodyId)
  if (!body) throw fieldError(ctx.locale, 'body.bodyId', 'body_not_in_collaboration')
  const mandated = prepared.state.governance.mandates.some((m) => m.bodyId === body.id && m.decisionKindId === prepared.kind.id && m.mandate === 'decides')
  if (!mandated) throw fieldError(ctx.locale, 'body.bodyId', 'body_lacks_mandate', { body: body.name, kind: ctx.locale === 'en' ? prepared.kind.nameEn : prepared.kind.nameSv })
  return record(ctx, tx, collaborationId, prepared, input, { bodyId: body.id, memberId: null, name: body.name }, meetingItemId)
}

/** The public decision register: posted §§ and external decisions, newest first, a page at a time. */
export async function decisionRegister(ctx: Ctx, collaborationId: string, query: PageQuery & { year?: number }) {
  const sees = seesConfidential(ctx, collaborationId)
  const { rows, total, years } = await repo.decisionRegister(ctx.db, collaborationId, { today: today(), year: query.year, ...sqlWindow(query), locale: ctx.locale })
  return {
    items: rows.map((row) => {
      const withheld = row.confidential && !sees
      return { ...row, title: withheld ? '' : row.title, wording: withheld ? '' : row.wording, reservations: withheld ? '' : row.reservations, withheld }
    }),
    total,
    page: query.page,
    limit: query.limit,
    years,
  }
}

/** A member's own decision (likalydande beslut); the access hook holds a representative to its own member. */
export async function recordMemberDecision(ctx: Ctx, collaborationId: string, initiativeId: string, memberId: string, input: RecordMemberDecisionBody) {
  const id = await ctx.db.transaction(async (tx) => {
    const prepared = await prepare(ctx, tx, collaborationId, initiativeId, input)
    const participant = currentParticipants(prepared.state, initiativeId).find((p) => p.memberId === memberId)
    if (!participant) throw new AppError(409, 'not_participant', { member: prepared.state.members.get(memberId)?.name ?? '' })
    return record(ctx, tx, collaborationId, prepared, input, { bodyId: null, memberId, name: participant.name })
  })
  return oneDecision(ctx, collaborationId, id)
}

/** Reminds every participant whose own decision at the current gate is missing or deferred; each reminder is kept. */
export async function remindMembers(ctx: Ctx, collaborationId: string, initiativeId: string) {
  const result = await ctx.db.transaction(async (tx) => {
    const initiative = await initiativesRepo.findInitiative(tx, collaborationId, initiativeId, true)
    if (!initiative) throw notFound('initiative')
    const state = await loadState(tx, collaborationId, initiativeId)
    const gate = gateView(state, initiative, ctx.locale)
    const atGate = gateDecisions(state, initiative)
    const pending = gate?.rule.requiresMemberDecisions
      ? currentParticipants(state, initiativeId).filter((p) => {
          const latest = latestOfMember(atGate, p.memberId)
          return !latest || latest.outcome === 'defer'
        })
      : []
    if (pending.length === 0) throw new AppError(409, 'nobody_to_remind')
    const gateName = gate!.phase.gate!.nameSv
    const representatives = await repo.memberRepresentatives(tx, collaborationId, pending.map((p) => p.memberId))
    for (const participant of pending) {
      await repo.insertReminder(tx, { initiativeId, memberId: participant.memberId, phaseKey: initiative.phaseKey, phaseEntry: initiative.phaseEntry, remindedBy: actorName(ctx) })
    }
    // The decisions needed, named in both languages: each representative's e-mail (a subscriber's) is in their own.
    const [inSwedish, inEnglish] = [gateView(state, initiative, 'sv')!, gateView(state, initiative, 'en')!]
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: 'decision.members_reminded',
      entityType: 'initiative',
      entityId: initiativeId,
      after: { members: pending.map((p) => p.name), gate: gateName },
      event: {
        type: 'decision.members_reminded',
        payload: {
          initiativeId,
          initiativeTitle: initiative.title,
          gateName: { sv: gateName, en: gate!.phase.gate!.nameEn },
          gateDueOn: initiative.gateDueOn,
          requiredDecisions: inSwedish.rule.requiredDecisions.map((d, i) => ({ sv: d.name, en: inEnglish.rule.requiredDecisions[i]!.name })),
          url: `${ctx.publicUrl ?? ''}/collaborations/${collaborationId}/initiatives/${initiativeId}`,
          reminders: pending.map((p) => ({
            memberId: p.memberId,
            memberName: p.name,
            recipients: representatives.filter((r) => r.memberId === p.memberId).map((r) => ({ userId: r.userId, name: r.name, email: r.email })),
          })),
        },
      },
    })
    return { reminded: pending.map((p) => p.name) }
  })
  return result
}

/** The §§ of held meetings that the initiative's gate may take (a body's, if given), for the decision dialog. */
export async function paragraphCandidates(ctx: Ctx, collaborationId: string, initiativeId: string, query: { bodyId?: string }) {
  if (!(await initiativesRepo.findInitiative(ctx.db, collaborationId, initiativeId))) throw notFound('initiative')
  return repo.paragraphCandidates(ctx.db, collaborationId, initiativeId, query.bodyId ?? null)
}
