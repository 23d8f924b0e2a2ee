import { z } from 'zod'
import { rawText, text } from '../../shared/schema'
import { ROLES } from '../../shared/roles'
import { NewPassword, SessionRole } from '../auth'

export const RoleAssignment = z.object({
  id: z.uuid(),
  role: z.enum(ROLES),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
})

export const CollaborationUser = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  /** The account can no longer sign in; it stays listed with its roles and history. */
  deactivated: z.boolean(),
  /** Invited and not yet signed in ("Inbjuden – har inte loggat in än"). */
  invitationPending: z.boolean(),
  roles: z.array(RoleAssignment),
})
export type CollaborationUser = z.infer<typeof CollaborationUser>

export const Account = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  lockedUntil: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
  invitationPending: z.boolean(),
  roles: z.array(SessionRole),
})

export const AddUserBody = z.object({
  email: text(254).toLowerCase().email(),
  /** A new account gets an e-mail invitation to choose its own password; an existing account keeps its own. */
  name: text(200).min(2),
  role: z.enum(ROLES),
  memberId: z.uuid().nullable().default(null),
  /** The language of a new account, its invitation's included; Swedish unless the inviter chooses English. An existing account keeps its own. */
  locale: z.enum(['sv', 'en']).optional(),
})
export type AddUserBody = z.infer<typeof AddUserBody>

export const AssignRoleBody = z.object({
  userId: z.uuid(),
  role: z.enum(ROLES),
  memberId: z.uuid().nullable().default(null),
})
export type AssignRoleBody = z.infer<typeof AssignRoleBody>

export const Permission = z.object({
  capability: z.string(),
  action: z.string(),
  allowed: z.boolean(),
  /** When set, the action is allowed only for these members (the ones the user represents): the web compares their ids. */
  onlyForMembers: z.array(z.object({ id: z.uuid(), name: z.string() })).nullable(),
})

export const AccountQuery = z.object({ q: text(100).optional() })
export const UpdateMeBody = z.object({ name: text(200).min(2).optional(), locale: z.enum(['sv', 'en']).optional() })
export const ChangePasswordBody = z.object({ currentPassword: rawText(200).min(1), newPassword: NewPassword })

export const RoleAssignmentParams = z.object({ collaborationId: z.uuid(), roleAssignmentId: z.uuid() })
export const UserParams = z.object({ userId: z.uuid() })
export const CollaborationUserParams = z.object({ collaborationId: z.uuid(), userId: z.uuid() })
