import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, get } from '../api/client'
import type { CandidateCase, DecideItemInput, Meeting, MeetingSummary, MinutesList, UpdateMeetingInput, AttendanceInput } from './types'

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
const meetingKey = (collaborationId: string, meetingId: string) => ['collaborations', collaborationId, 'meetings', meetingId]

export const minutesPdfUrl = (collaborationId: string, meetingId: string) => `${base(collaborationId)}/meetings/${meetingId}/minutes.pdf`

export function useMeeting(collaborationId: string, meetingId: string) {
  return useQuery({ queryKey: meetingKey(collaborationId, meetingId), queryFn: () => get<Meeting>(`${base(collaborationId)}/meetings/${meetingId}`) })
}

export function useMeetings(collaborationId: string, filter: { bodyId?: string; from?: string } = {}, enabled = true) {
  const params = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])))
  const query = params.toString()
  return useQuery({
    queryKey: ['collaborations', collaborationId, 'meetings', 'list', filter],
    queryFn: () => get<MeetingSummary[]>(`${base(collaborationId)}/meetings${query ? `?${query}` : ''}`),
    enabled,
  })
}

export function useCandidates(collaborationId: string, meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...meetingKey(collaborationId, meetingId), 'candidates'],
    queryFn: () => get<CandidateCase[]>(`${base(collaborationId)}/meetings/${meetingId}/candidates`),
    enabled,
  })
}

/** Rows to a page of the register of minutes. */
export const MINUTES_PAGE_SIZE = 50
export const minutesPath = (collaborationId: string, page: number) => `${base(collaborationId)}/minutes?page=${page}&limit=${MINUTES_PAGE_SIZE}`

/** One page of the register of minutes; the page shown stays until the next arrives. */
export function usePublishedMinutes(collaborationId: string, page: number) {
  return useQuery({ queryKey: ['collaborations', collaborationId, 'minutes', page], queryFn: () => get<MinutesList>(minutesPath(collaborationId, page)), placeholderData: keepPreviousData })
}

/**
 * Every change to one meeting. Each answers with the meeting, which goes straight into the cache; the rest of
 * the collaboration (candidates, cases, initiatives whose gate a decision counts at) is read again.
 */
export function useMeetingChanges(collaborationId: string, meetingId: string) {
  const queryClient = useQueryClient()
  const url = `${base(collaborationId)}/meetings/${meetingId}`
  const refresh = async (meeting: Meeting) => {
    queryClient.setQueryData(meetingKey(collaborationId, meetingId), meeting)
    await queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId], refetchType: 'active', predicate: (q) => q.queryKey.join('/') !== meetingKey(collaborationId, meetingId).join('/') })
  }
  const change = <TInput>(request: (input: TInput) => Promise<Meeting>) => ({ mutationFn: request, onSuccess: refresh })
  return {
    update: useMutation(change((body: UpdateMeetingInput) => api<Meeting>('PATCH', url, body))),
    addItem: useMutation(change((body: { caseId: string | null; title: string }) => api<Meeting>('POST', `${url}/agenda`, body))),
    removeItem: useMutation({
      mutationFn: (itemId: string) => api<Meeting | undefined>('DELETE', `${url}/agenda/${itemId}`),
      // The server may answer 204: then read the meeting again.
      onSuccess: (meeting?: Meeting) => (meeting ? refresh(meeting) : queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId] })),
    }),
    reorder: useMutation(change((itemIds: string[]) => api<Meeting>('PUT', `${url}/agenda/order`, { itemIds }))),
    attendance: useMutation(change((attendance: AttendanceInput[]) => api<Meeting>('PUT', `${url}/attendance`, { attendance }))),
    sendNotice: useMutation(change(() => api<Meeting>('POST', `${url}/notice`, {}))),
    addDocument: useMutation(change((attachmentId: string) => api<Meeting>('POST', `${url}/documents`, { attachmentId }))),
    decide: useMutation(change(({ itemId, body }: { itemId: string; body: DecideItemInput }) => api<Meeting>('POST', `${url}/items/${itemId}/decision`, body))),
    close: useMutation(change(() => api<Meeting>('POST', `${url}/held`, {}))),
    approve: useMutation(change(() => api<Meeting>('POST', `${url}/approve`, {}))),
    publish: useMutation(change((noticeDate: string) => api<Meeting>('POST', `${url}/publish`, { noticeDate }))),
    cancel: useMutation(change((body: { version: number; reason: string }) => api<Meeting>('POST', `${url}/cancellation`, body))),
    recordPaperApproval: useMutation(change((body: { role: 'chair' | 'adjuster'; userId: string; signedOn: string }) => api<Meeting>('POST', `${url}/paper-approvals`, body))),
  }
}
export type MeetingChanges = ReturnType<typeof useMeetingChanges>

export function useRemind(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (initiativeId: string) => api<{ reminded: string[] }>('POST', `${base(collaborationId)}/initiatives/${initiativeId}/reminders`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaborations', collaborationId] }),
  })
}

/** The meeting is still ahead or under way: its agenda, attendance and decisions may change. */
export const isOpen = (meeting: Meeting) => meeting.status === 'planned' || meeting.status === 'notice_sent'
