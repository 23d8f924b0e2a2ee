import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { CreateInitiativeBody, InitiativeListQuery } from '../../modules/initiatives/initiatives.schema'
import { api, get } from '../api/client'
import type { InitiativeDetail, InitiativeList, MemberDecisionMatrix, MemberInitiatives, Processes } from '../api/types'

export type InitiativeFilters = { [K in keyof InitiativeListQuery]?: string }
export type NewInitiative = z.input<typeof CreateInitiativeBody>

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
const initiativesKey = (collaborationId: string) => ['collaborations', collaborationId, 'initiatives']

/** Only the filters that are set go into the query string. */
function queryString(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** How many initiatives a page of the portfolio and of the member view shows; the matrix shows fewer columns. */
export const PAGE_SIZE = 50
export const MATRIX_PAGE_SIZE = 10

/** Phase and process names come in the reader's language, so the language is part of every key. */
export function useInitiatives(collaborationId: string, filters: InitiativeFilters, page: number) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...initiativesKey(collaborationId), 'list', filters, page, i18n.language],
    queryFn: () => get<InitiativeList>(`${base(collaborationId)}/initiatives${queryString({ ...filters, page: String(page), limit: String(PAGE_SIZE) })}`),
    // Keep the board on screen while a new filter loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  })
}

export function useCreateInitiative(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewInitiative) => api<InitiativeDetail>('POST', `${base(collaborationId)}/initiatives`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKey(collaborationId) }),
  })
}

export function useMemberInitiatives(collaborationId: string, memberId: string, page: number) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...initiativesKey(collaborationId), 'member', memberId, page, i18n.language],
    queryFn: () => get<MemberInitiatives>(`${base(collaborationId)}/members/${memberId}/initiatives${queryString({ page: String(page), limit: String(PAGE_SIZE) })}`),
    placeholderData: keepPreviousData,
  })
}

export function useMemberDecisionMatrix(collaborationId: string, page: number) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...initiativesKey(collaborationId), 'member-decisions', page, i18n.language],
    queryFn: () => get<MemberDecisionMatrix>(`${base(collaborationId)}/member-decisions${queryString({ page: String(page), limit: String(MATRIX_PAGE_SIZE) })}`),
    placeholderData: keepPreviousData,
  })
}

export function useProcesses(collaborationId: string) {
  return useQuery({ queryKey: ['collaborations', collaborationId, 'processes'], queryFn: () => get<Processes>(`${base(collaborationId)}/processes`) })
}
