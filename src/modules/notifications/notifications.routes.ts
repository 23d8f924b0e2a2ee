import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { notificationsPolicy } from './notifications.policy'
import {
  NotificationParams,
  NotificationSettings,
  NotificationsQuery,
  NotificationsResponse,
  ReadAllBody,
  ReminderSettings,
  UpdateNotificationSettingsBody,
  UpdateReminderSettingsBody,
} from './notifications.schema'
import * as notifications from './notifications.service'

/** The bell, each person's e-mail choices, and a collaboration's reminder days. */
export async function notificationsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['notifications']
  const { mine, readReminders, setReminders } = notificationsPolicy

  app.get(
    '/api/me/notification-settings',
    { schema: { tags, summary: 'How notifications of each kind reach me by e-mail: immediately, in a daily or weekly digest, or not at all', response: { 200: NotificationSettings } }, config: { access: mine } },
    async (request) => notifications.getMySettings(ctxOf(request)),
  )
  app.put(
    '/api/me/notification-settings',
    { schema: { tags, summary: 'Change how notifications reach me by e-mail (version 0 while I have chosen nothing)', body: UpdateNotificationSettingsBody, response: { 200: NotificationSettings } }, config: { access: mine } },
    async (request) => notifications.updateMySettings(ctxOf(request), request.body),
  )
  app.get(
    '/api/me/notifications',
    { schema: { tags, summary: 'My notifications, newest first, a page at a time: duties that arose, reminders before their due dates, overdue notices', querystring: NotificationsQuery, response: { 200: NotificationsResponse } }, config: { access: mine } },
    async (request) => notifications.listMyNotifications(ctxOf(request), request.query),
  )
  app.post(
    '/api/me/notifications/:notificationId/read',
    { schema: { tags, summary: 'Mark one of my notifications as read', params: NotificationParams, response: { 204: z.null() } }, config: { access: mine } },
    async (request, reply) => {
      await notifications.markNotificationRead(ctxOf(request), request.params.notificationId)
      return reply.status(204).send(null)
    },
  )
  app.post(
    '/api/me/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications as read (in one collaboration, when given)', body: ReadAllBody, response: { 204: z.null() } }, config: { access: mine } },
    async (request, reply) => {
      await notifications.markAllNotificationsRead(ctxOf(request), request.body.collaborationId)
      return reply.status(204).send(null)
    },
  )
  app.get(
    '/api/collaborations/:collaborationId/reminder-settings',
    { schema: { tags, summary: "The days before a due date on which the collaboration's deadline reminders go out", params: CollaborationParams, response: { 200: ReminderSettings } }, config: { access: readReminders } },
    async (request) => notifications.getReminderSettings(ctxOf(request), request.params.collaborationId),
  )
  app.put(
    '/api/collaborations/:collaborationId/reminder-settings',
    { schema: { tags, summary: 'Set the days before a due date on which reminders go out (e.g. 14, 3 and 0)', params: CollaborationParams, body: UpdateReminderSettingsBody, response: { 200: ReminderSettings } }, config: { access: setReminders } },
    async (request) => notifications.updateReminderSettings(ctxOf(request), request.params.collaborationId, request.body),
  )
}
