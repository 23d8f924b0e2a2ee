import { now } from '../../server/clock'
import { actingUserId, type Ctx } from '../../server/http/context'
import { hashToken } from '../../server/http/access-hooks'
import { notFound } from '../../server/http/errors'
import { deleteOtherSessions, deleteSessionOf, listSessions } from './auth.repository'
import { describeDevice } from './device'

/** The person's own live sessions; `current` marks the one the request came in. */
export async function listMySessions(ctx: Ctx, currentToken: string | undefined, idleMinutes: number) {
  const currentHash = currentToken ? hashToken(currentToken) : null
  const sessions = await listSessions(ctx.db, actingUserId(ctx), now(), idleMinutes)
  return sessions.map((session) => ({
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastUsedAt: session.lastUsedAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    device: describeDevice(session.userAgent, ctx.locale),
    ip: session.ip,
    current: session.tokenHash === currentHash,
  }))
}

/** Ends one of the person's own sessions; another person's session id is as unknown as a made-up one. */
export async function endMySession(ctx: Ctx, sessionId: string) {
  if (!(await deleteSessionOf(ctx.db, actingUserId(ctx), sessionId))) throw notFound('session')
}

/** "Log out everywhere": every session of the person, the current one too. */
export async function endAllMySessions(ctx: Ctx) {
  await deleteOtherSessions(ctx.db, actingUserId(ctx), null)
}
