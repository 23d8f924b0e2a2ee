import { useQuery } from '@tanstack/react-query'
import { get } from '../api/client'
import type { CollaborationSummary, Permission } from '../api/types'
import type { Collaboration } from '../../modules/collaborations/collaborations.schema'

export function useCollaborations() {
  return useQuery({ queryKey: ['collaborations'], queryFn: () => get<CollaborationSummary[]>('/api/collaborations') })
}

export function useCollaboration(collaborationId: string) {
  return useQuery({ queryKey: ['collaborations', collaborationId], queryFn: () => get<Collaboration>(`/api/collaborations/${collaborationId}`) })
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
