import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { BasisPreview, BasisVersion } from '../../modules/decision-basis/decision-basis.schema'
import { api } from '../api/client'

export type DecisionBasis = z.infer<typeof BasisPreview>
export type DecisionBasisVersion = z.infer<typeof BasisVersion>

const basePath = (collaborationId: string, initiativeId: string) => `/api/collaborations/${collaborationId}/initiatives/${initiativeId}`
const key = (collaborationId: string, initiativeId: string) => ['collaborations', collaborationId, 'initiatives', initiativeId, 'decision-basis']

const variantQuery = (memberId: string) => (memberId ? `?memberId=${encodeURIComponent(memberId)}` : '')

/** The draft as it stands (the document is in Swedish whatever the interface language), for one member's variant or the common one. */
export function useDecisionBasis(collaborationId: string, initiativeId: string, memberId: string) {
  return useQuery({
    queryKey: [...key(collaborationId, initiativeId), memberId],
    queryFn: () => api<DecisionBasis>('GET', `${basePath(collaborationId, initiativeId)}/decision-basis${variantQuery(memberId)}`),
  })
}

export function useDispatchDecisionBasis(collaborationId: string, initiativeId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<DecisionBasisVersion>('POST', `${basePath(collaborationId, initiativeId)}/decision-basis/dispatch`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId], refetchType: 'active' }),
  })
}

export const draftFileUrl = (collaborationId: string, initiativeId: string, format: 'pdf' | 'docx', memberId: string) => `${basePath(collaborationId, initiativeId)}/decision-basis.${format}${variantQuery(memberId)}`
export const versionFileUrl = (collaborationId: string, initiativeId: string, versionId: string, format: 'pdf' | 'docx', memberId: string) =>
  `${basePath(collaborationId, initiativeId)}/decision-basis/versions/${versionId}.${format}${variantQuery(memberId)}`
