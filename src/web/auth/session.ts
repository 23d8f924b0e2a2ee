import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { Session } from '../api/types'
import { applyLanguage } from '../i18n'

export const sessionKey = ['session'] as const

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: () => get<Session>('/api/auth/session'), staleTime: 60_000 })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api<Session>('POST', '/api/auth/login', body),
    onSuccess: async (session) => {
      queryClient.clear()
      queryClient.setQueryData(sessionKey, session)
      if (session.user) await applyLanguage(session.user.locale)
    },
  })
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/auth/logout'),
    onSuccess: () => {
      queryClient.clear()
      queryClient.setQueryData(sessionKey, { user: null, roles: [], mayCreateCollaboration: false } satisfies Session)
    },
  })
}
