import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { CollaborationUser } from '../api/types'
import type { Role } from '../../shared/roles'

export interface AddUserInput {
  email: string
  name: string
  password?: string
  role: Role
  memberId: string | null
}

const usersKey = (collaborationId: string) => ['collaborations', collaborationId, 'users']

export function useUsers(collaborationId: string) {
  return useQuery({ queryKey: usersKey(collaborationId), queryFn: () => get<CollaborationUser[]>(`/api/collaborations/${collaborationId}/users`) })
}

export function useAddUser(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AddUserInput) => api<CollaborationUser>('POST', `/api/collaborations/${collaborationId}/users`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey(collaborationId) }),
  })
}

export function useRemoveRole(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (roleAssignmentId: string) => api<void>('DELETE', `/api/collaborations/${collaborationId}/role-assignments/${roleAssignmentId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey(collaborationId) }),
  })
}
