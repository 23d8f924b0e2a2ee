/** The API's response shapes, inferred from the server's own zod schemas (type-only: nothing is bundled). */
import type { z } from 'zod'
import type { AuditEntry as AuditEntrySchema, ChainVerdictResponse } from '../../modules/audit/audit.schema'
import type { SessionResponse as SessionResponseSchema, SessionRole as SessionRoleSchema } from '../../modules/auth/auth.schema'
import type { CollaborationSummary as CollaborationSummarySchema } from '../../modules/collaborations/collaborations.schema'
import type { County as CountySchema, MemberListResponse as MemberListSchema, Organisation as OrganisationSchema } from '../../modules/members/members.schema'
import type { AccessibilityReport as AccessibilityReportSchema } from '../../modules/accessibility/accessibility.schema'
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
