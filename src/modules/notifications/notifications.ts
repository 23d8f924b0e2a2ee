import { daysLeft, type Duty } from '../duties'
import { CHANNELS, NOTIFICATION_KINDS, SETTING_KINDS, type Channel, type NotificationKind, type SettingKind } from '../../shared/notifications'

export { CHANNELS, NOTIFICATION_KINDS, SETTING_KINDS, type Channel, type NotificationKind, type SettingKind }
export const settingKindOf = (kind: NotificationKind): SettingKind => (kind === 'new_duty' ? 'new_duty' : 'reminder')

export const DEFAULT_REMINDER_DAYS = [14, 3, 0]

export interface Due {
  /** Unique per person: the occasion, so that it is notified once however often the sweep runs. */
  key: string
  kind: NotificationKind
  duty: Duty
  /** Days left to the due date when it was made (negative when overdue), null without a due date. */
  daysLeft: number | null
}

/**
 * The notifications a person's duties call for today, leaving out those already made (`made` holds their keys):
 * a duty that arose, once; the reminder of the nearest interval (days before the due date) reached and not
 * passed, once per interval; and one notice once the due date has passed. A due date that moves starts its
 * reminders anew. A duty that arises inside an interval gets that interval's reminder at once, not the earlier ones.
 */
export function notificationsDue(duties: readonly Duty[], made: ReadonlySet<string>, today: string, reminderDays: readonly number[]): Due[] {
  const intervals = [...new Set(reminderDays)].filter((days) => days >= 0).sort((a, b) => a - b)
  const due: Due[] = []
  for (const duty of duties) {
    const left = daysLeft(duty.dueOn, today)
    const wanted: Due[] = [{ key: `new:${duty.key}`, kind: 'new_duty', duty, daysLeft: left }]
    if (left !== null && left < 0) wanted.push({ key: `overdue:${duty.key}:${duty.dueOn}`, kind: 'overdue', duty, daysLeft: left })
    else if (left !== null) {
      const interval = intervals.find((days) => days >= left)
      if (interval !== undefined) wanted.push({ key: `reminder:${duty.key}:${duty.dueOn}:${interval}`, kind: 'reminder', duty, daysLeft: left })
    }
    for (const notification of wanted) if (!made.has(notification.key)) due.push(notification)
  }
  return due
}

/** The Swedish day's digest periods: daily from 06:00, weekly from Monday 06:00 (the week's Monday names it). */
export function digestPeriods(today: string, swedishHour: number): { daily: string | null; weekly: string | null } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const monday = new Date(Date.parse(`${today}T00:00:00Z`) - weekday * 86_400_000).toISOString().slice(0, 10)
  const started = swedishHour >= DIGEST_HOUR
  return { daily: started ? `daily:${today}` : null, weekly: weekday > 0 || started ? `weekly:${monday}` : null }
}

/** Digests go out from this hour of the Swedish morning. */
export const DIGEST_HOUR = 6
