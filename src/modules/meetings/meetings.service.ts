import type { Queryable } from '../../server/db/database'
import { now } from '../../server/clock'
import { formatDateTime, todayInSweden } from '../../shared/format'
import type { Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound, staleVersion } from '../../server/http/errors'
import { requireInCollaboration } from '../../server/http/ownership'
import { recordChange } from '../audit'
import * as casesRepo from '../cases'
import { seesConfidential } from '../registry'
import { recordBodyDecisionIn } from '../decisions'
import { findBody, listSeats } from '../governance'
import { listAttachments } from '../attachments'
import { findInitiative } from '../initiatives'
import { gateView, loadState } from '../initiatives'
import * as repo from './meetings.repository'
import { assignSubstitutes } from './attendance'
import { paragraphRange } from './minutes-pdf'
import { groupBy } from '../../shared/group-by'
import type { MeetingRow } from './meetings.repository'


export async function listMeetings(ctx: Ctx, collaborationId: string, filter: { bodyId?: string; from?: string; to?: string }) {
  const rows = await repo.listMeetings(ctx.db, collaborationId, filter)
  const agenda = groupBy(rows.length ? await repo.listAgenda(ctx.db, rows.map((row) => row.id)) : [], (item) => item.meetingId)
  return rows.map((row) => {
    const items = agenda.get(row.id) ?? []
    return {
      id: row.id,
      bodyId: row.bodyId,
      bodyName: row.bodyName,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      place: row.place,
      link: row.link,
      status: row.status,
      publishedOn: row.publishedOn,
      appealEndsOn: row.appealEndsOn,
      items: items.length,
      paragraphs: items.some((item) => item.paragraph) ? paragraphRange(items.flatMap((item) => (item.paragraph ? [item.paragraph] : []))) : null,
    }
  })
}

export async function loadMeeting(db: Queryable, collaborationId: string, meetingId: string, forUpdate = false) {
  const meeting = await repo.findMeeting(db, collaborationId, meetingId, forUpdate)
  if (!meeting) throw notFound('meeting')
  return meeting
}

/** Who still has to approve: the chair and every adjuster, by name. */
async function missingApprovals(db: Queryable, meeting: MeetingRow) {
  const approvals = await repo.listApprovals(db, meeting.id)
  const required = [...(meeting.chairUserId ? [{ userId: meeting.chairUserId, role: 'chair' as const }] : []), ...meeting.adjusterUserIds.map((userId) => ({ userId, role: 'adjuster' as const }))]
  const names = new Map((await repo.userNames(db, required.map((r) => r.userId))).map((u) => [u.id, u.name]))
  return required.filter((r) => !approvals.some((a) => a.userId === r.userId && a.role === r.role)).map((r) => names.get(r.userId) ?? '')
}

export async function getMeeting(ctx: Ctx, collaborationId: string, meetingId: string, db: Queryable = ctx.db) {
  const meeting = await loadMeeting(db, collaborationId, meetingId)
  const sees = seesConfidential(ctx, collaborationId)
  const [agenda, attendance, documents, approvals, users, seated] = await Promise.all([
    repo.listAgenda(db, [meeting.id]),
    repo.listAttendance(db, meeting.id),
    repo.listMeetingDocuments(db, meeting.id),
    repo.listApprovals(db, meeting.id),
    repo.userNames(db, [...(meeting.chairUserId ? [meeting.chairUserId] : []), ...meeting.adjusterUserIds]),
    seatedAccounts(db, meeting.collaborationId, meeting),
  ])
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? ''
  return {
    id: meeting.id,
    bodyId: meeting.bodyId,
    bodyName: meeting.bodyName,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    link: meeting.link,
    status: meeting.status,
    noticeSentAt: meeting.noticeSentAt,
    chairUserId: meeting.chairUserId,
    chairName: meeting.chairUserId ? name(meeting.chairUserId) : null,
    adjusterUserIds: meeting.adjusterUserIds,
    adjusterNames: meeting.adjusterUserIds.map(name),
    seatedAccounts: seated.map((seat) => ({ userId: seat.userId!, name: seat.userName ?? seat.personName, seatRole: seat.seatRole, memberName: attendance.find((a) => a.memberId === seat.memberId)?.memberName ?? null })),
    secretaryName: meeting.secretaryName,
    agenda: agenda.map((item) => {
      const withheld = item.confidential && !sees
      return {
        id: item.id,
        position: item.position,
        caseId: item.caseId,
        caseNumber: item.caseNumber,
        title: withheld ? '' : item.title,
        proposedDecision: withheld ? '' : item.proposedDecision,
        confidential: item.confidential,
        confidentialityGround: item.confidentialityGround,
        withheld,
        decisionBasis: item.decisionBasisVersionId && item.decisionBasisHash ? { versionId: item.decisionBasisVersionId, hash: item.decisionBasisHash } : null,
        decision:
          item.paragraph && item.outcome
            ? { paragraph: item.paragraph, year: meeting.year, outcome: item.outcome, wording: withheld ? '' : item.wording, reservations: withheld ? '' : item.reservations, deferredToMeetingId: item.deferredToMeetingId, decisionId: item.decisionId }
            : null,
      }
    }),
    attendance: attendance.map(({ meetingId: _m, ...row }) => row),
    documents,
    approvals,
    approvalsMissing: await missingApprovals(db, meeting),
    heldAt: meeting.heldAt,
    cancelledReason: meeting.cancelledReason,
    started: hasStarted(meeting),
    publishedOn: meeting.publishedOn,
    appealEndsOn: meeting.appealEndsOn,
    appealState: appealState(meeting),
    version: meeting.version,
  }
}

function requireStatus(meeting: MeetingRow, allowed: MeetingRow['status'][]) {
  if (!allowed.includes(meeting.status)) throw new AppError(409, 'meeting_not_editable', { status: meeting.status })
}

/** Until it is held, a meeting's agenda, attendance and §§ can change. */
const OPEN: MeetingRow['status'][] = ['planned', 'notice_sent']

export const hasStarted = (meeting: Pick<MeetingRow, 'startsAt'>) => now().getTime() >= Date.parse(meeting.startsAt)

/** Nothing is recorded at a meeting before it has started (by the clock, in Swedish time). */
function requireStarted(meeting: MeetingRow) {
  if (!hasStarted(meeting)) throw new AppError(409, 'meeting_not_started', { startsAt: formatDateTime(meeting.startsAt) })
}

/**
 * Where the appeal period stands: it runs from the day the approval is posted on the notice board, and
 * not before (kommunallagen 13 kap. 5 §), so a posting dated ahead of today shows as coming.
 */
export function appealState(meeting: Pick<MeetingRow, 'publishedOn' | 'appealEndsOn'>, today = now()): 'posting_pending' | 'running' | 'ended' | null {
  if (!meeting.publishedOn || !meeting.appealEndsOn) return null
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(today)
  if (day < meeting.publishedOn) return 'posting_pending'
  return day <= meeting.appealEndsOn ? 'running' : 'ended'
}

/** Seated people of the body on the meeting's day who have an account: those who can chair and approve. */
async function seatedAccounts(tx: Queryable, collaborationId: string, meeting: MeetingRow) {
  const seats = await listSeats(tx, collaborationId)
  return seats.filter((s) => s.bodyId === meeting.bodyId && s.userId && s.termStart <= meeting.meetingDate && (!s.termEnd || s.termEnd >= meeting.meetingDate))
}

/** A meeting of one body; attendance starts from the body's seats on the day: ledamöter present, ersättare not. */
export async function createMeeting(ctx: Ctx, collaborationId: string, input: { bodyId: string; startsAt: string; endsAt: string | null; place: string; link: string }) {
  const id = await ctx.db.transaction(async (tx) => {
    if (!(await findBody(tx, collaborationId, input.bodyId))) throw fieldError(ctx.locale, 'body.bodyId', 'body_not_in_collaboration')
    const seats = await listSeats(tx, collaborationId)
    if (input.endsAt && Date.parse(input.endsAt) < Date.parse(input.startsAt)) throw fieldError(ctx.locale, 'body.endsAt', 'ends_before_start')
    const id = await repo.insertMeeting(tx, { collaborationId, ...input })
    // The Swedish day it starts on (the time may come with any offset), as meetingDate is read everywhere else.
    const day = todayInSweden(new Date(input.startsAt))
    const serving = seats.filter((s) => s.bodyId === input.bodyId && s.termStart <= day && (!s.termEnd || s.termEnd >= day))
    await repo.replaceAttendance(tx, id, serving.map((s) => ({ personName: s.personName, memberId: s.memberId, seatRole: s.seatRole, position: s.position, servingFor: null, present: s.seatRole === 'ledamot', substituteOrder: s.substituteOrder })))
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.created', entityType: 'meeting', entityId: id, after: input })
    return id
  })
  return getMeeting(ctx, collaborationId, id)
}

export async function updateMeeting(ctx: Ctx, collaborationId: string, meetingId: string, input: { version: number; startsAt: string; endsAt: string | null; place: string; link: string; chairUserId: string | null; adjusterUserIds: string[]; secretaryName: string }) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(before, ['planned', 'notice_sent', 'held'])
    if (before.version !== input.version) throw staleVersion()
    const moved = Date.parse(input.startsAt) !== Date.parse(before.startsAt) || (input.endsAt ? Date.parse(input.endsAt) : null) !== (before.endsAt ? Date.parse(before.endsAt) : null) || input.place !== before.place || input.link !== before.link
    if (moved && before.status === 'held') throw new AppError(409, 'meeting_already_held')
    if (input.endsAt && Date.parse(input.endsAt) < Date.parse(input.startsAt)) throw fieldError(ctx.locale, 'body.endsAt', 'ends_before_start')
    const people = [...(input.chairUserId ? [input.chairUserId] : []), ...input.adjusterUserIds]
    const changedPeople = input.chairUserId !== before.chairUserId || input.adjusterUserIds.join() !== before.adjusterUserIds.join()
    if (changedPeople && (await repo.listApprovals(tx, meetingId)).length > 0) throw new AppError(409, 'approvals_started')
    const day = { ...before, meetingDate: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(input.startsAt)) }
    const seated = await seatedAccounts(tx, collaborationId, day)
    const stranger = people.find((id) => !seated.some((s) => s.userId === id))
    if (stranger) throw fieldError(ctx.locale, stranger === input.chairUserId ? 'body.chairUserId' : 'body.adjusterUserIds', 'person_not_seated', { body: before.bodyName })
    if (input.chairUserId && input.adjusterUserIds.includes(input.chairUserId)) throw fieldError(ctx.locale, 'body.adjusterUserIds', 'chair_cannot_adjust')
    if (!(await repo.updateMeeting(tx, meetingId, input))) throw staleVersion()
    const { version: _version, ...after } = input
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.updated', entityType: 'meeting', entityId: meetingId, before, after })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** A meeting that has not been held is cancelled with its reason; those who got the notice are told. */
export async function cancelMeeting(ctx: Ctx, collaborationId: string, meetingId: string, input: { version: number; reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(meeting, OPEN)
    if (meeting.version !== input.version) throw staleVersion()
    const decided = (await repo.listAgenda(tx, [meetingId])).filter((item) => item.paragraph)
    if (decided.length) throw new AppError(409, 'meeting_has_decisions', { paragraphs: paragraphRange(decided.map((item) => item.paragraph!)) })
    await repo.setMeetingStatus(tx, meetingId, 'cancelled', { cancelledReason: input.reason })
    // Those who got the notice are told by a subscriber of the event.
    const recipients = meeting.noticeSentAt ? await repo.noticeRecipients(tx, collaborationId, meeting) : []
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: 'meeting.cancelled',
      entityType: 'meeting',
      entityId: meetingId,
      before: { status: meeting.status },
      after: { reason: input.reason },
      event: { type: 'meeting.cancelled', payload: { meetingId, bodyName: meeting.bodyName, startsAt: meeting.startsAt, reason: input.reason, recipients: recipients.map((p) => ({ userId: p.id, name: p.name, email: p.email })) } },
    })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** Cases ready for the body's decision that are not already waiting on an agenda. */
export async function agendaCandidates(ctx: Ctx, collaborationId: string, meetingId: string) {
  const meeting = await loadMeeting(ctx.db, collaborationId, meetingId)
  const ready = await casesRepo.listCases(ctx.db, collaborationId, { status: 'ready_for_decision', decidingBodyId: meeting.bodyId })
  const waiting = await repo.casesWaitingOnAgenda(ctx.db, ready.map((c) => c.id))
  return ready.filter((c) => !waiting.some((w) => w.caseId === c.id)).map((c) => ({ id: c.id, number: c.number, title: c.title, status: c.status }))
}

export async function addAgendaItem(ctx: Ctx, collaborationId: string, meetingId: string, input: { caseId: string | null; title: string }) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(meeting, OPEN)
    let title = input.title
    if (input.caseId) {
      const found = await casesRepo.findCase(tx, collaborationId, input.caseId)
      if (!found) throw fieldError(ctx.locale, 'body.caseId', 'not_found', { entity: 'case' })
      if (found.status !== 'ready_for_decision') throw new AppError(409, 'case_not_ready', { number: found.number })
      if (found.decidingBodyId && found.decidingBodyId !== meeting.bodyId) throw new AppError(409, 'case_other_body', { number: found.number })
      const [waiting] = await repo.casesWaitingOnAgenda(tx, [found.id])
      if (waiting) throw new AppError(409, 'case_already_on_agenda', { number: found.number })
      title = title || found.title
    } else if (title.length < 3) {
      throw fieldError(ctx.locale, 'body.title', 'text_too_short', { minimum: 3 })
    }
    await repo.insertAgendaItem(tx, meetingId, { caseId: input.caseId, title })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.agenda_item_added', entityType: 'meeting', entityId: meetingId, after: { caseId: input.caseId, title } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

export async function removeAgendaItem(ctx: Ctx, collaborationId: string, meetingId: string, itemId: string) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(meeting, OPEN)
    const item = (await repo.listAgenda(tx, [meetingId])).find((i) => i.id === itemId)
    if (!item) throw notFound('agenda_item')
    if (item.paragraph) throw new AppError(409, 'item_already_decided', { paragraph: item.paragraph })
    await repo.deleteAgendaItem(tx, itemId)
    await repo.setPositions(tx, (await repo.listAgenda(tx, [meetingId])).map((i) => i.id))
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.agenda_item_removed', entityType: 'meeting', entityId: meetingId, before: { title: item.title } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

export async function reorderAgenda(ctx: Ctx, collaborationId: string, meetingId: string, itemIds: string[]) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(meeting, OPEN)
    const items = await repo.listAgenda(tx, [meetingId])
    if (items.length !== itemIds.length || !items.every((item) => itemIds.includes(item.id))) throw fieldError(ctx.locale, 'body.itemIds', 'agenda_items_mismatch')
    await repo.setPositions(tx, itemIds)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.agenda_reordered', entityType: 'meeting', entityId: meetingId, after: { itemIds } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** Who attended; an ersättare present steps in for an absent ledamot of its member in the body's order. */
export async function setAttendance(ctx: Ctx, collaborationId: string, meetingId: string, attendance: Omit<repo.AttendanceRow, 'id' | 'meetingId' | 'memberName' | 'substituteOrder'>[]) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    await requireInCollaboration(tx, ctx.locale, collaborationId, attendance.map((row, i) => ({ path: `body.attendance.${i}.memberId`, kind: 'member', id: row.memberId })))
    requireStatus(meeting, OPEN)
    const seats = (await listSeats(tx, collaborationId)).filter((s) => s.bodyId === meeting.bodyId)
    const orderOf = (row: (typeof attendance)[number]) => seats.find((s) => s.personName === row.personName && s.memberId === row.memberId && s.seatRole === row.seatRole)?.substituteOrder ?? null
    const rows = assignSubstitutes(attendance.map((row) => ({ ...row, substituteOrder: row.seatRole === 'ersattare' ? orderOf(row) : null })))
    await repo.replaceAttendance(tx, meetingId, rows)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.attendance_set', entityType: 'meeting', entityId: meetingId, after: { present: rows.filter((a) => a.present).map((a) => a.personName), serving: rows.filter((a) => a.seatRole === 'ersattare' && a.servingFor).map((a) => `${a.personName} för ${a.servingFor}`) } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** The notice (kallelse) with the agenda goes to the body's members; the time it went is recorded. */
export async function sendNotice(ctx: Ctx, collaborationId: string, meetingId: string) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(meeting, ['planned', 'notice_sent'])
    await repo.setMeetingStatus(tx, meetingId, 'notice_sent', { noticeSentAt: now() })
    const recipients = await repo.noticeRecipients(tx, collaborationId, meeting)
    const agenda = (await repo.listAgenda(tx, [meetingId])).map((item) => ({ position: item.position, title: item.title, caseNumber: item.caseNumber, confidential: item.confidential }))
    const url = `${ctx.publicUrl ?? ''}/collaborations/${collaborationId}/meetings/${meetingId}`
    // The e-mails are queued by a subscriber of the event, each in its recipient's language.
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: 'meeting.notice_sent',
      entityType: 'meeting',
      entityId: meetingId,
      after: { body: meeting.bodyName, recipients: recipients.map((p) => p.name) },
      event: {
        type: 'meeting.notice_sent',
        payload: { meetingId, bodyName: meeting.bodyName, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, link: meeting.link, agenda, url, recipients: recipients.map((p) => ({ userId: p.id, name: p.name, email: p.email })) },
      },
    })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

export async function addMeetingDocument(ctx: Ctx, collaborationId: string, meetingId: string, attachmentId: string) {
  await ctx.db.transaction(async (tx) => {
    await loadMeeting(tx, collaborationId, meetingId, true)
    if ((await listAttachments(tx, collaborationId, [attachmentId])).length === 0) throw fieldError(ctx.locale, 'body.attachmentId', 'attachment_not_found')
    await repo.addMeetingDocument(tx, meetingId, attachmentId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.document_added', entityType: 'meeting', entityId: meetingId, after: { attachmentId } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/**
 * The meeting's decision on one item, numbered § N for the body and year. When the case belongs to an
 * initiative, the same decision becomes that initiative's decision record, so its gate sees it.
 */
export async function decideItem(
  ctx: Ctx,
  collaborationId: string,
  meetingId: string,
  itemId: string,
  input: { outcome: 'approve' | 'reject' | 'defer'; wording: string; reservations: string; decisionKindId: string | null; deferToMeetingId: string | null },
) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    await requireInCollaboration(tx, ctx.locale, collaborationId, [{ path: 'body.decisionKindId', kind: 'decisionKind', id: input.decisionKindId }])
    requireStatus(meeting, OPEN)
    requireStarted(meeting)
    const item = (await repo.listAgenda(tx, [meetingId])).find((i) => i.id === itemId)
    if (!item) throw notFound('agenda_item')
    if (item.paragraph) throw new AppError(409, 'item_already_decided', { paragraph: item.paragraph })
    let deferTo: MeetingRow | undefined
    if (input.outcome === 'defer' && input.deferToMeetingId) {
      deferTo = await repo.findMeeting(tx, collaborationId, input.deferToMeetingId)
      if (!deferTo || deferTo.bodyId !== meeting.bodyId || deferTo.startsAt <= meeting.startsAt) throw fieldError(ctx.locale, 'body.deferToMeetingId', 'defer_needs_meeting')
    }
    const paragraph = await repo.takeParagraph(tx, meeting.bodyId, meeting.year)
    await repo.decideAgendaItem(tx, itemId, { paragraph, outcome: input.outcome, wording: input.wording, reservations: input.reservations, deferredToMeetingId: deferTo?.id ?? null })
    if (deferTo) await repo.insertAgendaItem(tx, deferTo.id, { caseId: item.caseId, title: item.title })
    if (item.caseId && input.outcome !== 'defer') await casesRepo.setCaseStatus(tx, item.caseId, 'decided')
    if (item.initiativeId) {
      const decisionKindId = input.decisionKindId ?? (await gateKindFor(ctx, tx, collaborationId, item.initiativeId, meeting.bodyId))
      if (decisionKindId) {
        const decisionId = await recordBodyDecisionIn(
          ctx,
          tx,
          collaborationId,
          item.initiativeId,
          { decisionKindId, bodyId: meeting.bodyId, decidedOn: meeting.meetingDate, outcome: input.outcome, conditions: input.wording, reference: `§ ${paragraph}`, attachmentId: null },
          itemId,
        )
        await repo.linkDecision(tx, itemId, decisionId)
      }
    }
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.item_decided', entityType: 'meeting', entityId: meetingId, after: { paragraph, year: meeting.year, title: item.title, outcome: input.outcome } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** The kind of decision the initiative's current gate needs from this body, when there is exactly one. */
async function gateKindFor(ctx: Ctx, tx: Queryable, collaborationId: string, initiativeId: string, bodyId: string) {
  const initiative = await findInitiative(tx, collaborationId, initiativeId)
  if (!initiative) return null
  const gate = gateView(await loadState(tx, collaborationId, initiativeId), initiative, ctx.locale)
  const kinds = gate?.rule.requiredDecisions.filter((r) => r.body?.id === bodyId) ?? []
  if (kinds.length > 1) throw fieldError(ctx.locale, 'body.decisionKindId', 'decision_kind_needed', { kinds: kinds.map((k) => k.name).join(', ') })
  return kinds[0]?.decisionKindId ?? null
}

export async function closeMeeting(ctx: Ctx, collaborationId: string, meetingId: string) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    requireStatus(meeting, OPEN)
    requireStarted(meeting)
    const open = (await repo.listAgenda(tx, [meetingId])).filter((item) => !item.paragraph)
    if (open.length) throw new AppError(409, 'items_undecided', { items: open.map((item) => item.title).join(', ') })
    await repo.setMeetingStatus(tx, meetingId, 'held', { heldAt: now() })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.held', entityType: 'meeting', entityId: meetingId, after: { body: meeting.bodyName } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}
