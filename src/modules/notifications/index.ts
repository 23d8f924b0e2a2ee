/** The contract of the notifications module: the bell, e-mail per each person's choice, deadline reminders and digests. */
export { notificationsDue, digestPeriods, CHANNELS, NOTIFICATION_KINDS, SETTING_KINDS, DEFAULT_REMINDER_DAYS, type Channel, type NotificationKind } from './notifications'
export { runDigests, digestMail, DIGEST_BATCH } from './notifications.digest'
export { sweepAll, sweepCollaboration, notificationSubscribers } from './notifications.sweep'
export { startNotificationJobs } from './notifications.jobs'
