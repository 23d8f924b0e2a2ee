/** The API's response shapes, inferred from the server's own zod schemas (type-only: nothing is bundled). */
import type { z } from 'zod'
import type { AuditEntry as AuditEntrySchema, ChainVerdictResponse } from '../../modules/audit/audit.schema'
import type { SessionResponse as SessionResponseSchema, SessionRole as SessionRoleSchema } from '../../modules/auth/auth.schema'
import type { CollaborationSummary as CollaborationSummarySchema } from '../../modules/collaborations/collaborations.schema'
import type { County as CountySchema, MemberListResponse as MemberListSchema, Organisation as OrganisationSchema } from '../../modules/members/members.schema'
import type { AccessibilityReport as AccessibilityReportSchema } from '../../modules/accessibility/accessibility.schema'
import type { AdviceResponse as AdviceSchema, Disagreement as DisagreementSchema, GovernanceResponse as GovernanceSchema } from '../../modules/governance/governance.schema'
import type { Account as AccountSchema, CollaborationUser as CollaborationUserSchema, Permission as PermissionSchema } from '../../modules/users/users.schema'

export type Session = z.infer<typeof SessionResponseSchema>
export type SessionRole = z.infer<typeof SessionRoleSchema>
export type CollaborationSummary = z.infer<typeof CollaborationSummarySchema>
export type Organisation = z.infer<typeof OrganisationSchema>
export type County = z.infer<typeof CountySchema>
export type MemberList = z.infer<typeof MemberListSchema>
export type Member = MemberList['members'][number]
export type CollaborationUser = z.infer<typeof CollaborationUserSchema>
export type Permission = z.infer<typeof PermissionSchema>
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export type ChainVerdict = z.infer<typeof ChainVerdictResponse>
export type Account = z.infer<typeof AccountSchema>
export type AccessibilityReport = z.infer<typeof AccessibilityReportSchema>
export type Governance = z.infer<typeof GovernanceSchema>
export type GovernanceBody = Governance['bodies'][number]
export type Seat = GovernanceBody['seats'][number]
export type DecisionKind = Governance['decisionKinds'][number]
export type Finding = Governance['findings'][number]
export type DecisionPath = Governance['paths'][number]
export type Disagreement = z.infer<typeof DisagreementSchema>
export type Advice = z.infer<typeof AdviceSchema>

import type { Attachment as AttachmentSchema, InitiativeDetail as InitiativeDetailSchema, InitiativeListResponse as InitiativeListSchema, MemberInitiativesResponse as MemberInitiativesSchema } from '../../modules/initiatives/initiatives.schema'
import type { Decision as DecisionSchema, MemberDecisionMatrix as MatrixSchema } from '../../modules/decisions/decisions.schema'
import type { ProcessesResponse as ProcessesSchema, ProcessModel as ProcessModelSchema } from '../../modules/processes/processes.schema'

export type InitiativeList = z.infer<typeof InitiativeListSchema>
export type InitiativeSummary = InitiativeList['items'][number]
export type ProcessFunnel = InitiativeList['processes'][number]
export type InitiativeDetail = z.infer<typeof InitiativeDetailSchema>
export type GateStatus = NonNullable<InitiativeDetail['gate']>
export type InitiativeDocument = InitiativeDetail['documents'][number]
export type MemberInitiatives = z.infer<typeof MemberInitiativesSchema>
export type Attachment = z.infer<typeof AttachmentSchema>
export type DecisionRecord = z.infer<typeof DecisionSchema>
export type MemberDecisionMatrix = z.infer<typeof MatrixSchema>
export type Processes = z.infer<typeof ProcessesSchema>
export type ProcessModel = z.infer<typeof ProcessModelSchema>

import type { CaseSettings as CaseSettingsSchema, Case as CaseSchema, RegisterEntry as RegisterEntrySchema } from '../../modules/cases/cases.schema'
import type { AnnualWheelItem as AnnualWheelItemSchema, MeetingSummary as MeetingSummarySchema } from '../../modules/meetings/meetings.schema'

export type CaseDetail = z.infer<typeof CaseSchema>
export type CaseDecision = CaseDetail['decisions'][number]
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>
export type CaseSettings = z.infer<typeof CaseSettingsSchema>
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>
export type AnnualWheelItem = z.infer<typeof AnnualWheelItemSchema>
