import { z } from 'zod'
import { rawText, text } from '../../shared/schema'
import { ROLES } from '../../shared/roles'
import { SessionRole } from '../auth/auth.schema'

const password = rawText(200).min(12, 'Lösenordet behöver minst 12 tecken')

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
  roles: z.array(RoleAssignment),
})
export type CollaborationUser = z.infer<typeof CollaborationUser>

export const Account = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  lockedUntil: z.string().nullable(),
  roles: z.array(SessionRole),
})

export const AddUserBody = z.object({
  email: text(254).toLowerCase().email(),
  name: text(200).min(2),
  /** Needed only when the account is new; an existing account keeps its password. */
  password: password.optional(),
  role: z.enum(ROLES),
  memberId: z.uuid().nullable().default(null),
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
  /** When set, the action is allowed only for these members (the ones the user represents). */
  onlyForMembers: z.array(z.string()).nullable(),
})

export const AccountQuery = z.object({ q: text(100).optional() })
export const UpdateMeBody = z.object({ name: text(200).min(2).optional(), locale: z.enum(['sv', 'en']).optional() })
export const ChangePasswordBody = z.object({ currentPassword: rawText(200).min(1), newPassword: password })

export const RoleAssignmentParams = z.object({ collaborationId: z.uuid(), roleAssignmentId: z.uuid() })
export const UserParams = z.object({ userId: z.uuid() })
