import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { localeOf } from '../../server/http/errors'
import { SessionResponse } from '../auth'
import { describeSession, startSession } from '../auth'
import { sessionClientOf, sessionSettingsOf, setSessionCookie } from '../auth'
import { setupPolicy } from './setup.policy'
import { SetupBody, SetupStatusResponse } from './setup.schema'
import { completeSetup, isSetupNeeded } from './setup.service'

export async function setupRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()

  app.get(
    '/api/setup',
    { schema: { tags: ['setup'], summary: 'Whether the first administrator is still to be created', response: { 200: SetupStatusResponse } }, config: { access: setupPolicy.status } },
    async () => ({ needed: await isSetupNeeded(app.db) }),
  )

  app.post(
    '/api/setup',
    {
      schema: { tags: ['setup'], summary: 'Create the first administrator with the one-time setup link, and sign in', body: SetupBody, response: { 201: SessionResponse } },
      // Few tries a minute: the token is long and random, but nobody needs more.
      config: { access: setupPolicy.complete, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const userId = await completeSetup(app.db, localeOf(request), request.body)
      const { token, actor } = await startSession(app.db, userId, sessionSettingsOf(app.config), sessionClientOf(request))
      setSessionCookie(reply, app.config, token)
      return reply.status(201).send(await describeSession(app.db, actor))
    },
  )
}
