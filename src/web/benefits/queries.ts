import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, upload } from '../api/client'
import type { BenefitClass, BenefitDirection, BenefitsSummary, ImportResult, InitiativeBenefits, MemberBenefits } from './types'

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
export const initiativeBenefitsPath = (collaborationId: string, initiativeId: string) => `${base(collaborationId)}/initiatives/${initiativeId}/benefits`

const initiativeKey = (collaborationId: string, initiativeId: string) => ['collaborations', collaborationId, 'initiatives', initiativeId, 'benefits']

export function useInitiativeBenefits(collaborationId: string, initiativeId: string) {
  return useQuery({
    queryKey: initiativeKey(collaborationId, initiativeId),
    queryFn: () => api<InitiativeBenefits>('GET', initiativeBenefitsPath(collaborationId, initiativeId)),
  })
}

export function useMemberBenefits(collaborationId: string, memberId: string) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'members', memberId, 'benefits'],
    queryFn: () => api<MemberBenefits>('GET', `${base(collaborationId)}/members/${memberId}/benefits`),
    enabled: memberId !== '',
  })
}

export function useBenefitsSummary(collaborationId: string) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'benefits', 'summary'],
    queryFn: () => api<BenefitsSummary>('GET', `${base(collaborationId)}/benefits/summary`),
  })
}

export interface EffectInput {
  title: string
  description: string
}
export interface IndicatorInput {
  name: string
  unit: string
  direction: BenefitDirection
  benefitClass: BenefitClass
  measureEveryMonths: number
}
export interface MemberFiguresInput {
  baselineValue: number | null
  baselineDate: string | null
  baselineSource: string
  targetValue: number | null
  targetDate: string | null
  version?: number
}
export interface MeasurementInput {
  value: number | null
  date: string
  note: string
}

/** Every change to an initiative's benefits; each reads the benefits (and the member views that sum them) again. */
export function useBenefitChanges(collaborationId: string, initiativeId: string) {
  const queryClient = useQueryClient()
  const benefits = `${base(collaborationId)}/benefits`
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId], refetchType: 'active' })
  }
  const change = <TInput, TOutput = unknown>(request: (input: TInput) => Promise<TOutput>) => ({ mutationFn: request, onSuccess: refresh })
  return {
    addEffect: useMutation(change((body: EffectInput) => api('POST', `${initiativeBenefitsPath(collaborationId, initiativeId)}/effects`, body))),
    updateEffect: useMutation(change(({ effectId, body }: { effectId: string; body: EffectInput & { version: number } }) => api('PATCH', `${benefits}/effects/${effectId}`, body))),
    addIndicator: useMutation(change(({ effectId, body }: { effectId: string; body: IndicatorInput }) => api('POST', `${benefits}/effects/${effectId}/indicators`, body))),
    setMemberFigures: useMutation(
      change(({ indicatorId, memberId, body }: { indicatorId: string; memberId: string; body: MemberFiguresInput }) => api('PUT', `${benefits}/indicators/${indicatorId}/members/${memberId}`, body)),
    ),
    addMeasurement: useMutation(
      change(({ indicatorId, memberId, body }: { indicatorId: string; memberId: string; body: MeasurementInput }) => api('POST', `${benefits}/indicators/${indicatorId}/members/${memberId}/measurements`, body)),
    ),
    importFile: useMutation(change((file: File) => upload<ImportResult>(`${initiativeBenefitsPath(collaborationId, initiativeId)}/import?fileName=${encodeURIComponent(file.name)}`, file))),
  }
}
export type BenefitChanges = ReturnType<typeof useBenefitChanges>
