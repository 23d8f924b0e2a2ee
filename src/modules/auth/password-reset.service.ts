import { now } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { AppError } from '../../server/http/errors'
import { queueMail } from '../../server/mail/mail'
import { recordChange } from '../audit'
import { clearFailedLogins, deleteOtherSessions, findUserByEmail, findUserById, setPasswordHash, voidLiveTokens } from './auth.repository'
import { passwordResetMail } from './account-mail'
import { accountLink, checkNewPassword, selfActor } from './invitation.service'
import { consumeToken, issueToken, peekToken } from './one-time-token'
import { hashPassword } from './password'

/** How long a password reset link works: an hour, as the mail says. */
export const PASSWORD_RESET_MINUTES = 60

/**
 * Sends a link to choose a new password, if an active account has the address. The caller answers the
 * same whatever happened, and the mail is sent after the answer, so that the answer's time does not
 * wait on the mail server for addresses that have an account.
 */
export async function requestPasswordReset(ctx: Pick<Ctx, 'db' | 'actor' | 'publicUrl' | 'deliverMail'>, email: string) {
  const user = await findUserByEmail(ctx.db, email)
  if (!user || user.deactivatedAt) return
  if (!ctx.publicUrl) throw new Error('a password reset needs the public address for its link')
  const publicUrl = ctx.publicUrl
  await ctx.db.transaction(async (tx) => {
    const token = await issueToken(tx, { purpose: 'password_reset', userId: user.id, hours: PASSWORD_RESET_MINUTES / 60 })
    const mail = passwordResetMail(user.locale, { name: user.name, link: accountLink(publicUrl, 'reset-password', token), minutes: PASSWORD_RESET_MINUTES })
    await queueMail(tx, { collaborationId: null, kind: 'account.password_reset', to: { address: user.email, name: user.name }, ...mail })
  })
  void ctx.deliverMail?.().catch(() => undefined)
}

/** Sets the new password with the link (once), ends every session of the person and lifts a login lock. */
export async function completePasswordReset(ctx: Pick<Ctx, 'db' | 'locale'>, input: { token: string; password: string }) {
  const row = await peekToken(ctx.db, 'password_reset', input.token)
  const account = row?.userId ? await findUserById(ctx.db, row.userId) : undefined
  if (!account || account.deactivatedAt) throw new AppError(404, 'reset_link_invalid')
  checkNewPassword(ctx.locale, 'body.password', input.password, account)
  const passwordHash = await hashPassword(input.password)
  await ctx.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, 'password_reset', input.token))) throw new AppError(404, 'reset_link_invalid')
    const user = await findUserById(tx, account.id, { forUpdate: true })
    if (!user || user.deactivatedAt) throw new AppError(404, 'reset_link_invalid')
    await setPasswordHash(tx, user.id, passwordHash)
    // Whoever was signed in with the old password (or a stolen session) is out now.
    await deleteOtherSessions(tx, user.id, null)
    await clearFailedLogins(tx, user.id)
    await voidLiveTokens(tx, user.id, now())
    await recordChange(tx, selfActor(user), { collaborationId: null, action: 'user.password_reset', entityType: 'user', entityId: user.id })
  })
}
