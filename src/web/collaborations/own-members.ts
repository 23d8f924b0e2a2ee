import type { SessionRole } from '../api/types'
import { useCurrentCollaboration } from './CollaborationContext'
import { permissionFor } from './queries'

/** The ids of the members the user represents among these roles (of one collaboration), in the roles' order. */
export const representedMemberIds = (roles: readonly SessionRole[]): string[] => [
  ...new Set(roles.filter((role) => role.role === 'member_representative' && role.memberId).map((role) => role.memberId as string)),
]

/**
 * "Acts only for its own member" in the web, always by member id (never by name): the members the user
 * represents (from its roles), and for an action whether it acts for any member or only for the members the
 * permissions answer lists. The server decides again on every request.
 */
export function useOwnMembers() {
  const { permissions, myRoles } = useCurrentCollaboration()
  const represented = representedMemberIds(myRoles)
  return {
    /** The ids of the members the user represents. */
    represented,
    represents: (memberId: string) => represented.includes(memberId),
    /** What the user may do as capability.action, and for which members. */
    forAction(capability: string, action: string) {
      const permission = permissionFor(permissions, capability, action)
      const only = permission?.onlyForMembers ?? null
      return {
        allowed: Boolean(permission),
        /** The members the action is limited to; null when allowed for any member (or not allowed at all). */
        ownMembers: permission && only ? only : null,
        mayActFor: (memberId: string) => Boolean(permission) && (!only || only.some((member) => member.id === memberId)),
      }
    },
  }
}
