import { now as clockNow } from '../../server/clock'
import type { Database, Queryable } from '../../server/db/database'
import { queueMail } from '../../server/mail/mail'
import { todayInSweden } from '../../shared/format'
import { fill, type Locale } from '../../shared/texts'
import { dutiesByPerson, presentDuty, type Duty, type DutySource } from '../duties'
import { defineSubscriber, type Subscriber } from '../events'
import { notificationsDue, settingKindOf, type Due } from './notifications'
import * as repo from './notifications.repository'
import { notificationTexts } from './notifications.texts'

/** Where a person changes what reaches them by e-mail (the settings section of the account page). */
export const settingsUrl = (publicUrl: string) => `${publicUrl}/account#notifications`

/** A notification's words in one language. */
export function notificationText(due: Pick<Due, 'kind' | 'daysLeft'> & { duty: Duty }, locale: Locale, today: string): string {
  const texts = notificationTexts[locale]
  const text = presentDuty(due.duty, locale, today, '').text
  const params = { text, date: due.duty.dueOn ?? '', days: due.daysLeft ?? 0 }
  if (due.kind === 'new_duty') return fill(due.duty.dueOn ? texts.new_duty_due : texts.new_duty, params)
  if (due.kind === 'overdue') return fill(texts.overdue, params)
  return fill(due.daysLeft === 0 ? texts.reminder_today : due.daysLeft === 1 ? texts.reminder_day : texts.reminder_days, params)
}

/**
 * Makes the notifications a collaboration's duties call for today, for everyone who owes them, and queues the
 * e-mail of those whose owner chose "immediately", in the same transaction: each is written, and mailed, once.
 */
export async function sweepCollaboration(tx: Queryable, sources: readonly DutySource[], collaborationId: string, options: { at: Date; publicUrl: string }) {
  const today = todayInSweden(options.at)
  const facts = (await repo.collaborationFacts(tx, [collaborationId])).get(collaborationId)
  if (!facts) return 0
  const byPerson = await dutiesByPerson(tx, sources, { collaborationIds: [collaborationId], today })
  const dutyKeys = [...new Set([...byPerson.values()].flat().map((duty) => duty.key))]
  const made = await repo.madeKeys(tx, collaborationId, dutyKeys)
  const dueOf = new Map<string, Due>()
  const rows: repo.NewNotification[] = []
  for (const [userId, duties] of byPerson) {
    for (const due of notificationsDue(duties, made.get(userId) ?? new Set(), today, facts.reminderDays)) {
      dueOf.set(`${userId} ${due.key}`, due)
      rows.push({ userId, collaborationId, key: due.key, kind: due.kind, dutyKey: due.duty.key, textSv: notificationText(due, 'sv', today), textEn: notificationText(due, 'en', today), link: due.duty.link, dueOn: due.duty.dueOn })
    }
  }
  const written = await repo.insertNotifications(tx, rows, options.at)
  const people = await repo.recipients(tx, [...new Set(written.map((row) => row.userId))])
  for (const { userId, key } of written) {
    const person = people.get(userId)
    const due = dueOf.get(`${userId} ${key}`)!
    if (!person || person.channel[settingKindOf(due.kind)] !== 'immediately') continue
    const text = notificationText(due, person.locale, today)
    const footer = fill(notificationTexts[person.locale].mail_footer, { settingsUrl: settingsUrl(options.publicUrl) })
    await queueMail(tx, { collaborationId, kind: `notification.${due.kind}`, to: { address: person.email, name: person.name }, subject: text, body: `${text}\n\n${facts.name}\n${options.publicUrl}${due.duty.link}\n\n${footer}\n` })
  }
  await repo.markSwept(tx, collaborationId, options.at)
  return written.length
}

/** Sweeps every collaboration, each in its own transaction (the timer job: reminders come due with the date, not with an event). */
export async function sweepAll(db: Database, sources: readonly DutySource[], options: { at: Date; publicUrl: string }) {
  let written = 0
  for (const collaborationId of await repo.collaborationIds(db)) {
    written += await db.transaction((tx) => sweepCollaboration(tx, sources, collaborationId, options))
  }
  return written
}

// A burst of changes in a collaboration (a form saved step by step, a seed, an import) sweeps it once: the first
// change sweeps at once, those in the next minute are left to the timer job (SAMVERKA_JOB_INTERVAL_SECONDS).
const SWEEP_AT_MOST_EVERY_MS = 60_000

/**
 * The changes that make or settle duties: the records duty sources read (initiatives and their decisions, meetings
 * and minutes, cases, planning, funding), who holds which role, and the reminder days. Any other change is left to
 * the timer job, so that a change of a budget or a body costs no sweep.
 */
export const SWEEP_ON = ['initiative.*', 'decision.*', 'meeting.*', 'case.*', 'proposal.*', 'planning_round.*', 'priorities.*', 'plan.*', 'funding.*', 'role.*', 'member.*', 'user.*', 'collaboration.reminders_changed']

/**
 * After a change that may make or settle duties in a collaboration: sweep it, unless it was swept less than a
 * minute before the change (the timer job sweeps every collaboration anyway, so nothing is lost, only later).
 */
export function notificationSubscribers(sources: readonly DutySource[], publicUrl: string): Subscriber[] {
  return [
    defineSubscriber({
      name: 'notifications.sweep',
      types: SWEEP_ON,
      async handle(tx, event) {
        if (!event.collaborationId) return
        const swept = await repo.sweptAt(tx, event.collaborationId)
        if (swept && swept.getTime() > Date.parse(event.occurredAt) - SWEEP_AT_MOST_EVERY_MS) return
        await sweepCollaboration(tx, sources, event.collaborationId, { at: clockNow(), publicUrl })
      },
    }),
  ]
}
