import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, get } from '../api/client'
import type {
  Ballot,
  BankEntry,
  MemberInputPage,
  Method,
  NewAdoption,
  NewApproval,
  NewBallot,
  NewProposal,
  NewRound,
  NewScreening,
  Notification,
  Plan,
  Proposal,
  Results,
  RoundDetail,
  RoundSummary,
  SimilarProposal,
  StageKey,
  Weighting,
} from './types'

export const planningBase = (collaborationId: string) => `/api/collaborations/${collaborationId}/planning`
export const roundPath = (collaborationId: string, roundId: string) => `${planningBase(collaborationId)}/rounds/${roundId}`
const planningKey = (collaborationId: string) => ['collaborations', collaborationId, 'planning']
const notificationsKey = ['notifications']

export function useRounds(collaborationId: string) {
  return useQuery({ queryKey: [...planningKey(collaborationId), 'rounds'], queryFn: () => get<RoundSummary[]>(`${planningBase(collaborationId)}/rounds`) })
}

export function useRound(collaborationId: string, roundId: string) {
  return useQuery({ queryKey: [...planningKey(collaborationId), 'rounds', roundId], queryFn: () => get<RoundDetail>(roundPath(collaborationId, roundId)) })
}

/** A member's own priorities (others' only after the close: the API refuses them before). */
export function useBallot(collaborationId: string, roundId: string, memberId: string) {
  return useQuery({
    queryKey: [...planningKey(collaborationId), 'rounds', roundId, 'priorities', memberId],
    queryFn: () => get<Ballot | null>(`${roundPath(collaborationId, roundId)}/priorities/${memberId}`),
    enabled: memberId !== '',
  })
}

/** The result by the round's own method, or by another for comparison; the method text comes in the reader's language. */
export function useResults(collaborationId: string, roundId: string, view: { method?: Method; weighting?: Weighting }, enabled: boolean) {
  const { i18n } = useTranslation()
  const params = new URLSearchParams()
  if (view.method) params.set('method', view.method)
  if (view.weighting) params.set('weighting', view.weighting)
  const query = params.size > 0 ? `?${params}` : ''
  return useQuery({
    queryKey: [...planningKey(collaborationId), 'rounds', roundId, 'results', view, i18n.language],
    queryFn: () => get<Results>(`${roundPath(collaborationId, roundId)}/results${query}`),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** A page of the members' priorities, with what each gave each proposal in the same view as the results. */
export function useMemberInputs(collaborationId: string, roundId: string, view: { method?: Method; weighting?: Weighting }, page: number, limit: number) {
  const params = new URLSearchParams({ page: String(page), limit: String(limit) })
  if (view.method) params.set('method', view.method)
  if (view.weighting) params.set('weighting', view.weighting)
  return useQuery({
    queryKey: [...planningKey(collaborationId), 'rounds', roundId, 'results', 'members', view, page, limit],
    queryFn: () => get<MemberInputPage>(`${roundPath(collaborationId, roundId)}/results/members?${params}`),
    placeholderData: keepPreviousData,
  })
}

export function usePlan(collaborationId: string, roundId: string) {
  return useQuery({ queryKey: [...planningKey(collaborationId), 'rounds', roundId, 'plan'], queryFn: () => get<Plan>(`${roundPath(collaborationId, roundId)}/plan`) })
}

export function useProjectBank(collaborationId: string) {
  return useQuery({ queryKey: [...planningKey(collaborationId), 'project-bank'], queryFn: () => get<BankEntry[]>(`${planningBase(collaborationId)}/project-bank`) })
}

/** Earlier proposals with words like the text, for the fourth screening question. */
export function useSimilarProposals(collaborationId: string, text: string) {
  return useQuery({
    queryKey: [...planningKey(collaborationId), 'similar', text],
    queryFn: () => get<SimilarProposal[]>(`${planningBase(collaborationId)}/similar-proposals?q=${encodeURIComponent(text)}`),
    enabled: text.length >= 3,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
}

/** A change to a round can change its stage, its lists and the notifications, so all of them are refreshed. */
function usePlanningMutation<Body, Result>(collaborationId: string, send: (body: Body) => Promise<Result>, alsoRefresh: string[][] = []) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([planningKey(collaborationId), notificationsKey, ...alsoRefresh].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

export function useCreateRound(collaborationId: string) {
  return usePlanningMutation(collaborationId, (body: NewRound) => api<RoundDetail>('POST', `${planningBase(collaborationId)}/rounds`, body))
}

export function useRoundChanges(collaborationId: string, roundId: string) {
  const path = roundPath(collaborationId, roundId)
  return {
    moveStage: usePlanningMutation(collaborationId, (body: { version: number; stage: StageKey }) => api<RoundDetail>('POST', `${path}/stage`, body)),
    submitProposal: usePlanningMutation(collaborationId, ({ memberId, body }: { memberId: string; body: NewProposal }) => api<Proposal>('POST', `${path}/members/${memberId}/proposals`, body)),
    cosign: usePlanningMutation(collaborationId, ({ proposalId, memberId, sign }: { proposalId: string; memberId: string; sign: boolean }) =>
      api<Proposal>(sign ? 'PUT' : 'DELETE', `${path}/proposals/${proposalId}/cosigners/${memberId}`),
    ),
    screen: usePlanningMutation(collaborationId, ({ proposalId, body }: { proposalId: string; body: NewScreening }) => api<Proposal>('POST', `${path}/proposals/${proposalId}/screening`, body)),
    submitBallot: usePlanningMutation(collaborationId, ({ memberId, body }: { memberId: string; body: NewBallot }) => api<Ballot>('PUT', `${path}/priorities/${memberId}`, body)),
    // Adoption turns the funded proposals into initiatives (and budgets), so those lists are refreshed too.
    adoptPlan: usePlanningMutation(collaborationId, (body: NewAdoption) => api<Plan>('POST', `${path}/plan`, body), [['collaborations', collaborationId]]),
    recordApproval: usePlanningMutation(collaborationId, ({ memberId, body }: { memberId: string; body: NewApproval }) => api<Plan>('PUT', `${path}/approvals/${memberId}`, body)),
  }
}
export type RoundChanges = ReturnType<typeof useRoundChanges>

export function useNotifications(enabled: boolean) {
  const { i18n } = useTranslation()
  return useQuery({ queryKey: [...notificationsKey, i18n.language], queryFn: () => get<Notification[]>('/api/notifications'), enabled, staleTime: 30_000 })
}

export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (key: string) => api<void>('POST', `/api/notifications/${encodeURIComponent(key)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}
