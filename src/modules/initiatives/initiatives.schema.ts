import { z } from 'zod'
import { PageQuery, paged } from '../../server/http/paging'
import { isoDate, rawText, text, version } from '../../shared/schema'
import { AREAS, INITIATIVE_STATUSES, OUTCOMES, PARTICIPANT_STATES } from '../../shared/initiatives'
import { KIND_MEMBER_DECISION_REASONS, MEMBER_DECISION_REASONS } from '../governance'
import { ProcessDefinition } from '../processes'

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
  /**
   * `minutes`: a § of a meeting kept in Samverka (meetingId and paragraph link to it); `external`: taken
   * outside Samverka (a member's assembly, a body whose minutes are not kept here) and recorded with its reference.
   */
  source: z.enum(['minutes', 'external']),
  meetingId: z.uuid().nullable(),
  paragraph: z.number().int().nullable(),
  attachment: z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() }).nullable(),
  /** Set when the decision counts at the initiative's current gate. */
  current: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.string(),
})
export type Decision = z.infer<typeof Decision>

// The web reads the attachment's type with the initiative's.
export { Attachment } from '../attachments'

const ref = z.object({ id: z.uuid(), name: z.string() })
const memberRef = z.object({ memberId: z.uuid(), name: z.string() })

export const InitiativeSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  areas: z.array(z.enum(AREAS)),
  status: z.enum(INITIATIVE_STATUSES),
  statusReason: z.string(),
  processModelId: z.uuid(),
  processLineageId: z.uuid(),
  processName: z.string(),
  phaseKey: z.string(),
  phaseName: z.string(),
  /** 0-based position of the current phase in its process model. */
  phaseIndex: z.number().int(),
  phaseCount: z.number().int(),
  proposingMember: ref.nullable(),
  /** How many members take part now (joining members included: they decide at the next gate); the names are on the initiative's page. */
  participantCount: z.number().int(),
  projectManager: z.string(),
  registeredOn: isoDate,
  endedOn: isoDate.nullable(),
  gateName: z.string().nullable(),
  gateDueOn: isoDate.nullable(),
  /** How many conditions the current gate still lacks. */
  gateUnmet: z.number().int(),
  version,
})
export type InitiativeSummary = z.infer<typeof InitiativeSummary>

export const InitiativeListQuery = z.object({
  area: z.enum(AREAS).optional(),
  memberId: z.uuid().optional(),
  phaseKey: text(60).optional(),
  status: z.enum(INITIATIVE_STATUSES).optional(),
  /** Initiatives running at some time during the year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: text(200).optional(),
})
export type InitiativeListQuery = z.infer<typeof InitiativeListQuery>
/** The portfolio's filters and its page. */
export const PortfolioQuery = InitiativeListQuery.extend(PageQuery.shape)

/**
 * Per process model: its phases, with how many of the initiatives matching the filters (all of them, not only
 * the page) ever reached each one (the funnel), are in it now running (`current`), and are in it now in any status (`inPhase`, the board's column).
 */
export const ProcessFunnel = z.object({
  lineageId: z.uuid(),
  name: z.string(),
  phases: z.array(z.object({ key: z.string(), name: z.string(), reached: z.number().int(), current: z.number().int(), inPhase: z.number().int() })),
})

/** One page of the portfolio (`total` matched the filters) and the funnel per process model over every match. */
export const InitiativeListResponse = paged(InitiativeSummary).extend({ processes: z.array(ProcessFunnel) })

/** Every initiative by title, for a picker (the portfolio itself is paged). */
export const InitiativeTitles = z.array(z.object({ id: z.uuid(), title: z.string() }))

export const Participation = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  name: z.string(),
  state: z.enum(PARTICIPANT_STATES),
  requestedOn: isoDate,
  joinedAtPhase: z.string().nullable(),
  joinedOn: isoDate.nullable(),
  leftAtPhase: z.string().nullable(),
  leftOn: isoDate.nullable(),
  leaveReason: z.enum(['declined', 'withdrew_request', 'declined_invitation']).nullable(),
})

const bodyRef = z.object({ id: z.uuid(), name: z.string() })

export const GateStatus = z.object({
  phaseKey: z.string(),
  name: z.string(),
  requiresMemberDecisions: z.boolean(),
  /** Why every participating member must also decide (decision-path.ts); null when they need not. */
  memberDecisionReason: z.enum(MEMBER_DECISION_REASONS).nullable(),
  minParticipants: z.number().int(),
  dueOn: isoDate.nullable(),
  requiredDecisions: z.array(z.object({ decisionKindId: z.uuid().nullable(), key: z.string(), name: z.string(), body: bodyRef.nullable(), outcome: z.enum(OUTCOMES).nullable() })),
  requiredDocuments: z.array(z.object({ typeKey: z.string(), name: z.string(), final: z.boolean() })),
  memberDecisions: z.array(z.object({ memberId: z.uuid(), name: z.string(), outcome: z.enum(OUTCOMES).nullable(), decidedOn: isoDate.nullable() })),
  /** Every condition still unmet, in the reader's language. */
  unmet: z.array(z.string()),
  mayAdvance: z.boolean(),
  declined: z.array(memberRef),
  remaining: z.array(memberRef),
  /** Leaving the last phase completes the initiative. */
  completes: z.boolean(),
  /** Who prepares and who decides each required decision, and where a disagreement would go. */
  decisionPaths: z.array(
    z.object({
      decisionKindId: z.uuid(),
      name: z.string(),
      preparedBy: z.array(bodyRef),
      decidedBy: z.array(bodyRef),
      membersMustDecide: z.boolean(),
      memberDecisionReason: z.enum(KIND_MEMBER_DECISION_REASONS).nullable(),
      ladder: z.array(bodyRef),
    }),
  ),
})

export const DocumentVersion = z.object({
  id: z.uuid(),
  number: z.number().int(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  final: z.boolean(),
  attachments: z.array(z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() })),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
})

export const InitiativeDocument = z.object({
  typeKey: z.string(),
  name: z.string(),
  phaseKey: z.string(),
  versions: z.array(DocumentVersion),
})

export const TimelineEntry = z.object({
  id: z.number().int(),
  kind: z.string(),
  phaseKey: z.string(),
  phaseName: z.string(),
  occurredOn: isoDate,
  /** What happened, in the reader's language. */
  text: z.string(),
  actorName: z.string(),
  decisionIds: z.array(z.uuid()),
})

export const InitiativeDetail = InitiativeSummary.extend({
  /** Members taking part now (joining members included: they decide at the next gate). */
  participants: z.array(memberRef),
  need: z.string(),
  description: z.string(),
  processVersion: z.number().int(),
  process: ProcessDefinition,
  participations: z.array(Participation),
  gate: GateStatus.nullable(),
  documents: z.array(InitiativeDocument),
  decisions: z.array(Decision),
  timeline: z.array(TimelineEntry),
})
export type InitiativeDetail = z.infer<typeof InitiativeDetail>

export const CreateInitiativeBody = z.object({
  title: text(200).min(3),
  need: text(4000).default(''),
  description: text(8000).default(''),
  areas: z.array(z.enum(AREAS)).max(AREAS.length).default([]),
  proposingMemberId: z.uuid(),
  /** Members taking part from the start (the proposing member is always one of them). */
  participantMemberIds: z.array(z.uuid()).max(400).default([]),
  projectManager: text(200).default(''),
  /** Omitted: the collaboration's default model. */
  processModelId: z.uuid().optional(),
  registeredOn: isoDate.optional(),
})
export type CreateInitiativeBody = z.infer<typeof CreateInitiativeBody>

export const UpdateInitiativeBody = z.object({
  version,
  title: text(200).min(3),
  need: text(4000),
  description: text(8000),
  areas: z.array(z.enum(AREAS)).max(AREAS.length),
  projectManager: text(200),
  gateDueOn: isoDate.nullable(),
})
export type UpdateInitiativeBody = z.infer<typeof UpdateInitiativeBody>

export const ChangeStatusBody = z.object({
  version,
  status: z.enum(INITIATIVE_STATUSES),
  reason: text(2000).min(3),
  on: isoDate.optional(),
})

export const AdvanceBody = z.object({ version, on: isoDate.optional() })
export const SendBackBody = z.object({ version, reason: text(2000).min(3), on: isoDate.optional() })
export const JoinBody = z.object({ on: isoDate.optional() })

export const DocumentVersionBody = z.object({
  values: z.record(rawText(100), z.union([rawText(20000), z.number(), z.null()])),
  final: z.boolean(),
  attachmentIds: z.array(z.uuid()).max(20).default([]),
  note: text(1000).default(''),
})
export type DocumentVersionBody = z.infer<typeof DocumentVersionBody>


export const MemberInitiativesResponse = z.object({
  member: ref,
  /** One page (`page`, `limit` of the query) of what the member takes part in now. */
  participating: paged(InitiativeSummary),
  /** Gates where this member's own decision is still missing or deferred. */
  owed: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), gateName: z.string(), decisionNames: z.array(z.string()), dueOn: isoDate.nullable(), state: z.enum(['pending', 'defer']) })),
  declined: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), phaseName: z.string(), leftOn: isoDate })),
  /** Initiatives another member's representative invited this member to; it answers on the initiative's page. */
  invited: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), proposingMember: z.string().nullable(), invitedOn: isoDate })),
})

export const InitiativeParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid() })
export const ParticipantParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid(), memberId: z.uuid() })
export const DocumentParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid(), typeKey: text(60) })
