import { z } from 'zod'
import { isoDate, isoDateTime, text, version } from '../../shared/schema'
import { OUTCOMES } from '../../shared/initiatives'
import { paged } from '../../server/http/paging'


export const MEETING_STATUSES = ['planned', 'notice_sent', 'held', 'minutes_approved', 'published', 'cancelled'] as const

export const AgendaItem = z.object({
  id: z.uuid(),
  position: z.number().int(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  title: z.string(),
  /** The case's proposed decision, where the decision starts from. */
  proposedDecision: z.string(),
  confidential: z.boolean(),
  confidentialityGround: z.string(),
  /** Withheld from this reader: title and wording replaced by the ground. */
  withheld: z.boolean(),
  /** The dispatched decision basis (beslutsunderlag) the item decides on: its frozen version and content hash. */
  decisionBasis: z.object({ versionId: z.uuid(), hash: z.string() }).nullable(),
  /** Set once decided at the meeting. */
  decision: z
    .object({
      paragraph: z.number().int(),
      year: z.number().int(),
      outcome: z.enum(OUTCOMES),
      wording: z.string(),
      reservations: z.string(),
      deferredToMeetingId: z.uuid().nullable(),
      /** The decision record an initiative's gate sees. */
      decisionId: z.uuid().nullable(),
    })
    .nullable(),
})

export const Attendance = z.object({
  id: z.uuid(),
  personName: z.string(),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
  seatRole: z.enum(['ledamot', 'ersattare', 'official']),
  position: z.enum(['chair', 'vice_chair']).nullable(),
  servingFor: z.string().nullable(),
  present: z.boolean(),
  substituteOrder: z.number().int().nullable(),
})

/** Where the appeal period stands: posted on a day still to come, running, or ended. */
export const APPEAL_STATES = ['posting_pending', 'running', 'ended'] as const

export const Approval = z.object({
  role: z.enum(['chair', 'adjuster']),
  userId: z.uuid(),
  name: z.string(),
  /** When it was done in Samverka (or recorded there, for a paper signature). */
  approvedAt: z.string(),
  /** The day of the approval: for a paper signature, the day it was signed. */
  approvedOn: isoDate,
  /** Signed on paper and recorded by the secretary. */
  recorded: z.boolean(),
  signedOn: isoDate.nullable(),
  recordedByName: z.string().nullable(),
})

export const Meeting = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable(),
  place: z.string(),
  link: z.string(),
  status: z.enum(MEETING_STATUSES),
  noticeSentAt: z.string().nullable(),
  chairUserId: z.uuid().nullable(),
  chairName: z.string().nullable(),
  adjusterUserIds: z.array(z.uuid()),
  adjusterNames: z.array(z.string()),
  /** The body's seated members on the meeting's day who have an account: those who may chair and approve. */
  seatedAccounts: z.array(z.object({ userId: z.uuid(), name: z.string(), seatRole: z.enum(['ledamot', 'ersattare']), memberName: z.string().nullable() })),
  secretaryName: z.string(),
  agenda: z.array(AgendaItem),
  attendance: z.array(Attendance),
  documents: z.array(z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() })),
  approvals: z.array(Approval),
  /** Approvals still missing before the minutes can be published (names of the chair and adjusters). */
  approvalsMissing: z.array(z.string()),
  /** When the meeting was closed, and why it was cancelled. */
  heldAt: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  /** The meeting has started by the clock: only then are decisions recorded and the meeting closed. */
  started: z.boolean(),
  publishedOn: isoDate.nullable(),
  appealEndsOn: isoDate.nullable(),
  appealState: z.enum(APPEAL_STATES).nullable(),
  version,
})
export type Meeting = z.infer<typeof Meeting>

export const MeetingSummary = Meeting.pick({ id: true, bodyId: true, bodyName: true, startsAt: true, endsAt: true, place: true, link: true, status: true, publishedOn: true, appealEndsOn: true }).extend({
  items: z.number().int(),
  /** `§ 12–18` once decided. */
  paragraphs: z.string().nullable(),
})

export const MeetingListQuery = z.object({ bodyId: z.uuid().optional(), from: isoDate.optional(), to: isoDate.optional() })

export const CreateMeetingBody = z.object({
  bodyId: z.uuid(),
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable().default(null),
  place: text(300).default(''),
  link: text(500).default(''),
})

export const UpdateMeetingBody = z.object({
  version,
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable(),
  place: text(300),
  link: text(500),
  chairUserId: z.uuid().nullable(),
  adjusterUserIds: z.array(z.uuid()).max(3),
  secretaryName: text(200),
})

/** A case ready for decision, or a standing item (title only). */
export const AddAgendaItemBody = z.object({ caseId: z.uuid().nullable().default(null), title: text(300).default('') })
export const ReorderAgendaBody = z.object({ itemIds: z.array(z.uuid()).min(1) })

export const AttendanceBody = z.object({
  attendance: z
    .array(
      z.object({
        personName: text(200).min(2),
        memberId: z.uuid().nullable(),
        seatRole: z.enum(['ledamot', 'ersattare', 'official']),
        position: z.enum(['chair', 'vice_chair']).nullable().default(null),
        servingFor: text(200).nullable().default(null),
        present: z.boolean(),
      }),
    )
    .max(200),
})

export const DecideItemBody = z.object({
  outcome: z.enum(OUTCOMES),
  wording: text(8000).min(3),
  reservations: text(4000).default(''),
  /** The decision kind an initiative's gate needs; required when the case belongs to an initiative and should open its gate. */
  decisionKindId: z.uuid().nullable().default(null),
  /** For a deferral (bordläggning): the meeting the item goes to. */
  deferToMeetingId: z.uuid().nullable().default(null),
})

export const PublishBody = z.object({ noticeDate: isoDate })

export const CancelMeetingBody = z.object({ version, reason: text(2000).min(10, 'cancel_reason_too_short') })

/** A chair's or adjuster's signature on paper, recorded by the secretary with the day it was signed. */
export const PaperApprovalBody = z.object({ role: z.enum(['chair', 'adjuster']), userId: z.uuid(), signedOn: isoDate })

export const PublishedMinutes = z.object({
  meetingId: z.uuid(),
  bodyName: z.string(),
  meetingDate: isoDate,
  paragraphs: z.string().nullable(),
  publishedOn: isoDate,
  appealEndsOn: isoDate,
  /** The appeal period is running today. */
  appealOpen: z.boolean(),
  appealState: z.enum(APPEAL_STATES),
})

export const MinutesList = paged(PublishedMinutes)

export const CandidateCase = z.object({ id: z.uuid(), number: z.string(), title: z.string(), status: z.string() })

export const AnnualWheelItem = z.object({ id: z.uuid(), month: z.number().int().min(1).max(12), title: z.string(), description: z.string(), bodyId: z.uuid().nullable() })
export const CreateAnnualWheelItemBody = z.object({
  month: z.number().int().min(1).max(12),
  title: text(200).min(3),
  description: text(2000).default(''),
  bodyId: z.uuid().nullable().default(null),
})

export const MeetingParams = z.object({ collaborationId: z.uuid(), meetingId: z.uuid() })
export const AgendaItemParams = z.object({ collaborationId: z.uuid(), meetingId: z.uuid(), itemId: z.uuid() })
export const BodyCalendarParams = z.object({ collaborationId: z.uuid(), bodyId: z.uuid() })
export const WheelItemParams = z.object({ collaborationId: z.uuid(), itemId: z.uuid() })
