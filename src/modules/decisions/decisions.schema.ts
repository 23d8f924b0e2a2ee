import { z } from 'zod'
import { OUTCOMES } from '../../shared/initiatives'

const isoDate = z.iso.date()

/** A decision record: by a body, or by one member in its own assembly (likalydande beslut). */
export const Decision = z.object({
  id: z.uuid(),
  initiativeId: z.uuid().nullable(),
  initiativeTitle: z.string().nullable(),
  /** The phase whose gate the decision belongs to. */
  phaseKey: z.string().nullable(),
  decisionKindId: z.uuid(),
  decisionKindName: z.string(),
  bodyId: z.uuid().nullable(),
  bodyName: z.string().nullable(),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
  decidedOn: isoDate,
  outcome: z.enum(OUTCOMES),
  conditions: z.string(),
  /** `§ 12` for a body, the member's own diarienummer for a member decision. */
  reference: z.string(),
  attachment: z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() }).nullable(),
  /** Set when the decision counts at the initiative's current gate. */
  current: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.string(),
})
export type Decision = z.infer<typeof Decision>

const decisionFields = {
  decisionKindId: z.uuid(),
  decidedOn: isoDate,
  outcome: z.enum(OUTCOMES),
  conditions: z.string().trim().max(2000).default(''),
  reference: z.string().trim().max(100).default(''),
  attachmentId: z.uuid().nullable().default(null),
}

export const RecordBodyDecisionBody = z.object({ ...decisionFields, bodyId: z.uuid() })
export type RecordBodyDecisionBody = z.infer<typeof RecordBodyDecisionBody>
export const RecordMemberDecisionBody = z.object(decisionFields)
export type RecordMemberDecisionBody = z.infer<typeof RecordMemberDecisionBody>

export const DecisionListQuery = z.object({ initiativeId: z.uuid().optional(), memberId: z.uuid().optional() })

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
  /** Initiatives whose current gate needs every participant's own decision. */
  initiatives: z.array(z.object({ id: z.uuid(), title: z.string(), phaseName: z.string(), gateName: z.string(), dueOn: isoDate.nullable() })),
  members: z.array(z.object({ id: z.uuid(), name: z.string(), pending: z.number().int() })),
  cells: z.array(MatrixCell),
})

export const RemindersResponse = z.object({ reminded: z.array(z.string()) })

export const InitiativeDecisionParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid() })
export const MemberDecisionParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid(), memberId: z.uuid() })
