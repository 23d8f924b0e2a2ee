import { definePolicy, everyRole } from '../../server/http/access'

export const notificationsPolicy = definePolicy('notifications', {
  /** Each person's own settings and notifications (the bell). */
  mine: { scope: 'signed_in' },
  /** When a collaboration's deadline reminders go out: shown to everyone in it, set by the coordinator. */
  readReminders: { scope: 'collaboration', roles: everyRole },
  setReminders: { scope: 'collaboration', roles: ['coordinator'] },
})
