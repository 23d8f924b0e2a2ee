import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { Account, CollaborationUser } from '../api/types'
import type { MySession as MySessionSchema } from '../../modules/auth/auth.schema'
import type { z } from 'zod'
import { sessionKey } from '../auth/session'
import type { Role } from '../../shared/roles'
import { applyLanguage, type Language } from '../i18n'

export interface AddUserInput {
  email: string
  name: string
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

/** Every account, searched by name or e-mail (administrators). */
export function useAccounts(q: string) {
  return useQuery({
    queryKey: ['admin', 'accounts', q],
    queryFn: () => get<Account[]>(`/api/users${q ? `?q=${encodeURIComponent(q)}` : ''}`),
    placeholderData: (previous) => previous,
  })
}

export function useUnlockAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => api<void>('POST', `/api/users/${userId}/unlock`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] }),
  })
}

export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { name?: string; locale?: Language }) => api<void>('PATCH', '/api/me', body),
    onSuccess: async (_nothing, body) => {
      if (body.locale) await applyLanguage(body.locale)
      await queryClient.invalidateQueries({ queryKey: ['session'] })
    },
  })
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: { currentPassword: string; newPassword: string }) => api<void>('POST', '/api/me/password', body) })
}

/** An administrator's change to an account: deactivate, reactivate or send a new invitation. */
export function useAccountAction(action: 'deactivate' | 'reactivate' | 'invitation') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => api<void>('POST', `/api/users/${userId}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'accounts'] }),
  })
}

/** A coordinator's new invitation link for someone invited to the collaboration. */
export function useResendInvitation(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => api<void>('POST', `/api/collaborations/${collaborationId}/users/${userId}/invitation`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey(collaborationId) }),
  })
}

export type MySession = z.infer<typeof MySessionSchema>
const mySessionsKey = ['me', 'sessions']

export function useMySessions() {
  return useQuery({ queryKey: mySessionsKey, queryFn: () => get<MySession[]>('/api/me/sessions') })
}

export function useEndSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (sessionId: string) => api<void>('DELETE', `/api/me/sessions/${sessionId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsKey }),
  })
}

/** "Logga ut överallt": this browser is signed out too. */
export function useEndAllSessions() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/me/sessions/end-all'),
    onSuccess: () => {
      queryClient.clear()
      queryClient.setQueryData(sessionKey, { user: null, roles: [], mayCreateCollaboration: false })
    },
  })
}
