import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { RecordBodyDecisionBody, RecordMemberDecisionBody } from '../../modules/decisions/decisions.schema'
import type { DocumentVersionBody, UpdateInitiativeBody } from '../../modules/initiatives/initiatives.schema'
import type { InitiativeStatus } from '../../shared/initiatives'
import { api, upload } from '../api/client'
import type { Attachment, DecisionRecord, InitiativeDetail } from '../api/types'

export type BodyDecisionInput = z.input<typeof RecordBodyDecisionBody>
export type MemberDecisionInput = z.input<typeof RecordMemberDecisionBody>
export type DocumentVersionInput = z.input<typeof DocumentVersionBody>

const initiativeKey = (collaborationId: string, initiativeId: string) => ['collaborations', collaborationId, 'initiatives', initiativeId]

/** The unmet conditions and timeline come in the interface language, so the language is part of the key. */
export function useInitiative(collaborationId: string, initiativeId: string) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...initiativeKey(collaborationId, initiativeId), i18n.language],
    queryFn: () => api<InitiativeDetail>('GET', `/api/collaborations/${collaborationId}/initiatives/${initiativeId}`),
  })
}

/**
 * Every change to one initiative. A change answered with the detail puts it straight into the cache; the
 * lists (portfolio, member view, matrix) are read again, since phase and participants may have changed.
 */
export function useInitiativeChanges(collaborationId: string, initiativeId: string) {
  const queryClient = useQueryClient()
  const { i18n } = useTranslation()
  const base = `/api/collaborations/${collaborationId}/initiatives/${initiativeId}`
  const refresh = async (detail?: InitiativeDetail) => {
    if (detail) queryClient.setQueryData([...initiativeKey(collaborationId, initiativeId), i18n.language], detail)
    await queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId], refetchType: 'active' })
  }
  const change = <TInput>(request: (input: TInput) => Promise<InitiativeDetail>) => ({ mutationFn: request, onSuccess: refresh })
  return {
    update: useMutation(change((body: UpdateInitiativeBody) => api<InitiativeDetail>('PATCH', base, body))),
    setStatus: useMutation(change((body: { version: number; status: InitiativeStatus; reason: string }) => api<InitiativeDetail>('POST', `${base}/status`, body))),
    advance: useMutation(change((body: { version: number }) => api<InitiativeDetail>('POST', `${base}/advance`, body))),
    sendBack: useMutation(change((body: { version: number; reason: string }) => api<InitiativeDetail>('POST', `${base}/send-back`, body))),
    join: useMutation(change((memberId: string) => api<InitiativeDetail>('PUT', `${base}/participants/${memberId}`, {}))),
    withdraw: useMutation(change((memberId: string) => api<InitiativeDetail>('DELETE', `${base}/participants/${memberId}`))),
    writeDocument: useMutation(change(({ typeKey, body }: { typeKey: string; body: DocumentVersionInput }) => api<InitiativeDetail>('POST', `${base}/documents/${typeKey}/versions`, body))),
    recordBodyDecision: useMutation({ mutationFn: (body: BodyDecisionInput) => api<DecisionRecord>('POST', `${base}/decisions`, body), onSuccess: () => refresh() }),
    recordMemberDecision: useMutation({
      mutationFn: ({ memberId, body }: { memberId: string; body: MemberDecisionInput }) => api<DecisionRecord>('POST', `${base}/member-decisions/${memberId}`, body),
      onSuccess: () => refresh(),
    }),
  }
}
export type InitiativeChanges = ReturnType<typeof useInitiativeChanges>

export function useUploadAttachment(collaborationId: string) {
  return useMutation({
    mutationFn: (file: File) => upload<Attachment>(`/api/collaborations/${collaborationId}/attachments?fileName=${encodeURIComponent(file.name)}`, file),
  })
}

export const attachmentUrl = (collaborationId: string, attachmentId: string) => `/api/collaborations/${collaborationId}/attachments/${attachmentId}`
