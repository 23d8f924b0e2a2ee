import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { meetingsPolicy } from './meetings.policy'
import { MeetingParams } from './meetings.schema'
import * as documents from './meeting-documents.service'

/** The meeting's documents as files: the minutes (and, below, what else a meeting produces). */
export async function meetingDocumentsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['meetings']
  const one = '/api/collaborations/:collaborationId/meetings/:meetingId'
  const read = { access: meetingsPolicy.read }

  app.get(`${one}/minutes.pdf`, { schema: { tags, summary: 'The minutes as PDF', params: MeetingParams }, config: read }, async (request, reply) => {
    const { pdf, fileName } = await documents.minutesPdf(ctxOf(request), request.params.collaborationId, request.params.meetingId)
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(pdf)
  })
}
