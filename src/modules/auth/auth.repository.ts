import type { Queryable } from '../../server/db/database'
import type { Actor, RoleGrant } from '../../server/http/access'

export interface UserWithSecret {
  id: string
  email: string
  name: string
  isAdmin: boolean
  locale: 'sv' | 'en'
  passwordHash: string
  failedLoginCount: number
  lockedUntil: Date | null
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserWithSecret | undefined> {
  const [user] = await db.query<UserWithSecret>(
    `select id, email, name, is_admin as "isAdmin", locale, password_hash as "passwordHash",
       failed_login_count as "failedLoginCount", locked_until as "lockedUntil"
     from app_user where lower(email) = lower($1)`,
    [email],
  )
  return user
}

export async function recordFailedLogin(db: Queryable, userId: string, maxFailures: number, lockMinutes: number) {
  const [row] = await db.query<{ failedLoginCount: number; lockedUntil: Date | null }>(
    `update app_user set
       failed_login_count = failed_login_count + 1,
       locked_until = case when failed_login_count + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
     where id = $1 returning failed_login_count as "failedLoginCount", locked_until as "lockedUntil"`,
    [userId, maxFailures, lockMinutes],
  )
  return row!
}

export async function clearFailedLogins(db: Queryable, userId: string) {
  await db.query('update app_user set failed_login_count = 0, locked_until = null where id = $1', [userId])
}

export async function createSession(db: Queryable, tokenHash: string, userId: string, hours: number) {
  // Logins are rare enough that sweeping the expired sessions here keeps the table small.
  await db.query('delete from session where expires_at < now()')
  await db.query(`insert into session (token_hash, user_id, expires_at) values ($1, $2, now() + make_interval(hours => $3))`, [
    tokenHash,
    userId,
    hours,
  ])
}

export async function deleteSession(db: Queryable, tokenHash: string) {
  await db.query('delete from session where token_hash = $1', [tokenHash])
}

/** The signed-in user and all their roles (one query: it runs on every request), or an anonymous actor. */
export async function loadActor(db: Queryable, tokenHash: string): Promise<Actor> {
  const [row] = await db.query<NonNullable<Actor['user']> & { grants: RoleGrant[] }>(
    `select u.id, u.email, u.name, u.is_admin as "isAdmin", u.locale,
       coalesce((select json_agg(json_build_object('collaborationId', r.collaboration_id, 'role', r.role, 'memberId', r.member_id))
                 from role_assignment r where r.user_id = u.id), '[]') as grants
     from session s join app_user u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash],
  )
  if (!row) return { user: null, grants: [] }
  const { grants, ...user } = row
  return { user, grants }
}

export async function loadGrants(db: Queryable, userId: string): Promise<RoleGrant[]> {
  return db.query<RoleGrant>(
    `select collaboration_id as "collaborationId", role, member_id as "memberId" from role_assignment where user_id = $1`,
    [userId],
  )
}
