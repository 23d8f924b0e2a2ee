import { useSession } from '../auth/session'
import { representedMemberIds } from '../collaborations/own-members'

/** The member the signed-in user represents in this collaboration (the first, if several), or null; usable outside its pages. */
export function useOwnMemberId(collaborationId: string): string | null {
  const session = useSession()
  return representedMemberIds((session.data?.roles ?? []).filter((role) => role.collaborationId === collaborationId))[0] ?? null
}
