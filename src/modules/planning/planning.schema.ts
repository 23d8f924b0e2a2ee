import { z } from 'zod'
import { PageQuery, paged } from '../../server/http/paging'
import { isoDate, text, version } from '../../shared/schema'
import { AREAS } from '../../shared/initiatives'
import { ACTIONS, STAGES } from './stages'

const ore = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

export const BALLOT_KINDS = ['points', 'ranking'] as const
export const METHODS = ['points', 'borda'] as const
export const WEIGHTINGS = ['equal', 'population'] as const
export const SCREENINGS = ['pending', 'accepted', 'merged', 'rejected'] as const

export const PlanningParams = z.object({ collaborationId: z.uuid() })
export const RoundParams = PlanningParams.extend({ roundId: z.uuid() })
export const RoundMemberParams = RoundParams.extend({ memberId: z.uuid() })
export const ProposalParams = RoundParams.extend({ proposalId: z.uuid() })
export const MemberProposalParams = RoundMemberParams.extend({ proposalId: z.uuid() })
export const CosignParams = ProposalParams.extend({ memberId: z.uuid() })

export const StageDate = z.object({ key: z.enum(STAGES), startsOn: isoDate })

export const RoundBody = z.object({
  year: z.number().int().min(2000).max(2100),
  title: text(200).min(3),
  ballotKind: z.enum(BALLOT_KINDS),
  pointsPerMember: z.number().int().min(1).max(10_000).default(100),
  method: z.enum(METHODS),
  weighting: z.enum(WEIGHTINGS).default('equal'),
  minMembers: z.number().int().min(1).max(400).default(2),
  budgetFrameOre: ore,
  costKeyId: z.uuid().nullable().default(null),
  /** Omitted: VästKom's timetable for the year. */
  stages: z.array(StageDate).optional(),
})
export type RoundBody = z.infer<typeof RoundBody>

export const RoundPatchBody = z.object({
  version,
  title: text(200).min(3).optional(),
  method: z.enum(METHODS).optional(),
  weighting: z.enum(WEIGHTINGS).optional(),
  minMembers: z.number().int().min(1).max(400).optional(),
  budgetFrameOre: ore.optional(),
  costKeyId: z.uuid().nullable().optional(),
  stages: z.array(StageDate).optional(),
  goals: text(8000).optional(),
})
export type RoundPatchBody = z.infer<typeof RoundPatchBody>

/** Open (or close) a stage by hand, ahead of its date. */
export const StageBody = z.object({ version, stage: z.enum(STAGES) })

export const RoundSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  stage: z.enum([...STAGES, 'not_started']),
  proposals: z.number().int(),
  ballots: z.number().int(),
  members: z.number().int(),
  adoptedOn: isoDate.nullable(),
  version,
})

export const Proposal = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  need: z.string(),
  expectedBenefit: z.string(),
  areas: z.array(z.enum(AREAS)),
  estimatedCostOre: z.number().int(),
  estimatedEffortHours: z.number().int(),
  proposingMemberId: z.uuid(),
  proposingMemberName: z.string(),
  cosigners: z.array(z.object({ memberId: z.uuid(), name: z.string(), signedAt: z.string() })),
  /** Members the proposer asked to co-sign that have not signed yet. */
  invited: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  /** The proposer and co-signers, counted against the round's minimum. */
  membersConcerned: z.number().int(),
  enoughMembers: z.boolean(),
  itSupported: z.boolean(),
  jurisdictionIntact: z.boolean(),
  notInEarlierPlan: z.boolean(),
  criteriaComment: z.string(),
  screening: z.enum(SCREENINGS),
  screeningReason: z.string(),
  mergedIntoId: z.uuid().nullable(),
  carriedFromId: z.uuid().nullable(),
  outcome: z.enum(['funded', 'bank']).nullable(),
  initiativeId: z.uuid().nullable(),
  submittedBy: z.string(),
  submittedAt: z.string(),
  version,
})
export type Proposal = z.infer<typeof Proposal>

export const RoundDetail = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  ballotKind: z.enum(BALLOT_KINDS),
  pointsPerMember: z.number().int(),
  method: z.enum(METHODS),
  weighting: z.enum(WEIGHTINGS),
  minMembers: z.number().int(),
  budgetFrameOre: z.number().int(),
  costKeyId: z.uuid().nullable(),
  stages: z.array(StageDate.extend({ current: z.boolean(), passed: z.boolean() })),
  stage: z.enum([...STAGES, 'not_started']),
  manualStage: z.enum(STAGES).nullable(),
  /** What may be done in the current stage, by anyone with the right role. */
  allowed: z.array(z.enum(ACTIONS)),
  proposals: z.array(Proposal),
  /** Which members have handed in priorities (not what they gave, before the close). */
  prioritised: z.array(z.object({ memberId: z.uuid(), name: z.string(), submittedAt: z.string() })),
  members: z.array(z.object({ memberId: z.uuid(), name: z.string(), code: z.string().nullable(), population: z.number().int().nullable() })),
  goals: z.string(),
  adoptedOn: isoDate.nullable(),
  adoptedReference: z.string(),
  version,
})
export type RoundDetail = z.infer<typeof RoundDetail>

export const ProposalBody = z.object({
  title: text(200).min(3),
  need: text(4000).min(10),
  expectedBenefit: text(4000).default(''),
  areas: z.array(z.enum(AREAS)).max(AREAS.length).default([]),
  estimatedCostOre: ore,
  estimatedEffortHours: z.number().int().min(0).max(1_000_000).default(0),
  itSupported: z.boolean(),
  jurisdictionIntact: z.boolean(),
  notInEarlierPlan: z.boolean(),
  criteriaComment: text(2000).default(''),
  cosignerIds: z.array(z.uuid()).max(400).default([]),
  /** A proposal taken from the project bank of an earlier round. */
  carriedFromId: z.uuid().nullable().default(null),
})
export type ProposalBody = z.infer<typeof ProposalBody>
export const ProposalPatchBody = ProposalBody.omit({ cosignerIds: true, carriedFromId: true }).extend({ version })

export const ScreeningBody = z.object({
  version,
  screening: z.enum(['accepted', 'merged', 'rejected']),
  reason: text(2000).default(''),
  mergedIntoId: z.uuid().nullable().default(null),
})

export const SimilarProposal = z.object({ id: z.uuid(), roundYear: z.number().int(), number: z.number().int(), title: z.string(), outcome: z.enum(['funded', 'bank']).nullable(), screening: z.enum(SCREENINGS), initiativeId: z.uuid().nullable() })
export const SimilarQuery = z.object({ q: text(400).min(3) })

export const BallotBody = z.object({
  /** Points per proposal id (points rounds). */
  points: z.record(z.uuid(), z.number().int().min(0).max(10_000)).optional(),
  /** Proposal ids, best first (ranking rounds). */
  ranking: z.array(z.uuid()).max(500).optional(),
  /** The version read; null for the first ballot. */
  version: version.nullable().default(null),
})
export const Ballot = z.object({
  memberId: z.uuid(),
  memberName: z.string(),
  points: z.record(z.string(), z.number().int()).nullable(),
  ranking: z.array(z.uuid()).nullable(),
  submittedBy: z.string(),
  submittedAt: z.string(),
  version,
})

export const ResultsQuery = z.object({ method: z.enum(METHODS).optional(), weighting: z.enum(WEIGHTINGS).optional() })
export const Results = z.object({
  method: z.enum(METHODS),
  weighting: z.enum(WEIGHTINGS),
  /** The method, weighting and tie rule in words, for the results page. */
  description: z.string(),
  /** What a score counts in (e.g. Borda scores are doubled so half positions stay whole). */
  budgetFrameOre: z.number().int(),
  ranking: z.array(
    z.object({
      proposalId: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      proposingMemberName: z.string(),
      rank: z.number().int(),
      score: z.number(),
      supporters: z.number().int(),
      tieBrokenBy: z.enum(['supporters', 'number']).nullable(),
      estimatedCostOre: z.number().int(),
      fit: z.enum(['funded', 'bank']),
      cumulativeOre: z.number().int().nullable(),
    }),
  ),
  usedOre: z.number().int(),
  leftOre: z.number().int(),
  /** How many members handed in priorities; each one's input is a page of `…/results/members`. */
  voted: z.number().int(),
  /** Members that did not hand in priorities. */
  abstained: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
})
export type Results = z.infer<typeof Results>

export const MemberInputQuery = ResultsQuery.extend(PageQuery.shape)
/** One member's priorities and what they gave each proposal under the method and weighting asked for. */
export const MemberInput = Ballot.omit({ submittedBy: true, version: true }).extend({
  /** Per proposal: points × weight, or twice the Borda points × weight; the proposal's score is the sum over members. */
  scores: z.array(z.object({ proposalId: z.uuid(), score: z.number() })),
})
export type MemberInput = z.infer<typeof MemberInput>
export const MemberInputPage = paged(MemberInput)

export const AdoptPlanBody = z.object({ version, adoptedOn: isoDate, reference: text(100).default(''), goals: text(8000).default('') })
export type AdoptPlanBody = z.infer<typeof AdoptPlanBody>
export const ApprovalBody = z.object({ outcome: z.enum(['approve', 'reject']), decidedOn: isoDate, reference: text(100).default('') })

export const Plan = z.object({
  roundId: z.uuid(),
  collaborationName: z.string(),
  year: z.number().int(),
  title: z.string(),
  goals: z.string(),
  adoptedOn: isoDate.nullable(),
  adoptedReference: z.string(),
  budgetFrameOre: z.number().int(),
  fundedOre: z.number().int(),
  activities: z.array(z.object({ proposalId: z.uuid(), number: z.number().int(), title: z.string(), rank: z.number().int(), estimatedCostOre: z.number().int(), participants: z.array(z.string()), initiativeId: z.uuid().nullable(), budgetId: z.uuid().nullable() })),
  bank: z.array(z.object({ proposalId: z.uuid(), number: z.number().int(), title: z.string(), rank: z.number().int(), estimatedCostOre: z.number().int() })),
  approvals: z.array(z.object({ memberId: z.uuid(), name: z.string(), outcome: z.enum(['approve', 'reject']).nullable(), decidedOn: isoDate.nullable(), reference: z.string() })),
})
export type Plan = z.infer<typeof Plan>

export const BankEntry = z.object({ proposalId: z.uuid(), roundId: z.uuid(), year: z.number().int(), number: z.number().int(), title: z.string(), need: z.string(), estimatedCostOre: z.number().int(), proposingMemberName: z.string(), carriedInto: z.number().int().nullable() })

export const Notification = z.object({
  key: z.string(),
  collaborationId: z.uuid(),
  collaborationName: z.string(),
  kind: z.enum(['stage_opened', 'prioritisation_missing', 'cosign_requested']),
  text: z.string(),
  link: z.string(),
  since: isoDate,
  read: z.boolean(),
})
export const NotificationParams = z.object({ key: text(200).min(3) })
