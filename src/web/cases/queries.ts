import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { CaseList as CaseListSchema, CaseListQuery, CreateCaseBody, CreateRegisterEntryBody, RegisterList as RegisterListSchema, RegisterQuery, UpdateCaseBody, UpdateCaseSettingsBody } from '../../modules/cases/cases.schema'
import { api, get } from '../api/client'
import type { CaseDetail, CaseSettings } from '../api/types'

export type CaseFilters = { [K in Exclude<keyof z.input<typeof CaseListQuery>, 'page' | 'limit'>]?: string }
export type RegisterFilters = { [K in Exclude<keyof z.input<typeof RegisterQuery>, 'page' | 'limit'>]?: string }
export type CaseList = z.infer<typeof CaseListSchema>
export type CaseSummary = CaseList['items'][number]
export type RegisterList = z.infer<typeof RegisterListSchema>

/** Rows to a page of the cases list and the register. */
export const LIST_PAGE_SIZE = 50
export type NewCase = z.input<typeof CreateCaseBody>
export type CaseUpdate = z.input<typeof UpdateCaseBody>
export type NewRegisterEntry = z.input<typeof CreateRegisterEntryBody>
export type CaseSettingsInput = z.input<typeof UpdateCaseSettingsBody>

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
const casesKey = (collaborationId: string) => ['collaborations', collaborationId, 'cases']
const registerKey = (collaborationId: string) => ['collaborations', collaborationId, 'register']
const settingsKey = (collaborationId: string) => ['collaborations', collaborationId, 'case-settings']

/** Only the filters that are set go into the query string. */
function queryString(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** One page of cases, filtered on the server; the page shown stays until the next arrives. */
export function useCases(collaborationId: string, filters: CaseFilters, page: number) {
  return useQuery({
    queryKey: [...casesKey(collaborationId), 'list', filters, page],
    queryFn: () => get<CaseList>(`${base(collaborationId)}/cases${queryString({ ...filters, page: String(page), limit: String(LIST_PAGE_SIZE) })}`),
    placeholderData: keepPreviousData,
  })
}

export function useCase(collaborationId: string, caseId: string) {
  return useQuery({ queryKey: [...casesKey(collaborationId), caseId], queryFn: () => get<CaseDetail>(`${base(collaborationId)}/cases/${caseId}`) })
}

/** A new case changes the list and the register; a new document changes the case and the register. */
function useRefresh(collaborationId: string) {
  const queryClient = useQueryClient()
  return async (detail?: CaseDetail) => {
    if (detail) queryClient.setQueryData([...casesKey(collaborationId), detail.id], detail)
    await queryClient.invalidateQueries({ queryKey: casesKey(collaborationId) })
    await queryClient.invalidateQueries({ queryKey: registerKey(collaborationId) })
  }
}

export function useCreateCase(collaborationId: string) {
  const refresh = useRefresh(collaborationId)
  return useMutation({ mutationFn: (body: NewCase) => api<CaseDetail>('POST', `${base(collaborationId)}/cases`, body), onSuccess: refresh })
}

export function useCaseChanges(collaborationId: string, caseId: string) {
  const refresh = useRefresh(collaborationId)
  const path = `${base(collaborationId)}/cases/${caseId}`
  return {
    update: useMutation({ mutationFn: (body: CaseUpdate) => api<CaseDetail>('PATCH', path, body), onSuccess: refresh }),
    addEntry: useMutation({ mutationFn: (body: NewRegisterEntry) => api<CaseDetail>('POST', `${path}/entries`, body), onSuccess: refresh }),
  }
}
export type CaseChanges = ReturnType<typeof useCaseChanges>

/** One page of the register, filtered on the server. */
export function useRegister(collaborationId: string, filters: RegisterFilters, page: number) {
  return useQuery({
    queryKey: [...registerKey(collaborationId), filters, page],
    queryFn: () => get<RegisterList>(`${base(collaborationId)}/register${queryString({ ...filters, page: String(page), limit: String(LIST_PAGE_SIZE) })}`),
    placeholderData: keepPreviousData,
  })
}

export function useCaseSettings(collaborationId: string) {
  return useQuery({ queryKey: settingsKey(collaborationId), queryFn: () => get<CaseSettings>(`${base(collaborationId)}/case-settings`) })
}

export function useUpdateCaseSettings(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CaseSettingsInput) => api<CaseSettings>('PUT', `${base(collaborationId)}/case-settings`, body),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey(collaborationId), settings),
  })
}

/** The initiatives a case may belong to, for the picker. */
export function useInitiativeChoices(collaborationId: string) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'initiatives', 'choices'],
    queryFn: () => get<{ id: string; title: string }[]>(`${base(collaborationId)}/initiatives/titles`),
  })
}
