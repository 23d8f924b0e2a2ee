import { now } from '../../server/clock'
import { AppError, notFound, staleVersion } from '../../server/http/errors'
import { actingUserId, type Ctx } from '../../server/http/context'
import { recordChange } from '../audit'
import * as repo from './notifications.repository'
import { sqlWindow } from '../../server/http/paging'
import type { NotificationSettings, NotificationsQuery, UpdateNotificationSettingsBody, UpdateReminderSettingsBody } from './notifications.schema'

const DEFAULT_CHOICE: repo.ChannelChoice = { new_duty: 'daily', reminder: 'daily' }

/** What reaches me by e-mail, per kind; the defaults (a daily digest) until I choose. */
export async function getMySettings(ctx: Ctx): Promise<NotificationSettings> {
  const row = await repo.findSetting(ctx.db, actingUserId(ctx))
  if (!row) return { version: 0, email: DEFAULT_CHOICE }
  return { version: row.version, email: { new_duty: row.new_duty, reminder: row.reminder } }
}

/** Changes my choices; the version I read must still be the one stored (409 otherwise). */
export async function updateMySettings(ctx: Ctx, body: UpdateNotificationSettingsBody): Promise<NotificationSettings> {
  const userId = actingUserId(ctx)
  const saved = await ctx.db.transaction((tx) => (body.version === 0 ? repo.insertSetting(tx, userId, body.email) : repo.updateSetting(tx, userId, body.version, body.email)))
  if (!saved) throw staleVersion()
  return getMySettings(ctx)
}

export async function getReminderSettings(ctx: Ctx, collaborationId: string) {
  const row = await repo.findReminderDays(ctx.db, collaborationId)
  if (!row) throw notFound('collaboration')
  return row
}

/** The coordinator sets the days before a due date on which its owners are reminded. */
export async function updateReminderSettings(ctx: Ctx, collaborationId: string, body: UpdateReminderSettingsBody) {
  const days = [...body.reminderDays].sort((a, b) => b - a)
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findReminderDays(tx, collaborationId)
    if (!before) throw notFound('collaboration')
    if (!(await repo.updateReminderDays(tx, collaborationId, body.version, days))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'collaboration.reminders_changed', entityType: 'collaboration', entityId: collaborationId, before: { reminderDays: before.reminderDays }, after: { reminderDays: days } })
  })
  return getReminderSettings(ctx, collaborationId)
}

/** My notifications, newest first, a page at a time. */
export async function listMyNotifications(ctx: Ctx, query: NotificationsQuery) {
  const page = await repo.listNotifications(ctx.db, actingUserId(ctx), ctx.locale, { ...query, ...sqlWindow(query) })
  return { ...page, page: query.page, limit: query.limit }
}

export async function markNotificationRead(ctx: Ctx, notificationId: string) {
  if (!(await repo.markRead(ctx.db, actingUserId(ctx), notificationId, now()))) throw new AppError(404, 'notification_not_found')
}

export async function markAllNotificationsRead(ctx: Ctx, collaborationId: string | undefined) {
  return repo.markAllRead(ctx.db, actingUserId(ctx), collaborationId ?? null, now())
}
