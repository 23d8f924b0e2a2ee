/** What a notification tells: a duty arose, its due date comes nearer (a reminder), or it has passed. */
export const NOTIFICATION_KINDS = ['new_duty', 'reminder', 'overdue'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** The kinds a person chooses e-mail for: an overdue notice goes as its reminders do. */
export const SETTING_KINDS = ['new_duty', 'reminder'] as const
export type SettingKind = (typeof SETTING_KINDS)[number]

/** How e-mail about a kind reaches a person; in the app every notification is shown. */
export const CHANNELS = ['immediately', 'daily', 'weekly', 'off'] as const
export type Channel = (typeof CHANNELS)[number]
