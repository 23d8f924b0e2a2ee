import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { allows } from '../collaborations/queries'
import type { RoundMember } from './types'

/** What the signed-in user may do in the collaboration's planning (the API decides again on every request). */
export function usePlanningRights() {
  const { permissions } = useCurrentCollaboration()
  const own = useOwnMembers()
  // A representative acts for the members it represents only; the office for any member.
  const forMember = own.forAction('planning', 'actForMember')
  const mayActFor = forMember.mayActFor
  return {
    manageRound: allows(permissions, 'planning', 'manageRound'),
    adoptPlan: allows(permissions, 'planning', 'adoptPlan'),
    /** Acts for members at all (proposals, co-signatures, priorities). */
    actsForMembers: forMember.allowed,
    /** Acts for every member (the office), so it picks one. */
    actsForAnyMember: forMember.allowed && !forMember.ownMembers,
    mayActFor,
    mayApproveFor: own.forAction('planning', 'recordApproval').mayActFor,
    /** The members this user may act for, in the round's order. */
    actingMembers: (members: RoundMember[]) => members.filter((m) => mayActFor(m.memberId)),
  }
}
