import { randomBytes } from 'node:crypto'
import { today as clockToday } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { hashToken } from '../../server/http/access-hooks'
import { actingUserId, type Ctx } from '../../server/http/context'
import { notFound } from '../../server/http/errors'
import { loadGrants } from '../auth'
import { type DutySource, listDuties, owes, presentDuty } from '../duties'
import { calendarFeed, type CalendarEvent, listMeetingsFrom } from '../meetings'
import * as repo from './calendar.repository'

const TOKEN = /^[A-Za-z0-9_-]{43}$/
/** How far back the feed keeps meetings, so that last term's meetings stay in the calendar a while. */
const HISTORY_DAYS = 92

const feedUrl = (origin: string, token: string) => `${origin}/api/calendar/${token}.ics`

/** A new secret address for the person's feed; the old one, if any, stops working. Only the token's hash is kept. */
export async function createCalendarFeed(ctx: Ctx, origin: string) {
  const token = randomBytes(32).toString('base64url')
  const { createdAt } = await repo.saveFeedToken(ctx.db, actingUserId(ctx), hashToken(token))
  return { url: feedUrl(origin, token), createdAt }
}

export async function calendarFeedState(ctx: Ctx) {
  const feed = await repo.findFeed(ctx.db, actingUserId(ctx))
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null }
}

export async function revokeCalendarFeed(ctx: Ctx) {
  if (!(await repo.deleteFeed(ctx.db, actingUserId(ctx)))) throw notFound('calendar_feed')
}

const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

/**
 * The feed behind a secret address: the meetings of the bodies in the owner's collaborations (in UTC, which every
 * calendar program shows in its own zone) and the last days of what the owner owes, as whole days.
 */
export async function personalCalendar(db: Queryable, sources: readonly DutySource[], token: string, origin: string) {
  const owner = TOKEN.test(token) ? await repo.findFeedOwner(db, hashToken(token)) : undefined
  if (!owner) throw notFound('calendar_feed')
  const grants = await loadGrants(db, owner.userId)
  const collaborationIds = [...new Set(grants.map((g) => g.collaborationId))]
  const today = clockToday()
  const [meetings, duties, names] = await Promise.all([
    collaborationIds.length ? listMeetingsFrom(db, collaborationIds, daysBefore(today, HISTORY_DAYS)) : [],
    listDuties(db, sources, { collaborationIds, today }),
    repo.collaborationNames(db, collaborationIds),
  ])
  const sv = owner.locale === 'sv'
  const meetingEvents: CalendarEvent[] = meetings.map((m) => ({
    uid: `${m.id}@samverka`,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    summary: `${sv ? 'Sammanträde' : 'Meeting'}: ${m.bodyName} (${names.get(m.collaborationId) ?? ''})`,
    location: m.place || m.link,
    description: m.link ? `${sv ? 'Länk' : 'Link'}: ${m.link}` : '',
    url: `${origin}/collaborations/${m.collaborationId}/meetings/${m.id}`,
    cancelled: m.status === 'cancelled',
    updatedAt: m.noticeSentAt ? new Date(m.noticeSentAt).toISOString() : m.startsAt,
  }))
  const dutyEvents: CalendarEvent[] = duties
    .filter((duty) => duty.dueOn !== null && owes(duty, owner.userId, grants))
    .map((duty) => {
      const item = presentDuty(duty, owner.locale, today, names.get(duty.collaborationId) ?? '')
      return {
        uid: `${duty.key}@samverka`,
        startsAt: duty.dueOn!,
        endsAt: null,
        allDay: true,
        summary: `${sv ? 'Sista dag' : 'Last day'}: ${item.text}`,
        location: '',
        description: item.collaborationName,
        url: `${origin}${item.link}`,
        updatedAt: `${duty.since}T00:00:00Z`,
      }
    })
  return calendarFeed({ name: sv ? `Samverka – ${owner.name}` : `Samverka – ${owner.name}`, events: [...meetingEvents, ...dutyEvents] })
}
