import { randomBytes } from 'node:crypto'
import { now } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import type { Actor } from '../../server/http/access'
import { hashToken } from '../../server/http/access-hooks'
import { AppError } from '../../server/http/errors'
import type { SessionResponse } from './auth.schema'
import { clearFailedLogins, createSession, deleteSession, findUserByEmail, listRoleDetails, loadActor, recordFailedLogin, type SessionClient } from './auth.repository'
import { hashPassword, verifyPassword } from './password'
import { mayCreateCollaboration } from './collaboration-rights'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15

// Verified against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
let dummyHash: Promise<string> | undefined

/**
 * Checks the password, counts failures and locks the account for LOCK_MINUTES after MAX_FAILED_LOGINS
 * in a row; returns a new session token. Every refusal is the same answer (status, text and the work of
 * one password check), whether the account does not exist, the password is wrong or the account is
 * locked, so the login page tells nobody which e-mail addresses have accounts.
 */
export async function logIn(db: Queryable, input: { email: string; password: string }, session: SessionSettings, client: SessionClient) {
  const at = now()
  const user = await findUserByEmail(db, input.email)
  const locked = Boolean(user?.lockedUntil && user.lockedUntil > at)
  // A deactivated account, or one without a password of its own, is refused like an unknown one.
  const usable = Boolean(user && !locked && !user.deactivatedAt && user.passwordHash)
  const hash = usable ? user!.passwordHash! : await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))
  const passwordOk = (await verifyPassword(hash, input.password).catch(() => false)) && usable
  const refused = new AppError(401, 'login_refused', { attempts: MAX_FAILED_LOGINS, minutes: LOCK_MINUTES })
  if (!user || !usable) throw refused
  if (!passwordOk) {
    // Attempts while locked are not counted, so trying on cannot stretch the lock past its minutes.
    await recordFailedLogin(db, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES, at)
    throw refused
  }
  await clearFailedLogins(db, user.id)
  return startSession(db, user.id, session, client)
}

/** How long sessions live: `sessionHours` and `sessionIdleMinutes` of the configuration. */
export interface SessionSettings {
  hours: number
  idleMinutes: number
}

/**
 * Starts a session for a person whose identity is already proven (a password, an accepted invitation, single
 * sign-on): returns the token for the cookie and the actor it names.
 */
export async function startSession(db: Queryable, userId: string, session: SessionSettings, client: SessionClient) {
  const at = now()
  const token = randomBytes(32).toString('base64url')
  await createSession(db, hashToken(token), userId, session.hours, at, client)
  return { token, actor: await loadActor(db, hashToken(token), at, session.idleMinutes) }
}

export async function logOut(db: Queryable, token: string | undefined) {
  if (token) await deleteSession(db, hashToken(token))
}

export async function describeSession(db: Queryable, actor: Actor): Promise<SessionResponse> {
  if (!actor.user) return { user: null, roles: [], mayCreateCollaboration: false }
  return { user: actor.user, roles: await listRoleDetails(db, { userId: actor.user.id }), mayCreateCollaboration: mayCreateCollaboration(actor) }
}
