import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { systemPolicy } from './system.policy'
import { HealthResponse } from './system.schema'

export async function systemRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()

  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Is the service up, and on which database?', response: { 200: HealthResponse } }, config: { access: systemPolicy.health } },
    async () => {
      await app.db.query('select 1')
      return { status: 'ok' as const, database: app.db.kind }
    },
  )

  app.get(
    '/api/openapi.json',
    { schema: { tags: ['system'], summary: 'The OpenAPI 3 document of this API', hide: true }, config: { access: systemPolicy.apiDescription } },
    async () => app.swagger(),
  )
}
