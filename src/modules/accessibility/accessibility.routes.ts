import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { accessibilityPolicy } from './accessibility.policy'
import { AccessibilityReport, AccessibilityReportBody } from './accessibility.schema'
import * as accessibility from './accessibility.service'

export async function accessibilityRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['accessibility']

  app.post(
    '/api/accessibility-reports',
    {
      schema: { tags, summary: 'Report an accessibility problem', body: AccessibilityReportBody, response: { 201: AccessibilityReport } },
      config: { access: accessibilityPolicy.report, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => reply.status(201).send(await accessibility.reportProblem(ctxOf(request), request.body)),
  )

  app.get(
    '/api/accessibility-reports',
    { schema: { tags, summary: 'Reported accessibility problems (administrators)', response: { 200: z.array(AccessibilityReport) } }, config: { access: accessibilityPolicy.listReports } },
    async (request) => accessibility.listReports(ctxOf(request)),
  )
}
