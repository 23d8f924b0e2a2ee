/** The meeting API's response shapes, inferred from the server's zod schemas (type-only). */
import type { z } from 'zod'
import type { AttendanceBody, CandidateCase as CandidateSchema, DecideItemBody, Meeting as MeetingSchema, MeetingSummary as SummarySchema, MinutesList as MinutesListSchema, PublishedMinutes as MinutesSchema, UpdateMeetingBody } from '../../modules/meetings/meetings.schema'

export type Meeting = z.infer<typeof MeetingSchema>
export type AgendaItem = Meeting['agenda'][number]
export type AttendanceRow = Meeting['attendance'][number]
export type AttendanceInput = z.input<typeof AttendanceBody>['attendance'][number]
export type MeetingSummary = z.infer<typeof SummarySchema>
export type PublishedMinutes = z.infer<typeof MinutesSchema>
export type MinutesList = z.infer<typeof MinutesListSchema>
export type CandidateCase = z.infer<typeof CandidateSchema>
export type DecideItemInput = z.input<typeof DecideItemBody>
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingBody>
