import type { Queryable } from '../../server/db/database'
import { now, today } from '../../server/clock'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound } from '../../server/http/errors'
import { requireInCollaboration } from '../../server/http/ownership'
import { sqlWindow, type PageQuery } from '../../server/http/paging'
import { anchorMinutes } from '../audit'
import { recordChange } from '../audit'
import { seesConfidential } from '../registry'
import { findBody } from '../governance'
import { latestPostingDay } from '../../shared/minutes'
import { appealPeriodEnds } from './appeal-period'
import { calendarFeed } from './ical'
import * as repo from './meetings.repository'
import type { MeetingRow } from './meetings.repository'
import { appealState, getMeeting, loadMeeting } from './meetings.service'
import { paragraphRange } from './minutes-pdf'

/** Both the chair and every adjuster have approved: the minutes are approved (justerat). */
async function completeIfApproved(tx: Queryable, meeting: MeetingRow) {
  const all = await repo.listApprovals(tx, meeting.id)
  const complete = Boolean(meeting.chairUserId) && meeting.adjusterUserIds.length > 0 && all.some((a) => a.role === 'chair') && meeting.adjusterUserIds.every((id) => all.some((a) => a.userId === id && a.role === 'adjuster'))
  if (complete) await repo.setMeetingStatus(tx, meeting.id, 'minutes_approved')
  return complete
}

/** The signed-in user approves (justerar) the minutes in Samverka in each role the meeting gives them, dated now. */
export async function approveMinutes(ctx: Ctx, collaborationId: string, meetingId: string) {
  const user = ctx.actor.user!
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    if (meeting.status !== 'held') throw new AppError(409, 'meeting_not_editable', { status: meeting.status })
    const roles = [...(meeting.chairUserId === user.id ? ['chair' as const] : []), ...(meeting.adjusterUserIds.includes(user.id) ? ['adjuster' as const] : [])]
    if (roles.length === 0) throw new AppError(403, 'not_chair_or_adjuster')
    const done = await repo.listApprovals(tx, meetingId)
    const todo = roles.filter((role) => !done.some((a) => a.userId === user.id && a.role === role))
    if (todo.length === 0) throw new AppError(409, 'already_approved')
    const at = now()
    if (at.getTime() < Date.parse(meeting.startsAt)) throw new AppError(409, 'approval_before_meeting', { meetingDate: meeting.meetingDate })
    for (const role of todo) await repo.insertApproval(tx, { meetingId, role, userId: user.id, name: user.name, approvedAt: at })
    const complete = await completeIfApproved(tx, meeting)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.minutes_approved', entityType: 'meeting', entityId: meetingId, after: { roles: todo, by: user.name, complete } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/**
 * Minutes signed on paper (or those of a meeting held before the collaboration used Samverka): the
 * secretary records the chair's or an adjuster's signature with its date, and it is marked as recorded.
 */
export async function recordPaperApproval(ctx: Ctx, collaborationId: string, meetingId: string, input: { role: 'chair' | 'adjuster'; userId: string; signedOn: string }) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    if (meeting.status !== 'held') throw new AppError(409, 'meeting_not_editable', { status: meeting.status })
    const holds = input.role === 'chair' ? meeting.chairUserId === input.userId : meeting.adjusterUserIds.includes(input.userId)
    const [person] = await repo.userNames(tx, [input.userId])
    if (!holds || !person) throw fieldError(ctx.locale, 'body.userId', 'not_chair_or_adjuster_of', { name: person?.name ?? '' })
    const done = (await repo.listApprovals(tx, meetingId)).find((a) => a.userId === input.userId && a.role === input.role)
    if (done) throw new AppError(409, 'role_already_approved', { role: input.role === 'chair' ? 'ordförande' : 'justerare', name: done.name })
    if (input.signedOn < meeting.meetingDate) throw fieldError(ctx.locale, 'body.signedOn', 'approval_before_meeting', { meetingDate: meeting.meetingDate })
    if (input.signedOn > today()) throw fieldError(ctx.locale, 'body.signedOn', 'approval_in_future')
    await repo.insertApproval(tx, { meetingId, role: input.role, userId: input.userId, name: person.name, approvedAt: now(), signedOn: input.signedOn, recordedByName: actorName(ctx) })
    const complete = await completeIfApproved(tx, meeting)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.paper_approval_recorded', entityType: 'meeting', entityId: meetingId, after: { role: input.role, by: person.name, signedOn: input.signedOn, complete } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/**
 * Posted on the notice board: from that day the three-week appeal period runs. The posting cannot
 * precede the approval, and comes no later than the second day after it.
 */
export async function publishMinutes(ctx: Ctx, collaborationId: string, meetingId: string, noticeDate: string) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    if (meeting.status !== 'minutes_approved') {
      const missing = (await getMeeting(ctx, collaborationId, meetingId, tx)).approvalsMissing
      if (meeting.status === 'held') throw new AppError(409, 'approvals_missing', { names: missing.join(', ') || '—' })
      throw new AppError(409, 'meeting_not_editable', { status: meeting.status })
    }
    const approvedOn = (await repo.listApprovals(tx, meetingId)).map((a) => a.approvedOn).sort().at(-1)!
    if (noticeDate < approvedOn) throw fieldError(ctx.locale, 'body.noticeDate', 'notice_before_approval', { approvedOn })
    if (noticeDate > latestPostingDay(approvedOn)) throw fieldError(ctx.locale, 'body.noticeDate', 'notice_too_late', { approvedOn, latest: latestPostingDay(approvedOn) })
    const appealEndsOn = appealPeriodEnds(noticeDate)
    await repo.setMeetingStatus(tx, meetingId, 'published', { publishedOn: noticeDate, appealEndsOn })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.minutes_published', entityType: 'meeting', entityId: meetingId, after: { noticeDate, appealEndsOn } })
    // The posted minutes carry the audit log's head, signed, so a later rewrite of the log shows against them.
    await anchorMinutes(tx, meetingId, ctx.auditKey)
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** A page of the register of published minutes, newest first. */
export async function listPublishedMinutes(ctx: Ctx, collaborationId: string, query: PageQuery) {
  // The public sees minutes from the day they are posted; the office also sees a posting still to come.
  const postedBy = seesConfidential(ctx, collaborationId) ? null : today()
  const { rows, total } = await repo.publishedMinutesPage(ctx.db, collaborationId, postedBy, sqlWindow(query))
  return {
    items: rows.map((m) => ({ ...m, paragraphs: m.paragraphs?.length ? paragraphRange(m.paragraphs) : null, appealOpen: appealState(m) === 'running', appealState: appealState(m)! })),
    total,
    page: query.page,
    limit: query.limit,
  }
}

/** One body's meetings as an iCal feed to subscribe to. */
export async function bodyCalendar(ctx: Ctx, collaborationId: string, bodyId: string, baseUrl: string) {
  const meetings = await repo.listMeetings(ctx.db, collaborationId, { bodyId })
  const body = await findBody(ctx.db, collaborationId, bodyId)
  if (!body) throw notFound('body')
  return calendarFeed({
    name: body.name,
    events: meetings.map((m) => ({
      uid: `${m.id}@samverka`,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      summary: `Sammanträde: ${m.bodyName}`,
      location: m.place || m.link,
      description: m.link ? `Länk: ${m.link}` : '',
      url: `${baseUrl}/collaborations/${collaborationId}/meetings/${m.id}`,
      cancelled: m.status === 'cancelled',
      updatedAt: m.noticeSentAt ? new Date(m.noticeSentAt).toISOString() : m.startsAt,
    })),
  })
}

export const listAnnualWheel = (ctx: Ctx, collaborationId: string) => repo.listWheel(ctx.db, collaborationId)

export async function addAnnualWheelItem(ctx: Ctx, collaborationId: string, input: { month: number; title: string; description: string; bodyId: string | null }) {
  const id = await ctx.db.transaction(async (tx) => {
    await requireInCollaboration(tx, ctx.locale, collaborationId, [{ path: 'body.bodyId', kind: 'body', id: input.bodyId }])
    const id = await repo.insertWheelItem(tx, collaborationId, input)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'annual_wheel.added', entityType: 'annual_wheel_item', entityId: id, after: input })
    return id
  })
  return (await repo.listWheel(ctx.db, collaborationId)).find((item) => item.id === id)!
}

export async function removeAnnualWheelItem(ctx: Ctx, collaborationId: string, itemId: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteWheelItem(tx, collaborationId, itemId))) throw notFound('annual_wheel_item')
    await recordChange(tx, ctx.actor, { collaborationId, action: 'annual_wheel.removed', entityType: 'annual_wheel_item', entityId: itemId })
  })
}
