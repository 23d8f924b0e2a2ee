/** The planning API's shapes, inferred from the server's own zod schemas (type-only: nothing is bundled). */
import type { z } from 'zod'
import type {
  AdoptPlanBody,
  ApprovalBody,
  Ballot as BallotSchema,
  BallotBody,
  MemberInputPage as MemberInputPageSchema,
  BankEntry as BankEntrySchema,
  Notification as NotificationSchema,
  Plan as PlanSchema,
  Proposal as ProposalSchema,
  ProposalBody,
  Results as ResultsSchema,
  RoundBody,
  RoundDetail as RoundDetailSchema,
  RoundSummary as RoundSummarySchema,
  ScreeningBody,
  SimilarProposal as SimilarProposalSchema,
} from '../../modules/planning/planning.schema'

export type RoundSummary = z.infer<typeof RoundSummarySchema>
export type RoundDetail = z.infer<typeof RoundDetailSchema>
export type RoundStage = RoundDetail['stage']
export type StageKey = Exclude<RoundStage, 'not_started'>
export type PlanningAction = RoundDetail['allowed'][number]
export type RoundMember = RoundDetail['members'][number]
export type Proposal = z.infer<typeof ProposalSchema>
export type Screening = Proposal['screening']
export type Ballot = z.infer<typeof BallotSchema>
export type Results = z.infer<typeof ResultsSchema>
export type RankedProposal = Results['ranking'][number]
export type MemberInputPage = z.infer<typeof MemberInputPageSchema>
export type MemberInput = MemberInputPage['items'][number]
export type Method = Results['method']
export type Weighting = Results['weighting']
export type Plan = z.infer<typeof PlanSchema>
export type BankEntry = z.infer<typeof BankEntrySchema>
export type SimilarProposal = z.infer<typeof SimilarProposalSchema>
export type Notification = z.infer<typeof NotificationSchema>

export type NewRound = z.input<typeof RoundBody>
export type NewProposal = z.input<typeof ProposalBody>
export type NewScreening = z.input<typeof ScreeningBody>
export type NewBallot = z.input<typeof BallotBody>
export type NewAdoption = z.input<typeof AdoptPlanBody>
export type NewApproval = z.input<typeof ApprovalBody>
