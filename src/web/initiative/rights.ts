import { useOwnMembers } from '../collaborations/own-members'

/** For which members the user may act: every member (the office), the members they represent, or none. */
function useMemberRights(capability: string, action: string) {
  return useOwnMembers().forAction(capability, action)
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
