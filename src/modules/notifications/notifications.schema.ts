import { z } from 'zod'
import { PageQuery, paged } from '../../server/http/paging'
import { int4, version } from '../../shared/schema'
import { CHANNELS, NOTIFICATION_KINDS } from './notifications'

const Channel = z.enum(CHANNELS)

/** Per kind, how e-mail reaches the person (in the app every notification is shown). */
export const ChannelChoice = z.strictObject({
  /** A duty arose (a decision owed, minutes to approve …). */
  new_duty: Channel,
  /** Reminders before a due date, and the notice that it has passed. */
  reminder: Channel,
})

export const NotificationSettings = z.object({
  /** 0 while the person has chosen nothing (the defaults hold). */
  version: z.number().int(),
  email: ChannelChoice,
})
export type NotificationSettings = z.infer<typeof NotificationSettings>

export const UpdateNotificationSettingsBody = z.strictObject({ version, email: ChannelChoice })
export type UpdateNotificationSettingsBody = z.infer<typeof UpdateNotificationSettingsBody>

export const ReminderSettings = z.object({
  /** Days before a due date on which its owners are reminded, largest first (0 = on the day). */
  reminderDays: z.array(z.number().int()),
  /** The collaboration's version. */
  version: z.number().int(),
})

export const UpdateReminderSettingsBody = z.strictObject({
  version,
  reminderDays: z
    .array(int4(0, 365))
    .max(6)
    .refine((days) => new Set(days).size === days.length, { message: 'reminder_days_twice' }),
})
export type UpdateReminderSettingsBody = z.infer<typeof UpdateReminderSettingsBody>

export const NotificationsQuery = PageQuery.extend({
  collaborationId: z.uuid().optional(),
  unread: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
})
export type NotificationsQuery = z.infer<typeof NotificationsQuery>

export const Notification = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  collaborationName: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** In the reader's language. */
  text: z.string(),
  link: z.string(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
})

/** A page of notifications, newest first; `total` matches the filter, `unread` counts the person's unread ones (in the collaboration, when given). */
export const NotificationsResponse = paged(Notification).extend({ unread: z.number().int() })

export const NotificationParams = z.object({ notificationId: z.uuid() })

export const ReadAllBody = z.strictObject({ collaborationId: z.uuid().optional() })
