import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { collaborationsPolicy } from './collaborations.policy'
import { CollaborationParams } from '../../server/http/params'
import { Collaboration, CollaborationSummary, CreateCollaborationBody, UpdateCollaborationBody } from './collaborations.schema'
import * as collaborations from './collaborations.service'

export async function collaborationRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['collaborations']

  app.get(
    '/api/collaborations',
    { schema: { tags, summary: 'The collaborations I hold a role in', response: { 200: z.array(CollaborationSummary) } }, config: { access: collaborationsPolicy.listMine } },
    async (request) => collaborations.listMyCollaborations(ctxOf(request)),
  )

  app.post(
    '/api/collaborations',
    {
      schema: { tags, summary: 'Create a collaboration with its members', body: CreateCollaborationBody, response: { 201: Collaboration } },
      config: { access: collaborationsPolicy.create },
    },
    async (request, reply) => reply.status(201).send(await collaborations.createCollaboration(ctxOf(request), request.body)),
  )

  app.get(
    '/api/collaborations/:collaborationId',
    { schema: { tags, summary: 'One collaboration', params: CollaborationParams, response: { 200: Collaboration } }, config: { access: collaborationsPolicy.read } },
    async (request) => collaborations.getCollaboration(ctxOf(request), request.params.collaborationId),
  )

  app.patch(
    '/api/collaborations/:collaborationId',
    {
      schema: { tags, summary: "Change a collaboration's name, prefix, legal form, host or description", params: CollaborationParams, body: UpdateCollaborationBody, response: { 200: Collaboration } },
      config: { access: collaborationsPolicy.update },
    },
    async (request) => collaborations.updateCollaboration(ctxOf(request), request.params.collaborationId, request.body),
  )
}
