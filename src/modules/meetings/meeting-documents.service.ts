import type { Ctx } from '../../server/http/context'
import { AppError } from '../../server/http/errors'
import { seesConfidential } from '../cases/cases.service'
import { findCollaboration } from '../collaborations/collaborations.repository'
import * as repo from './meetings.repository'
import { getMeeting, loadMeeting } from './meetings.service'
import { renderMinutesPdf, type MinutesDocument } from './minutes-pdf'

const stockholmTime = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

/** The minutes as a PDF; the public gets them once published, with confidential paragraphs showing only their ground. */
export async function minutesPdf(ctx: Ctx, collaborationId: string, meetingId: string) {
  const meeting = await loadMeeting(ctx.db, collaborationId, meetingId)
  const sees = seesConfidential(ctx, collaborationId)
  if (!['held', 'minutes_approved', 'published'].includes(meeting.status) || (!sees && meeting.status !== 'published')) throw new AppError(409, 'minutes_not_ready')
  const [collaboration, agenda, attendance, approvals, view] = await Promise.all([
    findCollaboration(ctx.db, collaborationId),
    repo.listAgenda(ctx.db, [meetingId]),
    repo.listAttendance(ctx.db, meetingId),
    repo.listApprovals(ctx.db, meetingId),
    getMeeting(ctx, collaborationId, meetingId),
  ])
  const present = attendance.filter((a) => a.present)
  const document: MinutesDocument = {
    collaborationName: collaboration!.name,
    bodyName: meeting.bodyName,
    meetingDate: meeting.meetingDate,
    startsAt: stockholmTime(meeting.startsAt),
    endsAt: meeting.endsAt ? stockholmTime(meeting.endsAt) : null,
    place: [meeting.place, meeting.link].filter(Boolean).join(', '),
    present: present.filter((a) => a.seatRole !== 'official').map((a) => ({ name: a.personName, seatRole: a.seatRole as 'ledamot' | 'ersattare', memberName: a.memberName, servingFor: a.servingFor, position: a.position })),
    others: present.filter((a) => a.seatRole === 'official').map((a) => ({ name: a.personName, title: a.servingFor ?? '' })),
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
    approvals: approvals.map((a) => ({ role: a.role, name: a.name, approvedAt: a.approvedAt })),
    notice: meeting.publishedOn && meeting.appealEndsOn ? { postedOn: meeting.publishedOn, appealEndsOn: meeting.appealEndsOn } : null,
  }
  return { pdf: await renderMinutesPdf(document), fileName: `Protokoll ${meeting.bodyName} ${meeting.meetingDate}.pdf` }
}

