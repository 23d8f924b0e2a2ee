import { z } from 'zod'
import { isoDate, text, version } from '../../shared/schema'
import { LEGAL_FORMS } from '../../shared/roles'
import { KIND_MEMBER_DECISION_REASONS } from './decision-path'
import { BODY_KINDS } from './governance.model'
import { ADVISOR_QUESTIONS } from './legal-form-advisor'


export const Seat = z.object({
  id: z.uuid(),
  personName: z.string(),
  seatRole: z.enum(['ledamot', 'ersattare']),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
  position: z.enum(['chair', 'vice_chair']).nullable(),
  termStart: isoDate,
  termEnd: isoDate.nullable(),
  /** The person's account in Samverka: who may chair a meeting and approve its minutes. */
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  /** For an ersättare: the order it steps in for an absent ledamot of its member (1 first). */
  substituteOrder: z.number().int().nullable(),
  version,
})

export const Body = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(BODY_KINDS),
  purpose: z.string(),
  meetingCadence: z.string(),
  escalatesToBodyId: z.uuid().nullable(),
  /** From this day the body's meetings and minutes are kept in Samverka, and its decisions are §§ of them. */
  minutesKeptFrom: isoDate.nullable(),
  decides: z.array(z.uuid()),
  prepares: z.array(z.uuid()),
  seats: z.array(Seat),
  version,
})

export const DecisionKind = z.object({
  id: z.uuid(),
  key: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  binding: z.boolean(),
  /** The kind's own setting: it always needs every member's decision, whatever the legal form. */
  requiresMemberDecisions: z.boolean(),
  /** The answer of the decision path: must every member also decide, in this collaboration, and why. */
  membersMustDecide: z.boolean(),
  memberDecisionReason: z.enum(KIND_MEMBER_DECISION_REASONS).nullable(),
  version,
})

export const FindingResponse = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  bodyId: z.uuid().optional(),
})

export const DecisionPathResponse = z.object({
  decisionKindId: z.uuid(),
  preparedBy: z.array(z.uuid()),
  decidedBy: z.array(z.uuid()),
  membersMustDecide: z.boolean(),
  memberDecisionReason: z.enum(KIND_MEMBER_DECISION_REASONS).nullable(),
  /** Where a disagreement goes from the deciding body, next level first. */
  escalatesTo: z.array(z.uuid()),
  /** The steps a disagreement about it takes: from the lowest level through the decider to the top. */
  ladder: z.array(z.uuid()),
})

export const GovernanceResponse = z.object({
  legalForm: z.enum(LEGAL_FORMS),
  recordsPublic: z.boolean(),
  bodies: z.array(Body),
  decisionKinds: z.array(DecisionKind),
  findings: z.array(FindingResponse),
  paths: z.array(DecisionPathResponse),
})

const bodyFields = {
  name: text(200).min(2),
  kind: z.enum(BODY_KINDS),
  purpose: text(5000).default(''),
  meetingCadence: text(200).default(''),
  escalatesToBodyId: z.uuid().nullable().default(null),
  minutesKeptFrom: isoDate.nullable().default(null),
}
export const CreateBodyBody = z.object(bodyFields)
export const UpdateBodyBody = z.object({ version, ...bodyFields })
export type BodyInput = z.infer<typeof CreateBodyBody>

const seatFields = {
  personName: text(200).min(2),
  seatRole: z.enum(['ledamot', 'ersattare']),
  /** The member represented; null for the collaboration's own organisation (the host side). */
  memberId: z.uuid().nullable().default(null),
  position: z.enum(['chair', 'vice_chair']).nullable().default(null),
  termStart: isoDate,
  termEnd: isoDate.nullable().default(null),
  userId: z.uuid().nullable().default(null),
  substituteOrder: z.number().int().min(1).max(99).nullable().default(null),
}
export const CreateSeatBody = z.object(seatFields)
export const UpdateSeatBody = z.object({ version, ...seatFields })
export type SeatInput = z.infer<typeof CreateSeatBody>

export const MandatesBody = z.object({
  decides: z.array(z.uuid()).max(200),
  prepares: z.array(z.uuid()).max(200),
})

export const CreateDecisionKindBody = z.object({
  /** The key process models refer to; made from the Swedish name when left out (the interface never asks for it). */
  key: text(60).regex(/^[a-z][a-z0-9_]{1,59}$/, 'decision_kind_key_format').optional(),
  nameSv: text(200).min(2),
  nameEn: text(200).min(2),
  binding: z.boolean(),
  requiresMemberDecisions: z.boolean().default(false),
})
export const UpdateDecisionKindBody = z.object({
  version,
  nameSv: text(200).min(2),
  nameEn: text(200).min(2),
  binding: z.boolean(),
  requiresMemberDecisions: z.boolean(),
})

export const Disagreement = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  raisedAtBodyId: z.uuid(),
  currentBodyId: z.uuid(),
  /** The body it would go to next; null at the top of the ladder. */
  nextBodyId: z.uuid().nullable(),
  status: z.enum(['open', 'resolved']),
  resolution: z.string().nullable(),
  createdAt: z.string(),
  version,
  steps: z.array(
    z.object({
      kind: z.enum(['raised', 'escalated', 'resolved']),
      fromBodyId: z.uuid().nullable(),
      toBodyId: z.uuid().nullable(),
      note: z.string(),
      actorName: z.string(),
      occurredAt: z.string(),
    }),
  ),
})
export const RaiseDisagreementBody = z.object({
  title: text(300).min(3),
  description: text(5000).default(''),
  bodyId: z.uuid(),
})
export const EscalateDisagreementBody = z.object({ version, reason: text(5000).min(5) })
export const ResolveDisagreementBody = z.object({ version, resolution: text(5000).min(5) })

export const AdviceBody = z.object({
  answers: z.partialRecord(z.enum(ADVISOR_QUESTIONS), z.enum(['yes', 'no', 'unsure'])),
})
export const AdviceResponse = z.object({
  questions: z.array(z.object({ key: z.enum(ADVISOR_QUESTIONS), text: z.string() })),
  recommendations: z.array(
    z.object({
      legalForm: z.enum(LEGAL_FORMS),
      score: z.number().int(),
      excluded: z.boolean(),
      reasons: z.array(z.object({ question: z.enum(ADVISOR_QUESTIONS), fit: z.string(), text: z.string() })),
    }),
  ),
})

export const BodyParams = z.object({ collaborationId: z.uuid(), bodyId: z.uuid() })
export const SeatParams = z.object({ collaborationId: z.uuid(), bodyId: z.uuid(), seatId: z.uuid() })
export const DecisionKindParams = z.object({ collaborationId: z.uuid(), decisionKindId: z.uuid() })
export const DisagreementParams = z.object({ collaborationId: z.uuid(), disagreementId: z.uuid() })
