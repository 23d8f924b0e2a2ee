import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { Session } from '../api/types'
import { applyLanguage } from '../i18n'
import { sessionKey } from './session'

/** The token of a one-time link: after `#`, so that it never reaches a server log. */
export const tokenFromHash = () => decodeURIComponent(window.location.hash.replace(/^#/, '')).trim()

export function useInvitation(token: string) {
  return useQuery({ queryKey: ['invitation', token], queryFn: () => get<{ email: string; name: string }>(`/api/invitations/${encodeURIComponent(token)}`), enabled: token !== '', retry: false })
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => api<Session>('POST', '/api/invitations/accept', body),
    onSuccess: async (session) => {
      queryClient.clear()
      queryClient.setQueryData(sessionKey, session)
      if (session.user) await applyLanguage(session.user.locale)
    },
  })
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: { email: string }) => api<void>('POST', '/api/auth/password-reset', body) })
}

export function useCompletePasswordReset() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => api<void>('POST', '/api/auth/password-reset/complete', body),
    // Every session of the person has ended, this browser's too.
    onSuccess: () => queryClient.setQueryData(sessionKey, { user: null, roles: [], mayCreateCollaboration: false } satisfies Session),
  })
}
