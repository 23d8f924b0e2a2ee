import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, get } from '../api/client'
import type { Channel, SettingKind } from '../../shared/notifications'

export { CHANNELS, SETTING_KINDS, type Channel, type SettingKind } from '../../shared/notifications'

export interface NotificationSettings {
  version: number
  email: Record<SettingKind, Channel>
}

export interface MyNotification {
  id: string
  collaborationId: string
  collaborationName: string
  kind: 'new_duty' | 'reminder' | 'overdue'
  text: string
  link: string
  dueOn: string | null
  createdAt: string
  read: boolean
}

const settingsKey = ['me', 'notification-settings']
const notificationsKey = ['me', 'notifications']

export function useNotificationSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => get<NotificationSettings>('/api/me/notification-settings') })
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NotificationSettings) => api<NotificationSettings>('PUT', '/api/me/notification-settings', body),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  })
}

/** The newest of my notifications (the bell's list), in the language I read. */
export function useMyNotifications(enabled: boolean) {
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...notificationsKey, i18n.language],
    queryFn: () => get<{ items: MyNotification[]; total: number; unread: number }>('/api/me/notifications?limit=20'),
    enabled,
    staleTime: 30_000,
  })
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api<void>('POST', `/api/me/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/me/notifications/read-all', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}

export interface ReminderSettings {
  reminderDays: number[]
  version: number
}

/** The days before a due date on which this collaboration's reminders go out. */
export function useReminderSettings(collaborationId: string) {
  return useQuery({ queryKey: ['collaborations', collaborationId, 'reminder-settings'], queryFn: () => get<ReminderSettings>(`/api/collaborations/${collaborationId}/reminder-settings`) })
}

export function useSaveReminderSettings(collaborationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ReminderSettings) => api<ReminderSettings>('PUT', `/api/collaborations/${collaborationId}/reminder-settings`, body),
    // The days are the collaboration's own: its version moves, and so must every form that holds it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaborations'] }),
  })
}
