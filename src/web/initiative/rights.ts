import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { permissionFor } from '../collaborations/queries'

/** For which members the user may act: every member (the office), the members they represent, or none. */
function useMemberRights(capability: string, action: string) {
  const { permissions, myRoles } = useCurrentCollaboration()
  const permission = permissionFor(permissions, capability, action)
  // The permission names the members (by name) the user represents; the roles carry their ids.
  const only = permission?.onlyForMembers ?? null
  const own = myRoles.filter((r) => r.memberId && (only?.includes(r.memberName ?? '') || only?.includes(r.memberId))).map((r) => ({ id: r.memberId as string, name: r.memberName ?? '' }))
  const ownMembers = own.filter((m, i) => own.findIndex((o) => o.id === m.id) === i)
  return {
    allowed: Boolean(permission),
    /** Null: any member of the collaboration. */
    ownMembers: permission && only ? ownMembers : null,
    mayActFor: (memberId: string) => Boolean(permission) && (!only || ownMembers.some((m) => m.id === memberId)),
  }
}

export function useParticipationRights() {
  const rights = useMemberRights('initiatives', 'participate')
  return { mayParticipate: rights.allowed, ownMembers: rights.ownMembers, mayParticipateFor: rights.mayActFor }
}
export type ParticipationRights = ReturnType<typeof useParticipationRights>

export function useMemberDecisionRights() {
  const rights = useMemberRights('decisions', 'recordMemberDecision')
  return { mayRecord: rights.allowed, ownMembers: rights.ownMembers, mayRecordFor: rights.mayActFor }
}
