import { useInfiniteQuery, useMutation } from '@tanstack/react-query'
import { get } from '../api/client'
import type { AuditEntry, ChainVerdict } from '../api/types'

const PAGE_SIZE = 50

/** The log newest first, a page at a time ("show older" asks for entries before the last one shown). */
export function useAuditLog(collaborationId: string) {
  return useInfiniteQuery({
    queryKey: ['collaborations', collaborationId, 'audit'],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      get<AuditEntry[]>(`/api/collaborations/${collaborationId}/audit?limit=${PAGE_SIZE}${pageParam ? `&beforeId=${pageParam}` : ''}`),
    getNextPageParam: (lastPage) => (lastPage.length === PAGE_SIZE ? lastPage[lastPage.length - 1]?.id : undefined),
  })
}

export function useVerifyChain(collaborationId: string) {
  return useMutation({ mutationFn: () => get<ChainVerdict>(`/api/collaborations/${collaborationId}/audit/verify`) })
}
