/** The contract of the meetings module (meetings, agendas, § decisions and minutes): the only file other modules, the server and the tests import. */
import { findParagraph, linkDecision } from './meetings.repository'

export { appealPeriodEnds } from './appeal-period'
export { findParagraph, linkDecision as linkParagraphDecision, type ParagraphRow } from './meetings.repository'
export { addAgendaItem, closeMeeting, createMeeting, decideItem, getMeeting, sendNotice, updateMeeting } from './meetings.service'
export { addAnnualWheelItem, approveMinutes, publishMinutes, recordPaperApproval } from './minutes.service'

/** The decided §§ a body decision may be taken from (the decisions module's MinutesParagraphs, wired in by the app). */
export const minutesParagraphs = { find: findParagraph, link: linkDecision }
export { meetingSubscribers } from './meetings.subscribers'
export { linkDecisionBasis, listAppealPeriodsBetween, listMeetingsFrom, listUpcomingMeetings, type MeetingRow } from './meetings.repository'
export { calendarFeed, type CalendarEvent } from './ical'
export { meetingDuties } from './meetings.duties'
