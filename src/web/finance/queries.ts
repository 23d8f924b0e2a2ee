import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, get } from '../api/client'
import type { Meeting } from '../meetings/types'
import type {
  ActualCost,
  BudgetAdoption,
  BudgetDetail,
  BudgetPatch,
  BudgetReopening,
  BudgetSummary,
  CostKey,
  CostKeyDetail,
  CostKeyRevision,
  CostLine,
  FinanceOverview,
  Funding,
  FundingPatch,
  HourlyRate,
  IndexValue,
  InKind,
  InvoiceBasis,
  LateJoiner,
  NewActualCost,
  NewBudget,
  NewCostKey,
  NewCostLine,
  NewFunding,
  NewHourlyRate,
  NewInKind,
  NewUsage,
  Period,
  Usage,
} from './types'

export const financeBase = (collaborationId: string) => `/api/collaborations/${collaborationId}/finance`
const financeKey = (collaborationId: string) => ['collaborations', collaborationId, 'finance']

/** "?year=2026&quarter=2", or "?year=2026" for the whole year. */
export function periodQuery(period: Period): string {
  return period.quarter ? `?year=${period.year}&quarter=${period.quarter}` : `?year=${period.year}`
}

/** The overview's and the bases' texts (formulas, period labels) come in the reader's language, so it is part of their keys. */
export function useFinanceOverview(collaborationId: string, period: Period) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...financeKey(collaborationId), 'overview', period, i18n.language],
    queryFn: () => get<FinanceOverview>(`${financeBase(collaborationId)}/overview${periodQuery(period)}`),
    placeholderData: keepPreviousData,
  })
}

export function useInvoiceBasis(collaborationId: string, memberId: string, period: Period) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...financeKey(collaborationId), 'invoice-basis', memberId, period, i18n.language],
    queryFn: () => get<InvoiceBasis>(`${financeBase(collaborationId)}/invoice-basis/${memberId}${periodQuery(period)}`),
    placeholderData: keepPreviousData,
  })
}

/** Every version of every key, newest first. */
export function useCostKeys(collaborationId: string) {
  return useQuery({ queryKey: [...financeKey(collaborationId), 'cost-keys'], queryFn: () => get<CostKey[]>(`${financeBase(collaborationId)}/cost-keys`) })
}

export function useCostKey(collaborationId: string, costKeyId: string, year: number | undefined) {
  return useQuery({
    queryKey: [...financeKey(collaborationId), 'cost-keys', costKeyId, year],
    queryFn: () => get<CostKeyDetail>(`${financeBase(collaborationId)}/cost-keys/${costKeyId}${year ? `?year=${year}` : ''}`),
    placeholderData: keepPreviousData,
  })
}

export function useBudgets(collaborationId: string, year: number) {
  return useQuery({
    queryKey: [...financeKey(collaborationId), 'budgets', 'list', year],
    queryFn: () => get<BudgetSummary[]>(`${financeBase(collaborationId)}/budgets?year=${year}`),
    placeholderData: keepPreviousData,
  })
}

export function useBudget(collaborationId: string, budgetId: string) {
  return useQuery({ queryKey: [...financeKey(collaborationId), 'budgets', budgetId], queryFn: () => get<BudgetDetail>(`${financeBase(collaborationId)}/budgets/${budgetId}`) })
}

/** Reloads all finance data, e.g. after a conflict shows that someone else has changed it. */
export function useRefreshFinance(collaborationId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: financeKey(collaborationId) })
}

/** Any change to keys, usage or budgets can change every member's basis, so all finance data is refreshed. */
function useFinanceMutation<Body, Result>(collaborationId: string, send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: financeKey(collaborationId) }) })
}

export function useCreateCostKey(collaborationId: string) {
  return useFinanceMutation(collaborationId, (body: NewCostKey) => api<CostKey>('POST', `${financeBase(collaborationId)}/cost-keys`, body))
}

/** A new version of a key; `basedOnVersion` is the newest version read, so a version made meanwhile is a 409. */
export function useReviseCostKey(collaborationId: string, costKeyId: string) {
  return useFinanceMutation(collaborationId, (body: CostKeyRevision) => api<CostKey>('POST', `${financeBase(collaborationId)}/cost-keys/${costKeyId}/versions`, body))
}

export function useSetUsage(collaborationId: string) {
  return useFinanceMutation(collaborationId, ({ memberId, body }: { memberId: string; body: NewUsage }) => api<Usage>('PUT', `${financeBase(collaborationId)}/usage/${memberId}`, body))
}

export function useIndexValues(collaborationId: string) {
  return useQuery({ queryKey: [...financeKey(collaborationId), 'index-values'], queryFn: () => get<IndexValue[]>(`${financeBase(collaborationId)}/index-values`) })
}

export function useSetIndexValue(collaborationId: string) {
  return useFinanceMutation(collaborationId, ({ series, year, value }: IndexValue) =>
    api<IndexValue>('PUT', `${financeBase(collaborationId)}/index-values/${encodeURIComponent(series)}/${year}`, { value }),
  )
}

/** Every agreed hourly rate, newest year first. */
export function useHourlyRates(collaborationId: string) {
  return useQuery({ queryKey: [...financeKey(collaborationId), 'hourly-rates'], queryFn: () => get<HourlyRate[]>(`${financeBase(collaborationId)}/hourly-rates`) })
}

export function useAddHourlyRate(collaborationId: string) {
  return useFinanceMutation(collaborationId, (body: NewHourlyRate) => api<HourlyRate>('POST', `${financeBase(collaborationId)}/hourly-rates`, body))
}

/** Members that joined an initiative late: their buy-in and the credits to those that paid before. */
export function useLateJoiners(collaborationId: string) {
  return useQuery({ queryKey: [...financeKey(collaborationId), 'late-joiners'], queryFn: () => get<LateJoiner[]>(`${financeBase(collaborationId)}/late-joiners`) })
}

export function useCreateBudget(collaborationId: string) {
  return useFinanceMutation(collaborationId, (body: NewBudget) => api<BudgetDetail>('POST', `${financeBase(collaborationId)}/budgets`, body))
}

/** A held meeting's agenda, for choosing the § that adopted a budget; nothing is fetched until a meeting is chosen. */
export function useMeetingForAdoption(collaborationId: string, meetingId: string) {
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'meetings', meetingId],
    queryFn: () => get<Meeting>(`/api/collaborations/${collaborationId}/meetings/${meetingId}`),
    enabled: Boolean(meetingId),
  })
}

export function useBudgetChanges(collaborationId: string, budgetId: string) {
  const path = `${financeBase(collaborationId)}/budgets/${budgetId}`
  return {
    update: useFinanceMutation(collaborationId, (body: BudgetPatch) => api<BudgetDetail>('PATCH', path, body)),
    adopt: useFinanceMutation(collaborationId, (body: BudgetAdoption) => api<BudgetDetail>('POST', `${path}/adoption`, body)),
    reopen: useFinanceMutation(collaborationId, (body: BudgetReopening) => api<BudgetDetail>('POST', `${path}/reopening`, body)),
    addLine: useFinanceMutation(collaborationId, (body: NewCostLine) => api<CostLine>('POST', `${path}/lines`, body)),
    recordActual: useFinanceMutation(collaborationId, ({ lineId, body }: { lineId: string; body: NewActualCost }) => api<ActualCost>('POST', `${path}/lines/${lineId}/actuals`, body)),
    addFunding: useFinanceMutation(collaborationId, (body: NewFunding) => api<Funding>('POST', `${path}/funding`, body)),
    recordInKind: useFinanceMutation(collaborationId, ({ memberId, body }: { memberId: string; body: NewInKind }) => api<InKind>('POST', `${path}/in-kind/${memberId}`, body)),
    removeInKind: useFinanceMutation(collaborationId, (row: { id: string; memberId: string }) => api<null>('DELETE', `${path}/in-kind/${row.memberId}/${row.id}`)),
    decideFunding: useFinanceMutation(collaborationId, ({ fundingId, body }: { fundingId: string; body: FundingPatch }) => api<Funding>('PATCH', `${path}/funding/${fundingId}`, body)),
  }
}
export type BudgetChanges = ReturnType<typeof useBudgetChanges>
