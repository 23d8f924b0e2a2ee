import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { processesPolicy } from './processes.policy'
import { CopyProcessBody, ProcessModel, ProcessParams, ProcessesResponse, ReviseProcessBody } from './processes.schema'
import * as processes from './processes.service'

export async function processesRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['processes']
  const base = '/api/collaborations/:collaborationId/processes'

  app.get(
    base,
    { schema: { tags, summary: 'The collaboration’s process models (every version) and the shipped templates', params: CollaborationParams, response: { 200: ProcessesResponse } }, config: { access: processesPolicy.read } },
    async (request) => processes.listProcesses(ctxOf(request), request.params.collaborationId),
  )

  app.get(
    `${base}/:processModelId`,
    { schema: { tags, summary: 'One version of a process model', params: ProcessParams, response: { 200: ProcessModel } }, config: { access: processesPolicy.read } },
    async (request) => processes.getProcessModel(ctxOf(request), request.params.collaborationId, request.params.processModelId),
  )

  app.post(
    base,
    { schema: { tags, summary: 'Copy a template or a model into a new model of the collaboration', params: CollaborationParams, body: CopyProcessBody, response: { 201: ProcessModel } }, config: { access: processesPolicy.change } },
    async (request, reply) => reply.status(201).send(await processes.copyProcessModel(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.post(
    `${base}/:processModelId/versions`,
    { schema: { tags, summary: 'Save an edit as the next version; initiatives keep the version they started under', params: ProcessParams, body: ReviseProcessBody, response: { 201: ProcessModel } }, config: { access: processesPolicy.change } },
    async (request, reply) => reply.status(201).send(await processes.reviseProcessModel(ctxOf(request), request.params.collaborationId, request.params.processModelId, request.body)),
  )
}
