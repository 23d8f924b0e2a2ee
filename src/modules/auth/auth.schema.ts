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

/** A new password: at least 12 characters (and not guessable, which the use case checks). */
export const NewPassword = rawText(200).min(12, 'password_too_short')
/** A one-time token from a link; its form is checked here so that junk is refused before the database. */
const OneTimeToken = z.string().trim().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/)

export const InvitationParams = z.object({ token: OneTimeToken })
export const InvitationResponse = z.object({ email: z.string(), name: z.string() })
export const AcceptInvitationBody = z.object({ token: OneTimeToken, password: NewPassword })

export const PasswordResetBody = z.object({ email: text(254).email() })
export const CompletePasswordResetBody = z.object({ token: OneTimeToken, password: NewPassword })

export const SessionParams = z.object({ sessionId: z.uuid() })
export const MySession = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  /** The browser and system, from the user agent: "Chrome på Windows". */
  device: z.string(),
  ip: z.string().nullable(),
  /** The session this request came in. */
  current: z.boolean(),
})
