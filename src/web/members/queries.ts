import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { Member, MemberList } from '../api/types'
import type { UpdateMemberBody } from '../../modules/members/members.schema'

export function useMembers(collaborationId: string, includeLeft = false) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'members', { includeLeft }],
    queryFn: () => get<MemberList>(`/api/collaborations/${collaborationId}/members?includeLeft=${includeLeft}`),
    placeholderData: (previous) => previous,
  })
}

/** Changes one member's dates or contact details; the version guards against overwriting someone else's change. */
export function useUpdateMember(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberBody }) =>
      api<Member>('PATCH', `/api/collaborations/${collaborationId}/members/${memberId}`, body),
    // Dates change the member count and population, so the collaboration's figures are refreshed too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaborations'] }),
  })
}
