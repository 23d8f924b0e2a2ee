import { z } from 'zod'
import { ROLES } from '../../shared/roles'

export const LoginBody = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
})

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  locale: z.enum(['sv', 'en']),
})

export const SessionRole = z.object({
  collaborationId: z.uuid(),
  collaborationName: z.string(),
  collaborationPrefix: z.string(),
  role: z.enum(ROLES),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
})

export const SessionResponse = z.object({
  user: SessionUser.nullable(),
  roles: z.array(SessionRole),
  /** Whether the user may start a new collaboration (administrators and coordinators). */
  mayCreateCollaboration: z.boolean(),
})
export type SessionResponse = z.infer<typeof SessionResponse>
