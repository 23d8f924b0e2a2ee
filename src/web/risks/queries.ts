import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { CreateRiskBody, InitiativeRisks, ReviewRiskBody, Risk, RiskList, RiskMatrix, RiskSettings } from '../../modules/risks/risks.schema'
import { api, get } from '../api/client'

export type RiskData = z.infer<typeof Risk>
export type InitiativeRisksData = z.infer<typeof InitiativeRisks>
export type RiskMatrixData = z.infer<typeof RiskMatrix>
export type RiskListData = z.infer<typeof RiskList>
export type RiskSettingsData = z.infer<typeof RiskSettings>
export type RiskInput = z.input<typeof CreateRiskBody>
export type ReviewInput = z.input<typeof ReviewRiskBody>

const key = (collaborationId: string) => ['collaborations', collaborationId, 'risks']

export function useInitiativeRisks(collaborationId: string, initiativeId: string) {
  return useQuery({ queryKey: [...key(collaborationId), 'initiative', initiativeId], queryFn: () => get<InitiativeRisksData>(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}/risks`) })
}

export function useInitiativeMatrix(collaborationId: string, initiativeId: string) {
  return useQuery({ queryKey: [...key(collaborationId), 'initiative', initiativeId, 'matrix'], queryFn: () => get<RiskMatrixData>(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}/risks/matrix`) })
}

export interface PortfolioFilter {
  level?: string
  initiativeId?: string
  memberId?: string
  overdue?: boolean
}

const queryString = (filter: PortfolioFilter, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams(extra)
  if (filter.level) params.set('level', filter.level)
  if (filter.initiativeId) params.set('initiativeId', filter.initiativeId)
  if (filter.memberId) params.set('memberId', filter.memberId)
  return params
}

export function usePortfolioMatrix(collaborationId: string, filter: PortfolioFilter) {
  return useQuery({
    queryKey: [...key(collaborationId), 'portfolio', 'matrix', filter],
    queryFn: () => get<RiskMatrixData>(`/api/collaborations/${collaborationId}/risks/matrix?${queryString(filter)}`),
    placeholderData: keepPreviousData,
  })
}

export function usePortfolioRisks(collaborationId: string, filter: PortfolioFilter, page: number) {
  const params = queryString(filter, { page: String(page), limit: '25' })
  if (filter.overdue) params.set('overdue', 'true')
  return useQuery({ queryKey: [...key(collaborationId), 'portfolio', 'list', filter, page], queryFn: () => get<RiskListData>(`/api/collaborations/${collaborationId}/risks?${params}`), placeholderData: keepPreviousData })
}

/** Every change to an initiative's risks; the register, the matrices and Att göra are read again after it. */
export function useRiskChanges(collaborationId: string, initiativeId: string) {
  const queryClient = useQueryClient()
  const base = `/api/collaborations/${collaborationId}/initiatives/${initiativeId}/risks`
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: key(collaborationId) })
    await queryClient.invalidateQueries({ queryKey: ['me'] })
  }
  return {
    create: useMutation({ mutationFn: (body: RiskInput) => api<RiskData>('POST', base, body), onSuccess }),
    update: useMutation({ mutationFn: ({ riskId, body }: { riskId: string; body: RiskInput & { version: number } }) => api<RiskData>('PATCH', `${base}/${riskId}`, body), onSuccess }),
    review: useMutation({ mutationFn: ({ riskId, body }: { riskId: string; body: ReviewInput }) => api<RiskData>('POST', `${base}/${riskId}/review`, body), onSuccess }),
    close: useMutation({ mutationFn: ({ riskId, body }: { riskId: string; body: { version: number; reason: string } }) => api<RiskData>('POST', `${base}/${riskId}/close`, body), onSuccess }),
  }
}
export type RiskChanges = ReturnType<typeof useRiskChanges>

export function useRiskSettings(collaborationId: string) {
  return useQuery({ queryKey: [...key(collaborationId), 'settings'], queryFn: () => get<RiskSettingsData>(`/api/collaborations/${collaborationId}/risk-settings`) })
}

export function useSaveRiskSettings(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { version: number; threshold: number }) => api<RiskSettingsData>('PUT', `/api/collaborations/${collaborationId}/risk-settings`, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...key(collaborationId), 'settings'], saved)
      await queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId] })
    },
  })
}
