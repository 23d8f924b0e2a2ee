import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type {
  CreateBodyBody,
  CreateDecisionKindBody,
  CreateSeatBody,
  MandatesBody,
  RaiseDisagreementBody,
  UpdateBodyBody,
  UpdateDecisionKindBody,
  UpdateSeatBody,
} from '../../modules/governance/governance.schema'
import type { AdvisorQuestion, Answer } from '../../modules/governance/legal-form-advisor'
import { api, get } from '../api/client'
import type { Advice, DecisionKind, Disagreement, Governance, GovernanceBody } from '../api/types'

export type BodyInput = z.input<typeof CreateBodyBody>
export type BodyUpdate = z.input<typeof UpdateBodyBody>
export type SeatInput = z.input<typeof CreateSeatBody>
export type SeatUpdate = z.input<typeof UpdateSeatBody>
export type DecisionKindInput = z.input<typeof CreateDecisionKindBody>
export type DecisionKindUpdate = z.input<typeof UpdateDecisionKindBody>
export type Mandates = z.input<typeof MandatesBody>
export type DisagreementInput = z.input<typeof RaiseDisagreementBody>
export type AdvisorAnswers = Partial<Record<AdvisorQuestion, Answer>>

const governanceKey = (collaborationId: string) => ['collaborations', collaborationId, 'governance']
const disagreementsKey = (collaborationId: string) => ['collaborations', collaborationId, 'disagreements']

/** The findings' messages come in the interface language, so the language is part of the key. */
export function useGovernance(collaborationId: string) {
  const { i18n } = useTranslation()
  return useQuery({ queryKey: [...governanceKey(collaborationId), i18n.language], queryFn: () => get<Governance>(`/api/collaborations/${collaborationId}/governance`) })
}

/** Every change to bodies, seats, mandates or kinds changes the paths and findings, so the whole picture is read again. */
function useGovernanceChange<TInput, TResult>(collaborationId: string, request: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: governanceKey(collaborationId) }),
  })
}

export function useGovernanceChanges(collaborationId: string) {
  const base = `/api/collaborations/${collaborationId}`
  return {
    createBody: useGovernanceChange(collaborationId, (body: BodyInput) => api<GovernanceBody>('POST', `${base}/bodies`, body)),
    updateBody: useGovernanceChange(collaborationId, ({ bodyId, body }: { bodyId: string; body: BodyUpdate }) => api<GovernanceBody>('PATCH', `${base}/bodies/${bodyId}`, body)),
    deleteBody: useGovernanceChange(collaborationId, (bodyId: string) => api<void>('DELETE', `${base}/bodies/${bodyId}`)),
    setMandates: useGovernanceChange(collaborationId, ({ bodyId, body }: { bodyId: string; body: Mandates }) => api<GovernanceBody>('PUT', `${base}/bodies/${bodyId}/mandates`, body)),
    addSeat: useGovernanceChange(collaborationId, ({ bodyId, body }: { bodyId: string; body: SeatInput }) => api<GovernanceBody>('POST', `${base}/bodies/${bodyId}/seats`, body)),
    updateSeat: useGovernanceChange(collaborationId, ({ bodyId, seatId, body }: { bodyId: string; seatId: string; body: SeatUpdate }) =>
      api<GovernanceBody>('PATCH', `${base}/bodies/${bodyId}/seats/${seatId}`, body),
    ),
    removeSeat: useGovernanceChange(collaborationId, ({ bodyId, seatId }: { bodyId: string; seatId: string }) => api<void>('DELETE', `${base}/bodies/${bodyId}/seats/${seatId}`)),
    createKind: useGovernanceChange(collaborationId, (body: DecisionKindInput) => api<DecisionKind>('POST', `${base}/decision-kinds`, body)),
    updateKind: useGovernanceChange(collaborationId, ({ kindId, body }: { kindId: string; body: DecisionKindUpdate }) => api<DecisionKind>('PATCH', `${base}/decision-kinds/${kindId}`, body)),
  }
}
export type GovernanceChanges = ReturnType<typeof useGovernanceChanges>

export function useDisagreements(collaborationId: string) {
  return useQuery({ queryKey: disagreementsKey(collaborationId), queryFn: () => get<Disagreement[]>(`/api/collaborations/${collaborationId}/disagreements`) })
}

export function useDisagreementChanges(collaborationId: string) {
  const queryClient = useQueryClient()
  const base = `/api/collaborations/${collaborationId}/disagreements`
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: disagreementsKey(collaborationId) })
  return {
    raise: useMutation({ mutationFn: (body: DisagreementInput) => api<Disagreement>('POST', base, body), onSuccess }),
    escalate: useMutation({ mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) => api<Disagreement>('POST', `${base}/${id}/escalate`, { version, reason }), onSuccess }),
    resolve: useMutation({
      mutationFn: ({ id, version, resolution }: { id: string; version: number; resolution: string }) => api<Disagreement>('POST', `${base}/${id}/resolve`, { version, resolution }),
      onSuccess,
    }),
  }
}

/** The advisor is public; the texts come back in the language of the samverka_lang cookie. */
export function useAdvice(answers: AdvisorAnswers, language: string) {
  return useQuery({
    queryKey: ['legal-form-advice', language, answers],
    queryFn: () => api<Advice>('POST', '/api/legal-form-advice', { answers }),
    placeholderData: (previous) => previous,
  })
}
