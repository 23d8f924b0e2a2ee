import { latestApprovalDay, latestPostingDay } from '../../shared/minutes'
import type { Duty, DutyOwner, DutySource } from '../duties'
import * as repo from './meetings.repository'

/**
 * Minutes still to be approved or posted, from one query for all the collaborations: the chair and adjusters
 * named on the meeting owe their approval within fourteen days of the meeting (the secretary names them when
 * the meeting has none); the secretary owes the posting within two days of the approval.
 */
export const meetingDuties: DutySource = {
  name: 'meetings',
  kinds: ['approve_minutes', 'post_minutes'],
  async list(db, scope) {
    const meetings = await repo.listMinutesAwaiting(db, scope.collaborationIds)
    return meetings.map((meeting): Duty => {
      const common = {
        collaborationId: meeting.collaborationId,
        member: null,
        subject: `${meeting.bodyName} ${meeting.meetingDate}`,
        detail: null,
        link: `/collaborations/${meeting.collaborationId}/meetings/${meeting.id}`,
      }
      if (meeting.status === 'minutes_approved') {
        const approvedOn = meeting.approvedOn ?? meeting.meetingDate
        return { ...common, key: `post_minutes:${meeting.id}`, kind: 'post_minutes', owners: [{ role: 'secretary' }], dueOn: latestPostingDay(approvedOn), since: approvedOn }
      }
      const approved = new Set(meeting.approvedBy.map((a) => `${a.role} ${a.userId}`))
      const required = [...(meeting.chairUserId ? [`chair ${meeting.chairUserId}`] : []), ...meeting.adjusterUserIds.map((userId) => `adjuster ${userId}`)]
      const owners: DutyOwner[] = required.filter((who) => !approved.has(who)).map((who) => ({ userId: who.split(' ')[1]! }))
      if (!meeting.chairUserId || meeting.adjusterUserIds.length === 0) owners.push({ role: 'secretary' })
      return { ...common, key: `approve_minutes:${meeting.id}`, kind: 'approve_minutes', owners, dueOn: latestApprovalDay(meeting.meetingDate), since: meeting.heldOn ?? meeting.meetingDate }
    })
  },
}
