import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { dashboardPolicy } from './dashboard.policy'
import { DashboardResponse } from './dashboard.schema'
import { collaborationDashboard } from './dashboard.service'

export async function dashboardRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/collaborations/:collaborationId/dashboard',
    {
      schema: { tags: ['collaborations'], summary: "The collaboration's overview for the reader: next meetings, initiatives by phase and at gates, open planning stages, their own member's amount this year", params: CollaborationParams, response: { 200: DashboardResponse } },
      config: { access: dashboardPolicy.read },
    },
    async (request) => collaborationDashboard(ctxOf(request), request.params.collaborationId),
  )
}
