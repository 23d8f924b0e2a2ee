import type { Database } from '../../server/db/database'
import { queueMails, type MailMessage } from '../../server/mail/mail'
import { todayInSweden } from '../../shared/format'
import { fill, type Locale } from '../../shared/texts'
import { dutiesByPerson, presentDuty, type Duty, type DutySource, type TodoItem } from '../duties'
import { digestPeriods } from './notifications'
import * as repo from './notifications.repository'
import { settingsUrl } from './notifications.sweep'
import { notificationTexts } from './notifications.texts'

/** People per transaction: memory and the length of a transaction stay bounded however many recipients there are. */
export const DIGEST_BATCH = 500

const swedishHour = (at: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(at))

/**
 * Sends the digests that are due at `now`: the daily one from 06:00 Swedish time, the weekly one from Monday 06:00.
 * One e-mail per person who chose it and owes something, listing what they owe grouped by collaboration, due first
 * first, in their language; never empty; once per person and period, whoever runs it and however often.
 */
export async function runDigests(db: Database, sources: readonly DutySource[], publicUrl: string, now: Date) {
  const today = todayInSweden(now)
  const periods = digestPeriods(today, swedishHour(now))
  let queued = 0
  for (const cadence of ['daily', 'weekly'] as const) {
    const period = periods[cadence]
    if (period) queued += await runDigest(db, sources, { cadence, period, today, publicUrl, at: now })
  }
  return { queued }
}

async function runDigest(db: Database, sources: readonly DutySource[], run: { cadence: 'daily' | 'weekly'; period: string; today: string; publicUrl: string; at: Date }) {
  let queued = 0
  let after: repo.DigestCursor = { home: '', id: '00000000-0000-0000-0000-000000000000' }
  for (;;) {
    const batch = await repo.digestCandidates(db, run.cadence, run.period, after, DIGEST_BATCH)
    if (batch.length === 0) return queued
    after = { home: batch.at(-1)!.home, id: batch.at(-1)!.id }
    const collaborationIds = await repo.collaborationsOf(db, batch.map((person) => person.id))
    const [byPerson, facts] = await Promise.all([dutiesByPerson(db, sources, { collaborationIds, today: run.today }), repo.collaborationFacts(db, collaborationIds)])
    const owing = batch.filter((person) => (byPerson.get(person.id)?.length ?? 0) > 0)
    queued += await db.transaction(async (tx) => {
      // Recorded first: a person another process has already sent this period's digest to is left out.
      const first = await repo.recordDigests(tx, owing.map((person) => person.id), run.period, run.at)
      const mails = owing
        .filter((person) => first.has(person.id))
        .map((person) => digestMail(person, byPerson.get(person.id)!, (id) => facts.get(id)?.name ?? '', run))
      await queueMails(tx, mails)
      return mails.length
    })
  }
}

/** One person's digest: their duties under their collaborations, the collaboration with the first due first. */
export function digestMail(
  person: { name: string; email: string; locale: Locale },
  duties: readonly Duty[],
  collaborationName: (id: string) => string,
  run: { cadence: 'daily' | 'weekly'; today: string; publicUrl: string },
): MailMessage {
  const texts = notificationTexts[person.locale]
  const groups = new Map<string, TodoItem[]>()
  // The duties come due first first, so each collaboration's place is that of its first duty.
  for (const duty of duties) {
    const item = presentDuty(duty, person.locale, run.today, collaborationName(duty.collaborationId))
    const group = groups.get(duty.collaborationId)
    if (group) group.push(item)
    else groups.set(duty.collaborationId, [item])
  }
  const when = (item: TodoItem) => {
    if (item.daysLeft === null) return texts.digest_no_date
    const template = item.daysLeft < 0 ? texts.digest_overdue : item.daysLeft === 0 ? texts.digest_due_today : item.daysLeft === 1 ? texts.digest_due_tomorrow : texts.digest_due
    return fill(template, { date: item.dueOn ?? '', days: item.daysLeft })
  }
  const sections = [...groups.values()].map((items) => [items[0]!.collaborationName, ...items.map((item) => `- ${item.text}\n  ${when(item)}\n  ${run.publicUrl}${item.link}`)].join('\n'))
  const body = [
    fill(texts.digest_greeting, { name: person.name }),
    texts.digest_intro,
    ...sections,
    fill(run.cadence === 'daily' ? texts.digest_footer_daily : texts.digest_footer_weekly, { settingsUrl: settingsUrl(run.publicUrl) }),
  ].join('\n\n')
  return {
    collaborationId: null,
    kind: `notification.digest_${run.cadence}`,
    to: { address: person.email, name: person.name },
    subject: fill(run.cadence === 'daily' ? texts.digest_subject_daily : texts.digest_subject_weekly, { count: duties.length }),
    body: `${body}\n`,
  }
}
