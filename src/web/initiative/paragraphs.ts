import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { ParagraphCandidate as ParagraphCandidateSchema } from '../../modules/decisions/decisions.schema'
import { get } from '../api/client'

export type ParagraphCandidate = z.infer<typeof ParagraphCandidateSchema>

/** The §§ of a body's held meetings that the initiative's gate may take, newest first. */
export function useParagraphCandidates(collaborationId: string, initiativeId: string, bodyId: string) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'initiatives', initiativeId, 'paragraphs', bodyId],
    queryFn: () => get<ParagraphCandidate[]>(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}/paragraphs?bodyId=${bodyId}`),
    enabled: bodyId !== '',
  })
}
