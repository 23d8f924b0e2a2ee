import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { dutiesPolicy } from './duties.policy'
import { TodoQuery, TodoResponse } from './duties.schema'
import { myDuties } from './duties.service'
import type { DutySource } from './duty-types'

/** Att göra. The app passes in every module's duty sources. */
export async function dutiesRoutes(server: FastifyInstance, options: { sources: readonly DutySource[] }) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/me/todo',
    {
      schema: { tags: ['duties'], summary: 'What I, and the members I act for, owe across my collaborations, with deadlines: due first first', querystring: TodoQuery, response: { 200: TodoResponse } },
      config: { access: dutiesPolicy.mine },
    },
    async (request) => myDuties(ctxOf(request), options.sources, request.query),
  )
}
