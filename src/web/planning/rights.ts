import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows, permissionFor } from '../collaborations/queries'
import type { RoundMember } from './types'

/** What the signed-in user may do in the collaboration's planning (the API decides again on every request). */
export function usePlanningRights() {
  const { permissions, myRoles } = useCurrentCollaboration()
  const forMember = permissionFor(permissions, 'planning', 'actForMember')
  const approval = permissionFor(permissions, 'planning', 'recordApproval')
  // A representative acts for the members it represents only; the office for any member.
  const ownMemberIds = myRoles.filter((role) => role.role === 'member_representative' && role.memberId).map((role) => role.memberId as string)
  const mayActFor = (memberId: string) => Boolean(forMember) && (!forMember?.onlyForMembers || ownMemberIds.includes(memberId))
  return {
    manageRound: allows(permissions, 'planning', 'manageRound'),
    adoptPlan: allows(permissions, 'planning', 'adoptPlan'),
    /** Acts for members at all (proposals, co-signatures, priorities). */
    actsForMembers: Boolean(forMember),
    /** Acts for every member (the office), so it picks one. */
    actsForAnyMember: Boolean(forMember) && !forMember?.onlyForMembers,
    mayActFor,
    mayApproveFor: (memberId: string) => Boolean(approval) && (!approval?.onlyForMembers || ownMemberIds.includes(memberId)),
    /** The members this user may act for, in the round's order. */
    actingMembers: (members: RoundMember[]) => members.filter((m) => mayActFor(m.memberId)),
  }
}
