import { today as clockToday } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { notFound } from '../../server/http/errors'
import { collaborationHeader } from '../collaborations'
import { memberYearTotals } from '../finance'
import { initiativesAtAGlance } from '../initiatives'
import { listUpcomingMeetings } from '../meetings'
import { openPlanningStages } from '../planning'
import type { DashboardResponse } from './dashboard.schema'

/** The roles that see what their own member pays. */
const PAYING_ROLES = new Set(['member_representative', 'finance_officer'])

/** The collaboration's overview for the reader: next meetings, initiatives by phase and at gates, open planning stages, and their member's amount. */
export async function collaborationDashboard(ctx: Ctx, collaborationId: string): Promise<DashboardResponse> {
  if (!(await collaborationHeader(ctx.db, collaborationId))) throw notFound('collaboration')
  const today = clockToday()
  const year = Number(today.slice(0, 4))
  // Only the reader's own members: the grants of this collaboration that name one.
  const ownMembers = [...new Set(ctx.actor.grants.filter((g) => g.collaborationId === collaborationId && PAYING_ROLES.has(g.role) && g.memberId).map((g) => g.memberId!))]
  const [meetings, initiatives, planning, totals] = await Promise.all([
    listUpcomingMeetings(ctx.db, collaborationId, today, 5),
    initiativesAtAGlance(ctx.db, collaborationId, ctx.locale),
    openPlanningStages(ctx.db, collaborationId, today),
    memberYearTotals(ctx.db, collaborationId, year, ownMembers),
  ])
  return {
    today,
    meetings: meetings.map((m) => ({ id: m.id, bodyId: m.bodyId, bodyName: m.bodyName, startsAt: m.startsAt, endsAt: m.endsAt, date: m.meetingDate, place: m.place, link: m.link, status: m.status })),
    initiatives,
    planning,
    myMembers: totals.map((t) => ({ ...t, year })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  }
}
