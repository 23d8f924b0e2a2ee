import { today as clockToday } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { notFound } from '../../server/http/errors'
import { collaborationHeader } from '../collaborations'
import { gateDeadlinesBetween } from '../initiatives'
import { listAppealPeriodsBetween } from '../meetings'
import { planningStagesBetween } from '../planning'
import type { WheelDate } from './calendar.schema'

/**
 * The annual wheel's dated entries for a year: the planning rounds' stages, the gate decisions' last days and the
 * appeal periods of posted minutes (as the meetings module computed them when the minutes were posted), by date.
 */
export async function annualWheelDates(ctx: Ctx, collaborationId: string, query: { year?: number }) {
  if (!(await collaborationHeader(ctx.db, collaborationId))) throw notFound('collaboration')
  const year = query.year ?? Number(clockToday().slice(0, 4))
  const [from, to] = [`${year}-01-01`, `${year}-12-31`]
  const [stages, gates, appeals] = await Promise.all([
    planningStagesBetween(ctx.db, collaborationId, from, to),
    gateDeadlinesBetween(ctx.db, collaborationId, from, to, ctx.locale),
    listAppealPeriodsBetween(ctx.db, collaborationId, from, to),
  ])
  const entries: WheelDate[] = [
    ...stages.map((s) => ({ kind: 'stage' as const, date: s.startsOn, lastDay: s.lastDay, roundId: s.roundId, roundTitle: s.roundTitle, stage: s.key })),
    ...gates.map((g) => ({ kind: 'gate' as const, date: g.dueOn, initiativeId: g.initiativeId, title: g.title, gateName: g.gateName })),
    ...appeals.map((a) => ({ kind: 'appeal' as const, date: a.publishedOn, lastDay: a.appealEndsOn, meetingId: a.meetingId, bodyName: a.bodyName, meetingDate: a.meetingDate })),
  ]
  return { year, entries: entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) }
}
