import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import { get } from '../api/client'
import type { Collaboration } from '../../modules/collaborations/collaborations.schema'
import type { DecisionRegister as DecisionRegisterSchema } from '../../modules/decisions/decisions.schema'
import { minutesPath } from '../meetings/queries'
import type { MeetingSummary, MinutesList } from '../meetings/types'

export type DecisionRegister = z.infer<typeof DecisionRegisterSchema>
export type RegisterDecision = DecisionRegister['items'][number]

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
const key = (collaborationId: string, what: string) => ['public', collaborationId, what]

/** What anyone may read without logging in, where the collaboration's records are public. Errors are not retried: 401/403 is the answer. */
export function usePublicRecords(collaborationId: string, minutesPage: number) {
  const collaboration = useQuery({ queryKey: key(collaborationId, 'collaboration'), queryFn: () => get<Collaboration>(base(collaborationId)), retry: false })
  const enabled = collaboration.isSuccess
  return {
    collaboration,
    minutes: useQuery({ queryKey: [...key(collaborationId, 'minutes'), minutesPage], queryFn: () => get<MinutesList>(minutesPath(collaborationId, minutesPage)), enabled, retry: false, placeholderData: keepPreviousData }),
    meetings: useQuery({ queryKey: key(collaborationId, 'meetings'), queryFn: () => get<MeetingSummary[]>(`${base(collaborationId)}/meetings`), enabled, retry: false }),
  }
}

export const REGISTER_PAGE_SIZE = 50

/** One page of the decision register (posted §§ and decisions recorded from outside), newest first; the page shown stays until the next arrives. */
export function useDecisionRegister(collaborationId: string, filter: { year: number | null; page: number }) {
  const params = new URLSearchParams({ page: String(filter.page), limit: String(REGISTER_PAGE_SIZE) })
  if (filter.year) params.set('year', String(filter.year))
  return useQuery({
    queryKey: [...key(collaborationId, 'decision-register'), filter],
    queryFn: () => get<DecisionRegister>(`${base(collaborationId)}/decision-register?${params.toString()}`),
    placeholderData: keepPreviousData,
    retry: false,
  })
}
