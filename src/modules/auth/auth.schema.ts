import { z } from 'zod'
import { rawText, text } from '../../shared/schema'
import { ROLES } from '../../shared/roles'

export const LoginBody = z.object({
  email: text(254).email(),
  password: rawText(200).min(1),
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
