import { z } from 'zod'
import { PageQuery, paged } from '../../server/http/paging'
import { int4, isoDate, text, version } from '../../shared/schema'
import { RISK_CATEGORIES, RISK_KINDS, STRATEGIES } from '../../shared/risks'
import { RISK_LEVELS } from './risk-score'

export const RISK_STATUSES = ['open', 'closed'] as const

const grade = z.number().int().min(1).max(5)

export const RiskParams = z.object({ collaborationId: z.uuid(), initiativeId: z.uuid() })
export const OneRiskParams = RiskParams.extend({ riskId: z.uuid() })

export const MatrixCell = z.object({ probability: z.number().int(), consequence: z.number().int(), score: z.number().int(), level: z.enum(RISK_LEVELS), count: z.number().int() })
export const RiskMatrix = z.object({
  /** 25 cells, most probable row first, least consequence first within a row; open risks by their current cell. */
  cells: z.array(MatrixCell),
  total: z.number().int(),
  threshold: z.number().int(),
})

export const Risk = z.object({
  id: z.uuid(),
  subjectType: z.enum(['initiative']),
  initiativeId: z.uuid(),
  initiativeTitle: z.string(),
  kind: z.enum(RISK_KINDS),
  title: z.string(),
  category: z.enum(RISK_CATEGORIES),
  cause: z.string(),
  consequence: z.string(),
  probabilityBefore: z.number().int(),
  consequenceBefore: z.number().int(),
  scoreBefore: z.number().int(),
  probabilityAfter: z.number().int().nullable(),
  consequenceAfter: z.number().int().nullable(),
  scoreAfter: z.number().int().nullable(),
  /** After measures when assessed, else before; computed on the server. */
  currentScore: z.number().int(),
  level: z.enum(RISK_LEVELS),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string(),
  strategy: z.enum(STRATEGIES),
  measures: z.string(),
  nextReview: isoDate.nullable(),
  lastReviewedOn: isoDate.nullable(),
  /** Open and its next review date has passed. */
  reviewOverdue: z.boolean(),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
  status: z.enum(RISK_STATUSES),
  closedReason: z.string(),
  /** The disagreement raised when its score rose above the threshold, where it stands now. */
  escalation: z.object({ disagreementId: z.uuid(), status: z.enum(['open', 'resolved']), bodyName: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
})
export type Risk = z.infer<typeof Risk>

export const InitiativeRisks = z.object({
  initiativeId: z.uuid(),
  threshold: z.number().int(),
  /** Whether the reader may add and change risks; a member representative only those concerning `editableMemberIds`. */
  mayEdit: z.boolean(),
  editableMemberIds: z.array(z.uuid()).nullable(),
  participants: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  /** The collaboration's people who can own a risk (empty for readers without a role). */
  people: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  items: z.array(Risk),
})

const assessment = {
  probabilityBefore: grade,
  consequenceBefore: grade,
  /** Null until measures are planned; both or neither, and only with measures described. */
  probabilityAfter: grade.nullable().default(null),
  consequenceAfter: grade.nullable().default(null),
}

export const CreateRiskBody = z.strictObject({
  kind: z.enum(RISK_KINDS),
  title: text(300).min(3),
  category: z.enum(RISK_CATEGORIES),
  cause: text(4000).default(''),
  consequence: text(4000).default(''),
  ...assessment,
  /** A person with a role in the collaboration; or, when the owner has no account, `ownerName`. */
  ownerUserId: z.uuid().nullable().default(null),
  ownerName: text(200).default(''),
  strategy: z.enum(STRATEGIES),
  measures: text(4000).default(''),
  nextReview: isoDate.nullable().default(null),
  memberId: z.uuid().nullable().default(null),
})
export type CreateRiskBody = z.infer<typeof CreateRiskBody>

export const UpdateRiskBody = CreateRiskBody.extend({ version })
export type UpdateRiskBody = z.infer<typeof UpdateRiskBody>

export const ReviewRiskBody = z.strictObject({
  version,
  ...assessment,
  /** When it is to be reviewed again: after today. */
  nextReview: isoDate,
})
export type ReviewRiskBody = z.infer<typeof ReviewRiskBody>

export const CloseRiskBody = z.strictObject({ version, reason: text(2000).min(3) })
export type CloseRiskBody = z.infer<typeof CloseRiskBody>

const filters = {
  level: z.enum(RISK_LEVELS).optional(),
  initiativeId: z.uuid().optional(),
  memberId: z.uuid().optional(),
  kind: z.enum(RISK_KINDS).optional(),
}
export const PortfolioMatrixQuery = z.object(filters)
export type PortfolioMatrixQuery = z.infer<typeof PortfolioMatrixQuery>

export const PortfolioRiskQuery = PageQuery.extend({
  ...filters,
  /** Only those whose review date has passed. */
  overdue: z.enum(['true', 'false']).optional(),
  status: z.enum(RISK_STATUSES).default('open'),
})
export type PortfolioRiskQuery = z.infer<typeof PortfolioRiskQuery>
export const RiskList = paged(Risk)

export const RiskSettings = z.object({ threshold: z.number().int(), version: z.number().int() })
export const UpdateRiskSettingsBody = z.strictObject({ version, threshold: int4(1, 25) })
export type UpdateRiskSettingsBody = z.infer<typeof UpdateRiskSettingsBody>
