import { randomBytes } from 'node:crypto'
import type { Queryable } from '../../server/db/database'
import type { Actor } from '../../server/http/access'
import { hashToken } from '../../server/http/access-hooks'
import { AppError } from '../../server/http/errors'
import type { SessionResponse } from './auth.schema'
import { clearFailedLogins, createSession, deleteSession, findUserByEmail, loadActor, recordFailedLogin } from './auth.repository'
import { hashPassword, verifyPassword } from './password'
import { listRoleDetails } from '../users/users.repository'
import { mayCreateCollaboration } from '../collaborations/collaborations.policy'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15

// Verified against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
let dummyHash: Promise<string> | undefined

const stockholmTime = (date: Date) =>
  date.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })

/** Checks the password, counts failures and locks the account after too many; returns a new session token. */
export async function logIn(db: Queryable, input: { email: string; password: string }, sessionHours: number) {
  const user = await findUserByEmail(db, input.email)
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    throw new AppError(423, 'account_locked', { until: stockholmTime(user.lockedUntil) })
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))), input.password).catch(() => false)
  if (!user || !passwordOk) {
    if (!user) throw new AppError(401, 'login_failed', { remaining: MAX_FAILED_LOGINS - 1, minutes: LOCK_MINUTES })
    const failure = await recordFailedLogin(db, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES)
    if (failure.lockedUntil && failure.lockedUntil > new Date()) {
      throw new AppError(423, 'account_locked', { until: stockholmTime(failure.lockedUntil) })
    }
    throw new AppError(401, 'login_failed', { remaining: MAX_FAILED_LOGINS - failure.failedLoginCount, minutes: LOCK_MINUTES })
  }
  await clearFailedLogins(db, user.id)
  const token = randomBytes(32).toString('base64url')
  await createSession(db, hashToken(token), user.id, sessionHours)
  return { token, actor: await loadActor(db, hashToken(token)) }
}

export async function logOut(db: Queryable, token: string | undefined) {
  if (token) await deleteSession(db, hashToken(token))
}

export async function describeSession(db: Queryable, actor: Actor): Promise<SessionResponse> {
  if (!actor.user) return { user: null, roles: [], mayCreateCollaboration: false }
  return { user: actor.user, roles: await listRoleDetails(db, { userId: actor.user.id }), mayCreateCollaboration: mayCreateCollaboration(actor) }
}
