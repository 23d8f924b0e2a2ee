import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { Session } from '../api/types'
import { sessionKey } from '../auth/session'
import { applyLanguage } from '../i18n'

export interface SetupStatus {
  needed: boolean
}

export interface DemoData {
  collaborations: string[]
  records: number
  accounts: number
}

export interface DemoRemoval {
  removedCollaborations: string[]
  removedRecords: number
  removedAccounts: number
  deactivatedAccounts: { email: string; name: string }[]
}

export const setupKey = ['setup'] as const
const demoDataKey = ['admin', 'demo-data'] as const

export function useSetupStatus() {
  return useQuery({ queryKey: setupKey, queryFn: () => get<SetupStatus>('/api/setup') })
}

/** Creates the first administrator and leaves them signed in, as a login would. */
export function useCompleteSetup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { token: string; name: string; email: string; password: string }) => api<Session>('POST', '/api/setup', body),
    onSuccess: async (session) => {
      queryClient.clear()
      queryClient.setQueryData(sessionKey, session)
      if (session.user) await applyLanguage(session.user.locale)
    },
  })
}

export function useDemoData() {
  return useQuery({ queryKey: demoDataKey, queryFn: () => get<DemoData>('/api/admin/demo-data') })
}

export function useRemoveDemoData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<DemoRemoval>('DELETE', '/api/admin/demo-data'),
    // Lists everywhere (collaborations, accounts, the session's roles) change with it.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
