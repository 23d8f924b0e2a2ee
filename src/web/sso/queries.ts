import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'

export interface LoginOptions {
  providers: { id: string; name: string }[]
  passwordLogin: boolean
}

export interface IdentityProvider {
  id: string
  name: string
  issuer: string
  clientId: string
  emailClaim: string
  nameClaim: string
  trustEmail: boolean
  enabled: boolean
  memberId: string | null
  memberName: string | null
  collaborationName: string | null
  redirectUri: string
  version: number
}

export interface ProviderInput {
  name: string
  issuer: string
  clientId: string
  /** Required for a new provider; left out of a change, the saved secret stays. */
  clientSecret?: string
  emailClaim: string
  nameClaim: string
  trustEmail: boolean
  enabled: boolean
  memberId: string | null
}

export const useLoginOptions = () => useQuery({ queryKey: ['auth', 'providers'], queryFn: () => get<LoginOptions>('/api/auth/providers') })

const providersKey = ['admin', 'identity-providers']

export const useIdentityProviders = () => useQuery({ queryKey: providersKey, queryFn: () => get<IdentityProvider[]>('/api/identity-providers') })

export const useMemberChoices = () =>
  useQuery({ queryKey: ['admin', 'identity-providers', 'members'], queryFn: () => get<{ id: string; name: string; collaborationName: string }[]>('/api/identity-providers/member-choices') })

export function useSaveProvider() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: ProviderInput }) =>
      id ? api<IdentityProvider>('PUT', `/api/identity-providers/${id}`, { ...body, version }) : api<IdentityProvider>('POST', '/api/identity-providers', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersKey }),
  })
}

export function useDeleteProvider() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/api/identity-providers/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersKey }),
  })
}
