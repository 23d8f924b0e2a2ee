import type { Queryable } from '../../server/db/database'
import type { Actor } from '../../server/http/access'
import type { Ctx } from '../../server/http/context'
import { AppError, fieldError } from '../../server/http/errors'
import type { Locale } from '../../server/http/messages'
import { queueMail } from '../../server/mail/mail'
import { recordChange } from '../audit'
import { clearFailedLogins, findUserById, setPasswordHash, voidLiveTokens, type SessionClient, type UserRecord } from './auth.repository'
import { startSession, type SessionSettings } from './auth.service'
import { consumeToken, issueToken, peekToken } from './one-time-token'
import { invitationMail } from './account-mail'
import { hashPassword, isGuessablePassword } from './password'
import { now } from '../../server/clock'

/** How long an invitation link works: a week, long enough to cover a holiday weekend and a busy inbox. */
export const INVITATION_DAYS = 7

/** Where a one-time link leads: the token goes after `#`, so it never reaches a server log or a Referer header. */
export const accountLink = (publicUrl: string, page: 'invitation' | 'reset-password', token: string) => `${publicUrl}/${page}#${token}`

/**
 * Queues an invitation to set a password, with a new one-time link (an earlier link stops working), in the
 * caller's transaction. The caller delivers the mail after its commit.
 */
export async function queueInvitation(
  tx: Queryable,
  ctx: Pick<Ctx, 'actor' | 'publicUrl'>,
  user: Pick<UserRecord, 'id' | 'email' | 'name' | 'locale'>,
  collaborationId: string | null,
) {
  if (!ctx.publicUrl) throw new Error('an invitation needs the public address for its link')
  const token = await issueToken(tx, { purpose: 'invitation', userId: user.id, hours: INVITATION_DAYS * 24, createdByUserId: ctx.actor.user?.id ?? null })
  const mail = invitationMail(user.locale, { name: user.name, invitedBy: ctx.actor.user?.name ?? 'Samverka', link: accountLink(ctx.publicUrl, 'invitation', token), days: INVITATION_DAYS })
  await queueMail(tx, { collaborationId, kind: 'account.invitation', to: { address: user.email, name: user.name }, ...mail })
  await recordChange(tx, ctx.actor, { collaborationId, action: 'user.invited', entityType: 'user', entityId: user.id, after: { email: user.email, name: user.name } })
}

/** The invited account behind a live link, for the page that greets them; the link stays unused. */
async function invitedAccount(db: Queryable, token: string) {
  const row = await peekToken(db, 'invitation', token)
  const user = row?.userId ? await findUserById(db, row.userId) : undefined
  // A link to an account that has since got a password, or been deactivated, leads nowhere.
  if (!user || user.passwordHash || user.deactivatedAt) throw new AppError(404, 'invitation_invalid')
  return user
}

export async function describeInvitation(db: Queryable, token: string) {
  const user = await invitedAccount(db, token)
  return { email: user.email, name: user.name }
}

/** The person acting on their own account, as the audit log names them. */
export const selfActor = (user: Pick<UserRecord, 'id' | 'name' | 'email' | 'isAdmin' | 'locale'>): Actor => ({
  user: { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin, locale: user.locale },
  grants: [],
})

/** Checks a new password against the rules (12 characters by schema, and not guessable), naming the field. */
export function checkNewPassword(locale: Locale, path: string, password: string, user: Pick<UserRecord, 'email' | 'name'>) {
  if (isGuessablePassword(password, [user.email, user.name])) throw fieldError(locale, path, 'password_guessable')
}

/** Sets the invited person's password with the link (once), and signs them in. */
export async function acceptInvitation(
  ctx: Pick<Ctx, 'db' | 'locale'>,
  input: { token: string; password: string },
  session: SessionSettings,
  client: SessionClient,
) {
  const invited = await invitedAccount(ctx.db, input.token)
  checkNewPassword(ctx.locale, 'body.password', input.password, invited)
  const passwordHash = await hashPassword(input.password)
  await ctx.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, 'invitation', input.token))) throw new AppError(404, 'invitation_invalid')
    const user = await findUserById(tx, invited.id, { forUpdate: true })
    if (!user || user.passwordHash || user.deactivatedAt) throw new AppError(404, 'invitation_invalid')
    await setPasswordHash(tx, user.id, passwordHash)
    await clearFailedLogins(tx, user.id)
    // A reset link sent meanwhile is not needed any more.
    await voidLiveTokens(tx, user.id, now())
    await recordChange(tx, selfActor(user), { collaborationId: null, action: 'user.invitation_accepted', entityType: 'user', entityId: user.id })
  })
  return startSession(ctx.db, invited.id, session, client)
}
