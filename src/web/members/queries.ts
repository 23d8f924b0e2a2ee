import { useQuery } from '@tanstack/react-query'
import { get } from '../api/client'
import type { MemberList } from '../api/types'

export function useMembers(collaborationId: string, includeLeft = false) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'members', { includeLeft }],
    queryFn: () => get<MemberList>(`/api/collaborations/${collaborationId}/members?includeLeft=${includeLeft}`),
    placeholderData: (previous) => previous,
  })
}
