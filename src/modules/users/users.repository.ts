import type { Queryable } from '../../server/db/database'
import type { Role } from '../../shared/roles'
import type { CollaborationUser } from './users.schema'
// The account itself and its roles are read with the sessions (auth); the use cases here read them through this file.
export { findUserById, listRoleDetails, setPasswordHash, type UserRecord } from '../auth'

/** An invited account that has not yet set a password or signed in (single sign-on counts as signing in). */
const invitationPending = `(u.password_hash is null and u.last_login_at is null and u.deactivated_at is null)`

export async function listUsersInCollaboration(db: Queryable, collaborationId: string): Promise<CollaborationUser[]> {
  return db.query(
    `select u.id, u.name, u.email, u.deactivated_at is not null as deactivated, ${invitationPending} as "invitationPending",
       json_agg(json_build_object('id', r.id, 'role', r.role, 'memberId', r.member_id, 'memberName', m.name) order by r.role) as roles
     from role_assignment r join app_user u on u.id = r.user_id left join member m on m.id = r.member_id
     where r.collaboration_id = $1
     group by u.id order by u.name`,
    [collaborationId],
  )
}

export async function listAccounts(db: Queryable, q: string | undefined) {
  return db.query<{ id: string; name: string; email: string; isAdmin: boolean; lockedUntil: Date | null; deactivatedAt: Date | null; invitationPending: boolean }>(
    `select u.id, u.name, u.email, u.is_admin as "isAdmin", u.locked_until as "lockedUntil", u.deactivated_at as "deactivatedAt",
       ${invitationPending} as "invitationPending"
     from app_user u
     where $1::text is null or u.name ilike '%' || $1 || '%' or u.email ilike '%' || $1 || '%'
     order by u.name limit 200`,
    [q || null],
  )
}

export async function findUserByEmail(db: Queryable, email: string) {
  const [user] = await db.query<{ id: string; name: string; email: string }>('select id, name, email from app_user where lower(email) = lower($1)', [email])
  return user
}

/** Whether two people hold roles in at least one common collaboration. */
export async function sharesCollaboration(db: Queryable, userId: string, otherUserId: string) {
  const rows = await db.query(
    'select 1 from role_assignment a join role_assignment b on b.collaboration_id = a.collaboration_id where a.user_id = $1 and b.user_id = $2 limit 1',
    [userId, otherUserId],
  )
  return rows.length > 0
}

/** A new account; without a password hash it is an invited (or single sign-on) account. */
export async function insertUser(tx: Queryable, user: { email: string; name: string; passwordHash: string | null; isAdmin?: boolean; isDemo?: boolean; locale?: 'sv' | 'en' }) {
  const [row] = await tx.query<{ id: string }>(
    'insert into app_user (email, name, password_hash, is_admin, is_demo, locale) values ($1, $2, $3, $4, $5, $6) returning id',
    [user.email, user.name, user.passwordHash, user.isAdmin ?? false, user.isDemo ?? false, user.locale ?? 'sv'],
  )
  return row!.id
}

export async function setDeactivated(tx: Queryable, id: string, deactivatedAt: Date | null) {
  await tx.query('update app_user set deactivated_at = $2, version = version + 1 where id = $1', [id, deactivatedAt])
}

/** Active administrators, locked so that two deactivations at once cannot leave none. */
export async function lockActiveAdministrators(tx: Queryable) {
  return tx.query<{ id: string }>('select id from app_user where is_admin and deactivated_at is null order by id for update')
}

export async function hasRoleIn(db: Queryable, collaborationId: string, userId: string) {
  const rows = await db.query('select 1 from role_assignment where collaboration_id = $1 and user_id = $2 limit 1', [collaborationId, userId])
  return rows.length > 0
}

export async function updateProfile(tx: Queryable, id: string, fields: { name: string; locale: string }) {
  await tx.query('update app_user set name = $2, locale = $3, version = version + 1 where id = $1', [id, fields.name, fields.locale])
}

export async function unlockUser(tx: Queryable, id: string) {
  const rows = await tx.query('update app_user set failed_login_count = 0, locked_until = null where id = $1 returning id', [id])
  return rows.length === 1
}

export async function insertRoleAssignment(tx: Queryable, grant: { collaborationId: string; userId: string; role: Role; memberId: string | null }) {
  const [row] = await tx.query<{ id: string }>(
    'insert into role_assignment (collaboration_id, user_id, role, member_id) values ($1, $2, $3, $4) returning id',
    [grant.collaborationId, grant.userId, grant.role, grant.memberId],
  )
  return row!.id
}

export async function findRoleAssignment(db: Queryable, collaborationId: string, id: string) {
  const [row] = await db.query<{ id: string; userId: string; role: Role; memberId: string | null }>(
    'select id, user_id as "userId", role, member_id as "memberId" from role_assignment where collaboration_id = $1 and id = $2',
    [collaborationId, id],
  )
  return row
}

export async function countCoordinators(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ n: number }>("select count(*)::int as n from role_assignment where collaboration_id = $1 and role = 'coordinator'", [collaborationId])
  return row!.n
}

export async function deleteRoleAssignment(tx: Queryable, id: string) {
  await tx.query('delete from role_assignment where id = $1', [id])
}
