import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { CopyProcessBody, ReviseProcessBody } from '../../modules/processes/processes.schema'
import { api, get } from '../api/client'
import type { ProcessModel, Processes } from '../api/types'

export type CopyProcessInput = z.input<typeof CopyProcessBody>

const processesKey = (collaborationId: string) => ['collaborations', collaborationId, 'processes']

export function useProcesses(collaborationId: string) {
  return useQuery({ queryKey: processesKey(collaborationId), queryFn: () => get<Processes>(`/api/collaborations/${collaborationId}/processes`) })
}

export function useProcessChanges(collaborationId: string) {
  const queryClient = useQueryClient()
  const base = `/api/collaborations/${collaborationId}/processes`
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: processesKey(collaborationId) })
  return {
    copy: useMutation({ mutationFn: (body: CopyProcessInput) => api<ProcessModel>('POST', base, body), onSuccess }),
    revise: useMutation({ mutationFn: ({ modelId, body }: { modelId: string; body: ReviseProcessBody }) => api<ProcessModel>('POST', `${base}/${modelId}/versions`, body), onSuccess }),
  }
}
export type ProcessChanges = ReturnType<typeof useProcessChanges>
