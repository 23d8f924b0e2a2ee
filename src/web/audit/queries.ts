import { useInfiniteQuery, useMutation } from '@tanstack/react-query'
import { get } from '../api/client'
import type { AuditArea } from '../../shared/audit-areas'
import type { AuditEntry, ChainVerdict } from '../api/types'

const PAGE_SIZE = 50

/** A log newest first, a page at a time ("show older" asks for entries before the last one shown). */
function usePagedAudit(queryKey: readonly unknown[], path: string, area?: AuditArea) {
  return useInfiniteQuery({
    queryKey: [...queryKey, area ?? 'all'],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => get<AuditEntry[]>(`${path}?limit=${PAGE_SIZE}${pageParam ? `&beforeId=${pageParam}` : ''}${area ? `&area=${area}` : ''}`),
    getNextPageParam: (lastPage) => (lastPage.length === PAGE_SIZE ? lastPage[lastPage.length - 1]?.id : undefined),
  })
}

export type AuditLogQuery = ReturnType<typeof usePagedAudit>

export function useAuditLog(collaborationId: string, area?: AuditArea) {
  return usePagedAudit(['collaborations', collaborationId, 'audit'], `/api/collaborations/${collaborationId}/audit`, area)
}

/** The whole installation's log, every collaboration and the account events (administrators). */
export function useWholeAuditLog() {
  return usePagedAudit(['admin', 'audit'], '/api/audit')
}

export function useVerifyChain(collaborationId: string) {
  return useMutation({ mutationFn: () => get<ChainVerdict>(`/api/collaborations/${collaborationId}/audit/verify`) })
}
