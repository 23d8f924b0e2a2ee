import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { WheelDatesResponse } from '../../modules/calendar/calendar.schema'
import type { CreateAnnualWheelItemBody, CreateMeetingBody } from '../../modules/meetings/meetings.schema'
import { api, get } from '../api/client'
import type { AnnualWheelItem, MeetingSummary } from '../api/types'

export type NewMeeting = z.input<typeof CreateMeetingBody>
export type NewWheelItem = z.input<typeof CreateAnnualWheelItemBody>

const base = (collaborationId: string) => `/api/collaborations/${collaborationId}`
// The meeting pages share the 'meetings' prefix, so a change there refreshes the calendar too.
const meetingsKey = (collaborationId: string) => ['collaborations', collaborationId, 'meetings']
const wheelKey = (collaborationId: string) => ['collaborations', collaborationId, 'annual-wheel']

export function useCalendar(collaborationId: string, bodyId: string | undefined) {
  return useQuery({
    queryKey: [...meetingsKey(collaborationId), 'list', { bodyId }],
    queryFn: () => get<MeetingSummary[]>(`${base(collaborationId)}/meetings${bodyId ? `?bodyId=${bodyId}` : ''}`),
  })
}

export function useCreateMeeting(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewMeeting) => api<{ id: string }>('POST', `${base(collaborationId)}/meetings`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKey(collaborationId) }),
  })
}

/** The address of a body's iCal feed, absolute so it can be pasted into a calendar program. */
export const calendarFeedUrl = (collaborationId: string, bodyId: string) => `${window.location.origin}${base(collaborationId)}/bodies/${bodyId}/calendar.ics`

export function useAnnualWheel(collaborationId: string) {
  return useQuery({ queryKey: wheelKey(collaborationId), queryFn: () => get<AnnualWheelItem[]>(`${base(collaborationId)}/annual-wheel`) })
}

export function useAnnualWheelChanges(collaborationId: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: wheelKey(collaborationId) })
  return {
    add: useMutation({ mutationFn: (body: NewWheelItem) => api<AnnualWheelItem>('POST', `${base(collaborationId)}/annual-wheel`, body), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (itemId: string) => api<void>('DELETE', `${base(collaborationId)}/annual-wheel/${itemId}`), onSuccess: refresh }),
  }
}

export type WheelDates = z.infer<typeof WheelDatesResponse>

/** The annual wheel's dated entries for this year: planning stages, gate decisions' last days, appeal periods. */
export function useWheelDates(collaborationId: string) {
  return useQuery({ queryKey: [...wheelKey(collaborationId), 'dates'], queryFn: () => get<WheelDates>(`${base(collaborationId)}/annual-wheel/dates`) })
}
