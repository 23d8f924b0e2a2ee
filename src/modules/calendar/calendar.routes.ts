import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import type { DutySource } from '../duties'
import { calendarPolicy } from './calendar.policy'
import { CollaborationParams } from '../../server/http/params'
import { annualWheelDates } from './annual-wheel.service'
import { CalendarFeedParams, CalendarFeedState, CreatedCalendarFeed, WheelDatesQuery, WheelDatesResponse } from './calendar.schema'
import * as calendar from './calendar.service'

/** A person's own iCal feed behind a secret address. The app passes in every module's duty sources. */
export async function calendarFeedRoutes(server: FastifyInstance, options: { sources: readonly DutySource[] }) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['meetings']
  const origin = () => server.config.publicUrl

  app.get(
    '/api/me/calendar-feed',
    { schema: { tags, summary: 'Whether I have a personal calendar feed, and since when', response: { 200: CalendarFeedState } }, config: { access: calendarPolicy.mine } },
    async (request) => calendar.calendarFeedState(ctxOf(request)),
  )
  app.post(
    '/api/me/calendar-feed',
    { schema: { tags, summary: 'Create my personal calendar feed, or replace its secret address (the old one stops working); the address is shown only now', response: { 201: CreatedCalendarFeed } }, config: { access: calendarPolicy.mine } },
    async (request, reply) => reply.status(201).send(await calendar.createCalendarFeed(ctxOf(request), origin())),
  )
  app.delete(
    '/api/me/calendar-feed',
    { schema: { tags, summary: 'Revoke my personal calendar feed', response: { 204: z.null() } }, config: { access: calendarPolicy.mine } },
    async (request, reply) => {
      await calendar.revokeCalendarFeed(ctxOf(request))
      return reply.status(204).send(null)
    },
  )
  app.get(
    '/api/calendar/:token.ics',
    { schema: { tags, summary: 'A personal calendar feed (iCal): my meetings and the last days of what I owe; no session, the secret address is the key', params: CalendarFeedParams }, config: { access: calendarPolicy.feed } },
    async (request, reply) => {
      const feed = await calendar.personalCalendar(request.server.db, options.sources, request.params.token, origin())
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(feed)
    },
  )
  app.get(
    '/api/collaborations/:collaborationId/annual-wheel/dates',
    {
      schema: { tags, summary: 'The annual wheel’s dated entries for a year: planning stages, gate decisions’ last days and appeal periods of posted minutes', params: CollaborationParams, querystring: WheelDatesQuery, response: { 200: WheelDatesResponse } },
      config: { access: calendarPolicy.wheelDates },
    },
    async (request) => annualWheelDates(ctxOf(request), request.params.collaborationId, request.query),
  )
}
