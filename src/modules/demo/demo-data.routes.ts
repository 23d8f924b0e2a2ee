import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { demoDataPolicy } from './demo-data.policy'
import { DemoDataResponse, DemoRemovalResponse } from './demo-data.schema'
import { countDemoData, removeDemoData } from './demo-data.service'

export async function demoDataRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()

  app.get(
    '/api/admin/demo-data',
    { schema: { tags: ['setup'], summary: 'What removing the demo data would remove', response: { 200: DemoDataResponse } }, config: { access: demoDataPolicy.count } },
    async (request) => countDemoData(ctxOf(request)),
  )

  app.delete(
    '/api/admin/demo-data',
    { schema: { tags: ['setup'], summary: 'Remove every demo collaboration and demo account in one step', response: { 200: DemoRemovalResponse } }, config: { access: demoDataPolicy.remove } },
    async (request) => removeDemoData(ctxOf(request)),
  )
}
