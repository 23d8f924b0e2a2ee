import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { CollaborationSummary, Permission } from '../api/types'
import type { Collaboration, UpdateCollaborationBody } from '../../modules/collaborations/collaborations.schema'

export function useCollaborations() {
  return useQuery({ queryKey: ['collaborations'], queryFn: () => get<CollaborationSummary[]>('/api/collaborations') })
}

export function useCollaboration(collaborationId: string) {
  return useQuery({ queryKey: ['collaborations', collaborationId], queryFn: () => get<Collaboration>(`/api/collaborations/${collaborationId}`) })
}

export function useUpdateCollaboration(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateCollaborationBody) => api<Collaboration>('PATCH', `/api/collaborations/${collaborationId}`, body),
    onSuccess: async () => {
      // The name and prefix also show in the switcher and on the start page (and in the session's roles).
      await queryClient.invalidateQueries({ queryKey: ['collaborations'] })
      await queryClient.invalidateQueries({ queryKey: ['session'] })
    },
  })
}

export function useMyPermissions(collaborationId: string) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'my-permissions'],
    queryFn: () => get<Permission[]>(`/api/collaborations/${collaborationId}/my-permissions`),
  })
}

/** May this user do capability.action at all? (The server decides again on every request.) */
export function allows(permissions: Permission[] | undefined, capability: string, action: string): boolean {
  return permissions?.some((p) => p.capability === capability && p.action === action && p.allowed) ?? false
}

/** The permission entry itself, to see whether it is limited to the members the user represents. */
export function permissionFor(permissions: Permission[] | undefined, capability: string, action: string): Permission | undefined {
  return permissions?.find((p) => p.capability === capability && p.action === action && p.allowed)
}
