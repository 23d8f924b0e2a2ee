import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { systemPolicy } from './system.policy'
import { checkHealth } from './system.service'
import { HealthResponse } from './system.schema'

export async function systemRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Is this process ready: database reachable and every migration applied? (503 when not; for load balancers)',
        response: { 200: HealthResponse, 503: HealthResponse },
      },
      config: { access: systemPolicy.health },
    },
    async (_request, reply) => {
      const health = await checkHealth(app.db)
      return reply.status(health.status === 'ok' ? 200 : 503).send(health)
    },
  )

  app.get(
    '/api/openapi.json',
    { schema: { tags: ['system'], summary: 'The OpenAPI 3 document of this API', hide: true }, config: { access: systemPolicy.apiDescription } },
    async () => app.swagger(),
  )
}
