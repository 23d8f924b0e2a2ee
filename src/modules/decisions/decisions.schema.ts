import { z } from 'zod'
import { isoDate, text } from '../../shared/schema'
import { OUTCOMES } from '../../shared/initiatives'
import { PageQuery, paged } from '../../server/http/paging'
import { Decision } from '../initiatives'

// The decision record itself is read with the initiative's gates; the web reads its type here.
export { Decision }

const decisionFields = {
  decisionKindId: z.uuid(),
  decidedOn: isoDate,
  outcome: z.enum(OUTCOMES),
  conditions: text(2000).default(''),
  reference: text(100).default(''),
  attachmentId: z.uuid().nullable().default(null),
}

/**
 * A body's decision: from the minutes (`meetingItemId`, the § of a meeting kept in Samverka, which gives its
 * date and outcome), or taken outside Samverka and recorded with its date, outcome and reference.
 */
export const RecordBodyDecisionBody = z.object({
  ...decisionFields,
  bodyId: z.uuid(),
  meetingItemId: z.uuid().nullable().default(null),
  decidedOn: isoDate.optional(),
  outcome: z.enum(OUTCOMES).optional(),
})
export type RecordBodyDecisionBody = z.infer<typeof RecordBodyDecisionBody>
export const RecordMemberDecisionBody = z.object(decisionFields)
export type RecordMemberDecisionBody = z.infer<typeof RecordMemberDecisionBody>

export const DecisionListQuery = PageQuery.extend({ initiativeId: z.uuid().optional(), memberId: z.uuid().optional() })
export const DecisionList = paged(Decision)

/** One cell of the coordinator's matrix: a member's decision owed at an initiative's gate. */
export const MatrixCell = z.object({
  initiativeId: z.uuid(),
  memberId: z.uuid(),
  state: z.enum(['pending', 'approve', 'reject', 'defer']),
  decidedOn: isoDate.nullable(),
  /** The member's decision record: its reference (diarienummer) and who decided. */
  reference: z.string().nullable(),
  /** When the member was last reminded at this gate. */
  remindedAt: z.string().nullable(),
})
export const MemberDecisionMatrix = z.object({
  /** One page of the initiatives whose current gate needs every participant's own decision (the columns); `total` of them in all. */
  initiatives: z.array(z.object({ id: z.uuid(), title: z.string(), phaseName: z.string(), gateName: z.string(), dueOn: isoDate.nullable() })),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  /** Every member taking part at such a gate, with its pending decisions over all of them (not only the page). */
  members: z.array(z.object({ id: z.uuid(), name: z.string(), pending: z.number().int() })),
  cells: z.array(MatrixCell),
})

export const RemindersResponse = z.object({ reminded: z.array(z.string()) })

/** One entry of the public decision register: a § of posted minutes, or a decision recorded from outside. */
export const RegisterDecision = z.object({
  id: z.uuid(),
  source: z.enum(['minutes', 'external']),
  /** The body (or, for a member's own decision, the member) that decided. */
  deciderName: z.string(),
  paragraph: z.number().int().nullable(),
  year: z.number().int(),
  decidedOn: isoDate,
  title: z.string(),
  caseNumber: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
  wording: z.string(),
  reservations: z.string(),
  confidential: z.boolean(),
  confidentialityGround: z.string(),
  /** Withheld from this reader: only the ground shows. */
  withheld: z.boolean(),
  meetingId: z.uuid().nullable(),
  postedOn: isoDate.nullable(),
  initiativeId: z.uuid().nullable(),
  initiativeTitle: z.string().nullable(),
  /** For an external decision: where it is found, and who recorded it in Samverka. */
  reference: z.string(),
  recordedBy: z.string().nullable(),
})
export const DecisionRegisterQuery = PageQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() })
export const DecisionRegister = paged(RegisterDecision).extend({ years: z.array(z.number().int()) })

export const InitiativeDecisionParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid() })
export const MemberDecisionParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid(), memberId: z.uuid() })

/** A § of a held meeting that an initiative's gate may take: its case belongs to the initiative and no decision uses it yet. */
export const ParagraphCandidate = z.object({
  itemId: z.uuid(),
  meetingId: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  paragraph: z.number().int(),
  year: z.number().int(),
  meetingDate: isoDate,
  title: z.string(),
  outcome: z.enum(OUTCOMES),
})
export const ParagraphCandidatesQuery = z.object({ bodyId: z.uuid().optional() })
