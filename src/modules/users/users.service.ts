import { decide, policies } from '../../server/http/access'
import type { Ctx } from '../../server/http/context'
import { actingUserId } from '../../server/http/context'
import { AppError, fieldError, notFound } from '../../server/http/errors'
import { MEMBER_BOUND_ROLES, MEMBER_OPTIONAL_ROLES, type Role } from '../../shared/roles'
import { recordChange } from '../audit'
import { deleteOtherSessions, voidLiveTokens } from '../auth'
import { queueInvitation } from '../auth'
import { now } from '../../server/clock'
import { hashPassword, isGuessablePassword, verifyPassword } from '../auth'
import { hashToken } from '../../server/http/access-hooks'
import { findMember, membersByIds } from '../members'
import * as repo from './users.repository'
import type { AddUserBody, AssignRoleBody } from './users.schema'

export const listUsers = (ctx: Ctx, collaborationId: string) => repo.listUsersInCollaboration(ctx.db, collaborationId)

/** A role's member link must fit the role: required for a representative, not allowed for most roles. */
async function checkMemberLink(ctx: Ctx, collaborationId: string, role: Role, memberId: string | null) {
  if (MEMBER_BOUND_ROLES.includes(role) && !memberId) throw fieldError(ctx.locale, 'body.memberId', 'member_needs_member')
  if (memberId && !MEMBER_BOUND_ROLES.includes(role) && !MEMBER_OPTIONAL_ROLES.includes(role)) {
    throw fieldError(ctx.locale, 'body.memberId', 'role_without_member', { role })
  }
  if (!memberId) return null
  const member = await findMember(ctx.db, collaborationId, memberId)
  if (!member) throw fieldError(ctx.locale, 'body.memberId', 'member_not_in_collaboration')
  return member.name
}

interface Grant {
  collaborationId: string
  userId: string
  userName: string
  role: Role
  memberId: string | null
  memberName: string | null
}

async function grantRole(ctx: Ctx, tx: Parameters<typeof repo.insertRoleAssignment>[0], grant: Grant) {
  const id = await repo.insertRoleAssignment(tx, grant)
  // Names beside the ids, so the audit log reads without looking anything up.
  await recordChange(tx, ctx.actor, { collaborationId: grant.collaborationId, action: 'role.assigned', entityType: 'role_assignment', entityId: id, after: grant })
}

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').localeCompare(b.trim().replace(/\s+/g, ' '), 'sv', { sensitivity: 'accent' }) === 0

/**
 * Gives a person a role in the collaboration, creating their account first if they have none.
 * An e-mail address must not become a way to look up who works where: an account the coordinator
 * does not already share a collaboration with is given the role only when the name typed is the
 * account's own, so the answer never tells a name the coordinator did not already know.
 */
export async function addUserToCollaboration(ctx: Ctx, collaborationId: string, body: AddUserBody) {
  const memberName = await checkMemberLink(ctx, collaborationId, body.role, body.memberId)
  const existing = await repo.findUserByEmail(ctx.db, body.email)
  if (existing && !ctx.actor.user?.isAdmin && !sameName(existing.name, body.name) && !(await repo.sharesCollaboration(ctx.db, actingUserId(ctx), existing.id))) {
    throw fieldError(ctx.locale, 'body.name', 'account_other_name')
  }
  await ctx.db.transaction(async (tx) => {
    let userId = existing?.id
    if (!userId) {
      // No password typed by someone else: the person chooses their own through the invitation link.
      // The invitation goes out in the language the inviter chose for the new account (Swedish unless English).
      const locale = body.locale ?? 'sv'
      userId = await repo.insertUser(tx, { email: body.email, name: body.name, passwordHash: null, locale })
      await recordChange(tx, ctx.actor, { collaborationId, action: 'user.created', entityType: 'user', entityId: userId, after: { email: body.email, name: body.name } })
      await queueInvitation(tx, ctx, { id: userId, email: body.email, name: body.name, locale }, collaborationId)
    }
    await grantRole(ctx, tx, { collaborationId, userId, userName: existing?.name ?? body.name, role: body.role, memberId: body.memberId, memberName })
  })
  if (!existing) await ctx.deliverMail?.()
  return (await repo.listUsersInCollaboration(ctx.db, collaborationId)).find((user) => user.email.toLowerCase() === body.email.toLowerCase())!
}

/**
 * Sends a new invitation link (the old one stops working) to a person who has not yet chosen a password:
 * from a collaboration, only to someone with a role in it.
 */
export async function resendInvitation(ctx: Ctx, userId: string, collaborationId: string | null) {
  await ctx.db.transaction(async (tx) => {
    const user = await repo.findUserById(tx, userId, { forUpdate: true })
    if (!user || (collaborationId && !(await repo.hasRoleIn(tx, collaborationId, userId)))) throw notFound('user')
    if (user.deactivatedAt) throw new AppError(409, 'account_deactivated')
    if (user.passwordHash) throw new AppError(409, 'invitation_not_needed', { name: user.name })
    await queueInvitation(tx, ctx, user, collaborationId)
  })
  await ctx.deliverMail?.()
}

export async function assignRole(ctx: Ctx, collaborationId: string, body: AssignRoleBody) {
  const memberName = await checkMemberLink(ctx, collaborationId, body.role, body.memberId)
  const user = await repo.findUserById(ctx.db, body.userId)
  if (!user) throw notFound('user')
  await ctx.db.transaction((tx) => grantRole(ctx, tx, { collaborationId, userId: user.id, userName: user.name, role: body.role, memberId: body.memberId, memberName }))
  return (await repo.listUsersInCollaboration(ctx.db, collaborationId)).find((user) => user.id === body.userId)!
}

export async function removeRole(ctx: Ctx, collaborationId: string, roleAssignmentId: string) {
  await ctx.db.transaction(async (tx) => {
    const grant = await repo.findRoleAssignment(tx, collaborationId, roleAssignmentId)
    if (!grant) throw notFound('role')
    // Someone must always be able to administer the collaboration.
    if (grant.role === 'coordinator' && (await repo.countCoordinators(tx, collaborationId)) === 1) throw new AppError(409, 'last_coordinator')
    await repo.deleteRoleAssignment(tx, roleAssignmentId)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'role.removed', entityType: 'role_assignment', entityId: roleAssignmentId, before: grant })
  })
}

/** What the actor may do in the collaboration, read off the same policies that guard the routes. */
export async function listMyPermissions(ctx: Ctx, collaborationId: string) {
  const permissions = []
  const members = new Map<string, Awaited<ReturnType<typeof membersByIds>>>()
  // The members an action is limited to, by id (what the web compares) and name (what it shows).
  async function membersOf(ids: string[]) {
    if (!members.has(ids.join())) members.set(ids.join(), await membersByIds(ctx.db, ids))
    return members.get(ids.join())!
  }
  for (const [capability, policy] of policies) {
    for (const [action, access] of Object.entries(policy)) {
      if (access.scope !== 'collaboration') continue
      const decision = decide(access, ctx.actor, collaborationId)
      permissions.push({
        capability,
        action,
        allowed: decision.allowed,
        onlyForMembers: decision.allowed && decision.onlyMemberIds ? await membersOf(decision.onlyMemberIds) : null,
      })
    }
  }
  return permissions
}

export async function listAccounts(ctx: Ctx, q: string | undefined) {
  const accounts = await repo.listAccounts(ctx.db, q)
  const at = now()
  return Promise.all(
    accounts.map(async (account) => ({
      ...account,
      lockedUntil: account.lockedUntil && account.lockedUntil > at ? account.lockedUntil.toISOString() : null,
      deactivatedAt: account.deactivatedAt?.toISOString() ?? null,
      roles: await repo.listRoleDetails(ctx.db, { userId: account.id }),
    })),
  )
}

/**
 * Stops an account from signing in, at once: its sessions end and its links stop working. Its name stays
 * on everything it did, and its roles stay (shown as deactivated). Someone must remain to administer.
 */
export async function deactivateAccount(ctx: Ctx, userId: string) {
  await ctx.db.transaction(async (tx) => {
    const admins = await repo.lockActiveAdministrators(tx)
    const user = await repo.findUserById(tx, userId, { forUpdate: true })
    if (!user) throw notFound('user')
    if (user.deactivatedAt) return
    if (user.isAdmin && admins.every((admin) => admin.id === userId)) throw new AppError(409, 'last_admin')
    if (userId === actingUserId(ctx)) throw new AppError(409, 'cannot_deactivate_self')
    const at = now()
    await repo.setDeactivated(tx, userId, at)
    await deleteOtherSessions(tx, userId, null)
    await voidLiveTokens(tx, userId, at)
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'user.deactivated', entityType: 'user', entityId: userId, before: { deactivatedAt: null }, after: { deactivatedAt: at.toISOString() } })
  })
}

export async function reactivateAccount(ctx: Ctx, userId: string) {
  await ctx.db.transaction(async (tx) => {
    const user = await repo.findUserById(tx, userId, { forUpdate: true })
    if (!user) throw notFound('user')
    if (!user.deactivatedAt) return
    await repo.setDeactivated(tx, userId, null)
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'user.reactivated', entityType: 'user', entityId: userId, before: { deactivatedAt: user.deactivatedAt.toISOString() }, after: { deactivatedAt: null } })
  })
}

export async function unlockAccount(ctx: Ctx, userId: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.unlockUser(tx, userId))) throw notFound('user')
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'user.unlocked', entityType: 'user', entityId: userId })
  })
}

export async function updateMe(ctx: Ctx, body: { name?: string; locale?: 'sv' | 'en' }) {
  const userId = actingUserId(ctx)
  const user = ctx.actor.user!
  const next = { name: body.name ?? user.name, locale: body.locale ?? user.locale }
  await ctx.db.transaction(async (tx) => {
    await repo.updateProfile(tx, userId, next)
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'user.profile_updated', entityType: 'user', entityId: userId, before: { name: user.name, locale: user.locale }, after: next })
  })
}

/** Changes the password and ends every other session of the person: whoever knew the old one is signed out. */
export async function changeMyPassword(ctx: Ctx, body: { currentPassword: string; newPassword: string }, currentSessionToken: string | undefined) {
  const userId = actingUserId(ctx)
  const user = (await repo.findUserById(ctx.db, userId))!
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, body.currentPassword))) throw fieldError(ctx.locale, 'body.currentPassword', 'wrong_password')
  if (isGuessablePassword(body.newPassword, [user.email, user.name])) throw fieldError(ctx.locale, 'body.newPassword', 'password_guessable')
  const passwordHash = await hashPassword(body.newPassword)
  await ctx.db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, userId, passwordHash)
    await deleteOtherSessions(tx, userId, currentSessionToken ? hashToken(currentSessionToken) : null)
    // The hash itself is never logged, only that it changed.
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'user.password_changed', entityType: 'user', entityId: userId })
  })
}
