import { today } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound } from '../../server/http/errors'
import { recordChange } from '../audit/audit.repository'
import { findBody } from '../governance/governance.repository'
import { appealPeriodEnds } from './appeal-period'
import { calendarFeed } from './ical'
import * as repo from './meetings.repository'
import { getMeeting, listMeetings, loadMeeting } from './meetings.service'


/** The signed-in user approves (justerar) the minutes in each role the meeting gives them; the last approval closes them. */
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
    for (const role of todo) await repo.insertApproval(tx, { meetingId, role, userId: user.id, name: user.name })
    const all = await repo.listApprovals(tx, meetingId)
    const complete = (!meeting.chairUserId || all.some((a) => a.role === 'chair')) && meeting.adjusterUserIds.every((id) => all.some((a) => a.userId === id && a.role === 'adjuster'))
    if (complete && meeting.chairUserId && meeting.adjusterUserIds.length > 0) await repo.setMeetingStatus(tx, meetingId, 'minutes_approved')
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.minutes_approved', entityType: 'meeting', entityId: meetingId, after: { roles: todo, by: user.name, complete } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** Posted on the notice board: from that day the three-week appeal period runs. */
export async function publishMinutes(ctx: Ctx, collaborationId: string, meetingId: string, noticeDate: string) {
  await ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(tx, collaborationId, meetingId, true)
    if (meeting.status !== 'minutes_approved') {
      const missing = (await getMeeting(ctx, collaborationId, meetingId, tx)).approvalsMissing
      if (meeting.status === 'held') throw new AppError(409, 'approvals_missing', { names: missing.join(', ') || '—' })
      throw new AppError(409, 'meeting_not_editable', { status: meeting.status })
    }
    if (noticeDate < meeting.meetingDate) throw fieldError(ctx.locale, 'body.noticeDate', 'notice_before_meeting')
    const appealEndsOn = appealPeriodEnds(noticeDate)
    await repo.setMeetingStatus(tx, meetingId, 'published', { publishedOn: noticeDate, appealEndsOn })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'meeting.minutes_published', entityType: 'meeting', entityId: meetingId, after: { noticeDate, appealEndsOn } })
  })
  return getMeeting(ctx, collaborationId, meetingId)
}

/** The register of published minutes, newest first. */
export async function listPublishedMinutes(ctx: Ctx, collaborationId: string) {
  const meetings = await listMeetings(ctx, collaborationId, {})
  return meetings
    .filter((m) => m.status === 'published' && m.publishedOn && m.appealEndsOn)
    .reverse()
    .map((m) => ({
      meetingId: m.id,
      bodyName: m.bodyName,
      meetingDate: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(m.startsAt)),
      paragraphs: m.paragraphs,
      publishedOn: m.publishedOn!,
      appealEndsOn: m.appealEndsOn!,
      appealOpen: today() <= m.appealEndsOn!,
    }))
}

/** One body's meetings as an iCal feed to subscribe to. */
export async function bodyCalendar(ctx: Ctx, collaborationId: string, bodyId: string, baseUrl: string) {
  const meetings = await repo.listMeetings(ctx.db, collaborationId, { bodyId })
  const body = await findBody(ctx.db, collaborationId, bodyId)
  if (!body) throw notFound('organet')
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
    const id = await repo.insertWheelItem(tx, collaborationId, input)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'annual_wheel.added', entityType: 'annual_wheel_item', entityId: id, after: input })
    return id
  })
  return (await repo.listWheel(ctx.db, collaborationId)).find((item) => item.id === id)!
}

export async function removeAnnualWheelItem(ctx: Ctx, collaborationId: string, itemId: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteWheelItem(tx, collaborationId, itemId))) throw notFound('punkten')
    await recordChange(tx, ctx.actor, { collaborationId, action: 'annual_wheel.removed', entityType: 'annual_wheel_item', entityId: itemId })
  })
}
