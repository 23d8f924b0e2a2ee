import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { auditPolicy } from './audit.policy'
import { AuditEntry, AuditQuery, ChainVerdictResponse } from './audit.schema'
import { resolveAuditKey } from '../../server/audit-key'
import * as audit from './audit.service'

export async function auditRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['audit']
  const key = resolveAuditKey(server.config)
  const stopCheckpoints = audit.scheduleAuditCheckpoints(server.db, key, (error) => server.log.error(error, 'audit checkpoint failed'))
  server.addHook('onClose', async () => stopCheckpoints())

  app.get(
    '/api/collaborations/:collaborationId/audit',
    { schema: { tags, summary: "The collaboration's audit log, newest first", params: CollaborationParams, querystring: AuditQuery, response: { 200: z.array(AuditEntry) } }, config: { access: auditPolicy.read } },
    async (request) => audit.listCollaborationAudit(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.get(
    '/api/collaborations/:collaborationId/audit/verify',
    { schema: { tags, summary: 'Check the hash chain of the whole audit log', params: CollaborationParams, response: { 200: ChainVerdictResponse } }, config: { access: auditPolicy.verify } },
    async () => audit.verifyAuditChain(app.db, key),
  )

  app.get(
    '/api/audit',
    { schema: { tags, summary: 'The whole audit log (administrators)', querystring: AuditQuery, response: { 200: z.array(AuditEntry) } }, config: { access: auditPolicy.readAll } },
    async (request) => audit.listAllAudit(ctxOf(request), request.query),
  )
}
