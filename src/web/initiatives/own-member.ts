import { useSession } from '../auth/session'

/** The member the signed-in user represents in this collaboration (the first, if several), or null. */
export function useOwnMemberId(collaborationId: string): string | null {
  const session = useSession()
  const role = session.data?.roles.find((r) => r.collaborationId === collaborationId && r.role === 'member_representative' && r.memberId)
  return role?.memberId ?? null
}
