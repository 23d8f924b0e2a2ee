import type { svNotifications } from './sv-notifications'

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

/** The English texts of the notification centre: the bell's actions and the e-mail settings on My account. */
export const enNotifications: Texts<typeof svNotifications> = {
  notificationCentre: {
    reminderDaysTitle: 'Reminders before the last day',
    reminderDaysIntro: 'Everyone who owes something with a last day is reminded on these days before it, and once when it is overdue. Each person chooses whether reminders also come by e-mail.',
    reminderDaysLabel: 'Days before the last day',
    reminderDaysHint: 'Whole days separated by commas, at most six, for example 14, 3, 0 (0 = on the day). Empty = no reminders.',
    reminderDaysInvalid: 'Write whole days only, separated by commas, for example 14, 3, 0.',
    reminderDaysSave: 'Save the reminders',
    reminderDaysSaved: 'The reminders are saved.',
    markAllRead: 'Mark all as read',
    settingsLink: 'Choose what you receive by e-mail',
    settingsTitle: 'Notifications by e-mail',
    settingsIntro: 'Everything shows under Notifications in the header. For each kind, choose whether you also want e-mail: at once, gathered once a day (in the morning) or once a week (on Mondays), or not at all.',
    kind: {
      new_duty: 'Something new to do',
      reminder: 'Reminders before the last day, and when something is overdue',
    },
    kindHint: {
      new_duty: 'For example a decision your member is to make, or minutes to approve.',
      reminder: 'Reminders come a number of days before the last day, as the coordinator sets (usually 14, 3 and 0 days).',
    },
    channel: {
      immediately: 'At once',
      daily: 'Daily digest',
      weekly: 'Weekly digest',
      off: 'No e-mail',
    },
    save: 'Save the choices',
    saving: 'Saving …',
    saved: 'Your choices for notifications are saved.',
  },
}
