import type { Role } from '../../shared/roles'
import { ROLES } from '../../shared/roles'

/**
 * Who may call a route. Every route declares one of these (from its capability's policy file) and
 * the access hook in `auth.plugin.ts` enforces it; a route without one stops the server at start.
 */
export type Access =
  | { scope: 'public' }
  | { scope: 'signed_in' }
  | { scope: 'admin' }
  | {
      scope: 'collaboration'
      roles: readonly Role[]
      /** A member representative may use the route only for the member in the `:memberId` parameter it represents. */
      ownMemberOnly?: boolean
      /** Anyone, signed in or not, may read when the collaboration's records are public (offentlighetsprincipen). */
      publicRead?: boolean
    }

export const everyRole: readonly Role[] = ROLES

export type Policy = Record<string, Access>

/** Every capability's policy, by capability name: read by the permissions page and the matrix test. */
export const policies = new Map<string, Policy>()

export function definePolicy<P extends Policy>(capability: string, policy: P): P {
  policies.set(capability, policy)
  return policy
}

export interface RoleGrant {
  collaborationId: string
  role: Role
  memberId: string | null
}

export interface Actor {
  user: { id: string; name: string; email: string; isAdmin: boolean; locale: 'sv' | 'en' } | null
  grants: RoleGrant[]
}

export type Decision = { allowed: true; onlyMemberIds: string[] | null } | { allowed: false; reason: 'unauthenticated' | 'forbidden' }

/**
 * Decides whether `actor` may use a route guarded by `access` in `collaborationId`. When the actor
 * qualifies only as a member representative of an `ownMemberOnly` route, the members it may act for
 * are returned, and the caller checks the route's member against them.
 */
export function decide(access: Access, actor: Actor, collaborationId?: string, recordsPublic = false): Decision {
  if (access.scope === 'public') return { allowed: true, onlyMemberIds: null }
  if (access.scope === 'collaboration' && access.publicRead && recordsPublic) return { allowed: true, onlyMemberIds: null }
  if (!actor.user) return { allowed: false, reason: 'unauthenticated' }
  if (access.scope === 'signed_in') return { allowed: true, onlyMemberIds: null }
  if (access.scope === 'admin') return actor.user.isAdmin ? { allowed: true, onlyMemberIds: null } : { allowed: false, reason: 'forbidden' }

  const qualifying = actor.grants.filter((grant) => grant.collaborationId === collaborationId && access.roles.includes(grant.role))
  if (qualifying.length === 0) return { allowed: false, reason: 'forbidden' }
  if (!access.ownMemberOnly) return { allowed: true, onlyMemberIds: null }
  return { allowed: true, onlyMemberIds: actingMembers(actor, collaborationId ?? '', access.roles) }
}

/** The members whose representative the actor is in the collaboration (whatever else it may be there). */
export function representedMembers(actor: Actor, collaborationId: string): string[] {
  return memberIdsOf(actor.grants.filter((grant) => grant.collaborationId === collaborationId && grant.role === 'member_representative'))
}

/**
 * "Acts only for its own member", in one place: which members the actor may act for in the collaboration when
 * it acts there with one of `roles`. Null when it acts for the whole collaboration (it holds one of those roles
 * other than member representative, or is an administrator); otherwise the members it represents. The route guard (`ownMemberOnly`),
 * the use cases (with their route's roles) and the permissions answer the web reads all ask this.
 */
export function actingMembers(actor: Actor, collaborationId: string, roles: readonly Role[] = everyRole): string[] | null {
  // An administrator is held to no member (the demo seed acts as one); the route guard still asks for a role.
  if (actor.user?.isAdmin) return null
  const qualifying = actor.grants.filter((grant) => grant.collaborationId === collaborationId && roles.includes(grant.role))
  if (qualifying.some((grant) => grant.role !== 'member_representative')) return null
  return memberIdsOf(qualifying)
}

const memberIdsOf = (grants: RoleGrant[]) => [...new Set(grants.map((grant) => grant.memberId).filter((id): id is string => Boolean(id)))]
