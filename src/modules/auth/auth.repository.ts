import type { Queryable } from '../../server/db/database'
import type { Actor, RoleGrant } from '../../server/http/access'
import type { SessionResponse } from './auth.schema'

export interface UserWithSecret {
  id: string
  email: string
  name: string
  isAdmin: boolean
  locale: 'sv' | 'en'
  /** Null for an account that has no password of its own: invited and not yet set, or single sign-on only. */
  passwordHash: string | null
  failedLoginCount: number
  lockedUntil: Date | null
  deactivatedAt: Date | null
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserWithSecret | undefined> {
  const [user] = await db.query<UserWithSecret>(
    `select id, email, name, is_admin as "isAdmin", locale, password_hash as "passwordHash",
       failed_login_count as "failedLoginCount", locked_until as "lockedUntil",
       deactivated_at as "deactivatedAt"
     from app_user where lower(email) = lower($1)`,
    [email],
  )
  return user
}

/** Counts a failed login; the one that reaches `maxFailures` locks the account for `lockMinutes` and starts the count anew. */
export async function recordFailedLogin(db: Queryable, userId: string, maxFailures: number, lockMinutes: number, at: Date) {
  const [row] = await db.query<{ failedLoginCount: number; lockedUntil: Date | null }>(
    `update app_user set
       failed_login_count = case when failed_login_count + 1 >= $2 then 0 else failed_login_count + 1 end,
       locked_until = case when failed_login_count + 1 >= $2 then $4::timestamptz + make_interval(mins => $3) else locked_until end
     where id = $1 returning failed_login_count as "failedLoginCount", locked_until as "lockedUntil"`,
    [userId, maxFailures, lockMinutes, at],
  )
  return row!
}

export async function clearFailedLogins(db: Queryable, userId: string) {
  await db.query('update app_user set failed_login_count = 0, locked_until = null where id = $1', [userId])
}

/** Where a session was started from: shown in the person's list of their sessions. */
export interface SessionClient {
  userAgent: string | undefined
  ip: string | null
}

export async function createSession(db: Queryable, tokenHash: string, userId: string, hours: number, at: Date, client: SessionClient = { userAgent: undefined, ip: null }) {
  // Logins are rare enough that sweeping the expired sessions here keeps the table small.
  await db.query('delete from session where expires_at < $1', [at])
  await db.query(
    `insert into session (token_hash, user_id, created_at, last_used_at, expires_at, user_agent, ip)
     values ($1, $2, $4, $4, $4::timestamptz + make_interval(hours => $3), $5, $6)`,
    // A user agent is the client's to choose: kept short enough to show, not stored whole.
    [tokenHash, userId, hours, at, client.userAgent?.slice(0, 300) ?? null, client.ip],
  )
  await db.query('update app_user set last_login_at = $2 where id = $1', [userId, at])
}

export interface SessionRow {
  id: string
  tokenHash: string
  createdAt: Date
  lastUsedAt: Date
  expiresAt: Date
  userAgent: string | null
  ip: string | null
}

/** A person's live sessions (neither expired nor idle for `idleMinutes`), the most recently used first. */
export async function listSessions(db: Queryable, userId: string, at: Date, idleMinutes: number): Promise<SessionRow[]> {
  return db.query<SessionRow>(
    `select id, token_hash as "tokenHash", created_at as "createdAt", last_used_at as "lastUsedAt", expires_at as "expiresAt",
       user_agent as "userAgent", ip
     from session where user_id = $1 and expires_at > $2 and last_used_at > $2::timestamptz - make_interval(mins => $3)
     order by last_used_at desc, created_at desc`,
    [userId, at, idleMinutes],
  )
}

/** Ends one session of the person; false when they have none by that id (another person's is not theirs to end). */
export async function deleteSessionOf(db: Queryable, userId: string, sessionId: string) {
  const rows = await db.query('delete from session where user_id = $1 and id = $2 returning id', [userId, sessionId])
  return rows.length === 1
}

/** Makes every unused one-time link of the person stop working (all purposes, or the ones named). */
export async function voidLiveTokens(db: Queryable, userId: string, at: Date, purposes: string[] = ['invitation', 'password_reset']) {
  await db.query('update account_token set used_at = $2 where user_id = $1 and used_at is null and purpose = any($3)', [userId, at, purposes])
}

/** Ends every session of a user but the one named (if any): after a password change, say. */
export async function deleteOtherSessions(db: Queryable, userId: string, keepTokenHash: string | null) {
  await db.query('delete from session where user_id = $1 and token_hash is distinct from $2', [userId, keepTokenHash])
}

export async function deleteSession(db: Queryable, tokenHash: string) {
  await db.query('delete from session where token_hash = $1', [tokenHash])
}

/**
 * The signed-in user and all their roles (one query: it runs on every request), or an anonymous actor.
 * A session past its expiry, unused for `idleMinutes`, or of a deactivated account names nobody; a live one is marked used, at
 * most once a minute so that reading pages does not write on every request.
 */
export async function loadActor(db: Queryable, tokenHash: string, at: Date, idleMinutes: number): Promise<Actor> {
  const [row] = await db.query<NonNullable<Actor['user']> & { grants: RoleGrant[]; lastUsedAt: Date }>(
    `select u.id, u.email, u.name, u.is_admin as "isAdmin", u.locale, s.last_used_at as "lastUsedAt",
       coalesce((select json_agg(json_build_object('collaborationId', r.collaboration_id, 'role', r.role, 'memberId', r.member_id))
                 from role_assignment r where r.user_id = u.id), '[]') as grants
     from session s join app_user u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > $2 and u.deactivated_at is null and s.last_used_at > $2::timestamptz - make_interval(mins => $3)`,
    [tokenHash, at, idleMinutes],
  )
  if (!row) return { user: null, grants: [] }
  const { grants, lastUsedAt, ...user } = row
  if (at.getTime() - new Date(lastUsedAt).getTime() >= 60_000) await db.query('update session set last_used_at = $2 where token_hash = $1', [tokenHash, at])
  return { user, grants }
}

export async function loadGrants(db: Queryable, userId: string): Promise<RoleGrant[]> {
  return db.query<RoleGrant>(
    `select collaboration_id as "collaborationId", role, member_id as "memberId" from role_assignment where user_id = $1`,
    [userId],
  )
}

/** Everyone holding a role in these collaborations, with an account that is not deactivated: whom a collaboration's duties and notices reach. */
export async function listGrantHolders(db: Queryable, collaborationIds: string[]): Promise<(RoleGrant & { userId: string })[]> {
  return db.query(
    `select r.user_id as "userId", r.collaboration_id as "collaborationId", r.role, r.member_id as "memberId"
     from role_assignment r join app_user u on u.id = r.user_id
     where r.collaboration_id = any($1::uuid[]) and u.deactivated_at is null`,
    [collaborationIds],
  )
}

export async function listRoleDetails(db: Queryable, filter: { userId: string }): Promise<SessionResponse['roles']> {
  return db.query(
    `select r.collaboration_id as "collaborationId", c.name as "collaborationName", c.prefix as "collaborationPrefix",
       r.role, r.member_id as "memberId", m.name as "memberName"
     from role_assignment r join collaboration c on c.id = r.collaboration_id left join member m on m.id = r.member_id
     where r.user_id = $1 order by c.name, r.role`,
    [filter.userId],
  )
}

export interface UserRecord {
  id: string
  name: string
  email: string
  passwordHash: string | null
  locale: 'sv' | 'en'
  isAdmin: boolean
  deactivatedAt: Date | null
}

/** The account, `for update` when the caller is about to change it on what it reads. */
export async function findUserById(db: Queryable, id: string, options: { forUpdate?: boolean } = {}) {
  const [user] = await db.query<UserRecord>(
    `select id, name, email, password_hash as "passwordHash", locale, is_admin as "isAdmin", deactivated_at as "deactivatedAt"
     from app_user where id = $1 ${options.forUpdate ? 'for update' : ''}`,
    [id],
  )
  return user
}

export async function setPasswordHash(tx: Queryable, id: string, passwordHash: string) {
  await tx.query('update app_user set password_hash = $2, version = version + 1 where id = $1', [id, passwordHash])
}
