import { useQuery } from '@tanstack/react-query'
import { get } from '../api/client'
import type { DecisionRecord } from '../api/types'
import type { Collaboration } from '../../modules/collaborations/collaborations.schema'
import type { MeetingSummary, PublishedMinutes } from '../meetings/types'

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
const key = (collaborationId: string, what: string) => ['public', collaborationId, what]

/** What anyone may read without logging in, where the collaboration's records are public. Errors are not retried: 401/403 is the answer. */
export function usePublicRecords(collaborationId: string) {
  const collaboration = useQuery({ queryKey: key(collaborationId, 'collaboration'), queryFn: () => get<Collaboration>(base(collaborationId)), retry: false })
  const enabled = collaboration.isSuccess
  return {
    collaboration,
    minutes: useQuery({ queryKey: key(collaborationId, 'minutes'), queryFn: () => get<PublishedMinutes[]>(`${base(collaborationId)}/minutes`), enabled, retry: false }),
    meetings: useQuery({ queryKey: key(collaborationId, 'meetings'), queryFn: () => get<MeetingSummary[]>(`${base(collaborationId)}/meetings`), enabled, retry: false }),
    decisions: useQuery({ queryKey: key(collaborationId, 'decisions'), queryFn: () => get<DecisionRecord[]>(`${base(collaborationId)}/decisions`), enabled, retry: false }),
  }
}
