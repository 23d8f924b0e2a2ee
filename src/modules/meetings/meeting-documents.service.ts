// The documents a meeting produces, as PDFs: the notice (kallelse), the minutes (protokoll) and an
// extract of one § (protokollsutdrag). Each is shaped for its reader: the public sees a confidential
// matter by its ground only, and the minutes and extracts only once posted.
import { today } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { AppError, notFound } from '../../server/http/errors'
import { formatDateTime } from '../../shared/format'
import { minutesAuditAnchor } from '../audit'
import { seesConfidential } from '../registry'
import { listSeats } from '../governance'
import { listMembers } from '../members'
import * as repo from './meetings.repository'
import { getMeeting, loadMeeting } from './meetings.service'
import { extractFileName, renderExtractPdf } from './minutes-extract-pdf'
import { renderMinutesPdf, type Approval, type MinutesDocument } from './minutes-pdf'
import { renderNoticePdf } from './notice-pdf'
import { meetingWhen, noticeRecipientList } from './notice-text'

const stockholmTime = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

/** The minutes are held and may still change until every approval is in. */
const isDraft = (status: repo.MeetingRow['status']) => status === 'held'

const approvalsOf = (rows: repo.ApprovalRow[]): Approval[] =>
  rows.map((a) => ({ role: a.role, name: a.name, approvedAt: a.approvedAt, recorded: a.recorded, signedOn: a.signedOn, recordedByName: a.recordedByName }))

/** The public reads minutes and extracts from the day the approval is posted on the notice board. */
const isPosted = (meeting: repo.MeetingRow) => meeting.status === 'published' && meeting.publishedOn !== null && meeting.publishedOn <= today()

const postingOf = (meeting: repo.MeetingRow) => (meeting.status === 'published' && meeting.publishedOn && meeting.appealEndsOn ? { postedOn: meeting.publishedOn, appealEndsOn: meeting.appealEndsOn } : null)

/** The notice with the agenda and its recipients, for anyone who reads the meeting. */
export async function noticePdf(ctx: Ctx, collaborationId: string, meetingId: string) {
  const meeting = await loadMeeting(ctx.db, collaborationId, meetingId)
  const sees = seesConfidential(ctx, collaborationId)
  const [collaboration, agenda, seats, members, mailed, view] = await Promise.all([
    repo.findCollaborationName(ctx.db, collaborationId),
    repo.listAgenda(ctx.db, [meetingId]),
    listSeats(ctx.db, collaborationId),
    listMembers(ctx.db, collaborationId, { includeLeft: true }),
    repo.noticeRecipients(ctx.db, collaborationId, meeting),
    getMeeting(ctx, collaborationId, meetingId),
  ])
  const { day, time } = meetingWhen(meeting)
  const pdf = await renderNoticePdf({
    collaborationName: collaboration!.name,
    bodyName: meeting.bodyName,
    meetingDate: meeting.meetingDate,
    day,
    time,
    place: meeting.place,
    link: meeting.link,
    cancelled: meeting.status === 'cancelled',
    cancelledReason: meeting.cancelledReason,
    sentAt: meeting.noticeSentAt ? formatDateTime(meeting.noticeSentAt) : null,
    items: agenda.map((item) => ({
      position: item.position,
      title: item.title,
      caseNumber: item.caseNumber,
      confidentialGround: item.confidential && !sees ? item.confidentialityGround || 'sekretess' : null,
    })),
    recipients: noticeRecipientList(seats, meeting.bodyId, meeting.meetingDate, new Map(members.map((m) => [m.id, m.name])), mailed),
    chair: view.chairName,
    secretary: meeting.secretaryName,
  })
  return { pdf, fileName: `Kallelse ${meeting.bodyName} ${meeting.meetingDate}.pdf` }
}

/** The minutes as a PDF, a draft until approved; the public gets them once posted, with confidential paragraphs showing only their ground. */
export async function minutesPdf(ctx: Ctx, collaborationId: string, meetingId: string) {
  const meeting = await loadMeeting(ctx.db, collaborationId, meetingId)
  const sees = seesConfidential(ctx, collaborationId)
  if (!['held', 'minutes_approved', 'published'].includes(meeting.status) || (!sees && !isPosted(meeting))) throw new AppError(409, 'minutes_not_ready')
  const [collaboration, agenda, attendance, approvals, view, auditAnchor] = await Promise.all([
    repo.findCollaborationName(ctx.db, collaborationId),
    repo.listAgenda(ctx.db, [meetingId]),
    repo.listAttendance(ctx.db, meetingId),
    repo.listApprovals(ctx.db, meetingId),
    getMeeting(ctx, collaborationId, meetingId),
    minutesAuditAnchor(ctx.db, meetingId),
  ])
  const seated = attendance.flatMap((a) => (a.seatRole === 'official' ? [] : [{ ...a, seatRole: a.seatRole }]))
  const document: MinutesDocument = {
    draft: isDraft(meeting.status),
    collaborationName: collaboration!.name,
    bodyName: meeting.bodyName,
    meetingDate: meeting.meetingDate,
    startsAt: stockholmTime(meeting.startsAt),
    endsAt: meeting.endsAt ? stockholmTime(meeting.endsAt) : null,
    place: [meeting.place, meeting.link].filter(Boolean).join(', '),
    present: seated.filter((a) => a.present).map((a) => ({ name: a.personName, seatRole: a.seatRole, memberName: a.memberName, servingFor: a.servingFor, position: a.position })),
    absent: seated.filter((a) => !a.present).map((a) => ({ name: a.personName, seatRole: a.seatRole, memberName: a.memberName })),
    // An official's title (sekreterare, föredragande) is kept in the attendance row's servingFor.
    others: attendance.filter((a) => a.seatRole === 'official' && a.present).map((a) => ({ name: a.personName, title: a.servingFor ?? '' })),
    secretary: meeting.secretaryName,
    chair: view.chairName ?? '',
    adjusters: view.adjusterNames,
    paragraphs: agenda
      .filter((item) => item.paragraph && item.outcome)
      .map((item) => ({
        number: item.paragraph!,
        title: item.title,
        caseNumber: item.caseNumber,
        wording: item.wording,
        outcome: item.outcome!,
        reservations: item.reservations,
        confidentialGround: item.confidential && !sees ? item.confidentialityGround : null,
      })),
    approvals: approvalsOf(approvals),
    notice: postingOf(meeting),
    auditAnchor,
  }
  return { pdf: await renderMinutesPdf(document), fileName: `Protokoll ${meeting.bodyName} ${meeting.meetingDate}.pdf` }
}

/**
 * One decided § as an extract. Those who work in the collaboration get it at once (marked as a draft
 * until the minutes are approved); the public once the minutes are posted, and never for a confidential §.
 */
export async function extractPdf(ctx: Ctx, collaborationId: string, meetingId: string, itemId: string) {
  const meeting = await loadMeeting(ctx.db, collaborationId, meetingId)
  const item = (await repo.listAgenda(ctx.db, [meetingId])).find((i) => i.id === itemId)
  if (!item) throw notFound('agenda_item')
  if (!item.paragraph || !item.outcome) throw new AppError(409, 'paragraph_not_decided')
  if (!seesConfidential(ctx, collaborationId)) {
    if (!isPosted(meeting)) throw new AppError(409, 'extract_not_posted')
    if (item.confidential) throw new AppError(403, 'extract_confidential', { ground: item.confidentialityGround || '–' })
  }
  const [collaboration, approvals] = await Promise.all([repo.findCollaborationName(ctx.db, collaborationId), repo.listApprovals(ctx.db, meetingId)])
  const document = {
    draft: !['minutes_approved', 'published'].includes(meeting.status),
    collaborationName: collaboration!.name,
    bodyName: meeting.bodyName,
    meetingDate: meeting.meetingDate,
    paragraph: item.paragraph,
    year: meeting.year,
    title: item.title,
    caseNumber: item.caseNumber,
    wording: item.wording,
    outcome: item.outcome,
    reservations: item.reservations,
    confidentialGround: item.confidential ? item.confidentialityGround || 'sekretess' : null,
    approvals: approvalsOf(approvals),
    notice: postingOf(meeting),
    secretary: meeting.secretaryName,
  }
  return { pdf: await renderExtractPdf(document), fileName: extractFileName(document) }
}
