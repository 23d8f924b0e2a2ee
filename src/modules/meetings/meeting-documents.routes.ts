import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { meetingsPolicy } from './meetings.policy'
import { AgendaItemParams, MeetingParams } from './meetings.schema'
import * as documents from './meeting-documents.service'

const sendPdf = (reply: FastifyReply, { pdf, fileName }: { pdf: Buffer; fileName: string }) =>
  reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(pdf)

/** The meeting's documents as files: the notice, the minutes and an extract of one §. */
export async function meetingDocumentsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['meetings']
  const one = '/api/collaborations/:collaborationId/meetings/:meetingId'
  const read = { access: meetingsPolicy.read }

  app.get(`${one}/notice.pdf`, { schema: { tags, summary: 'The notice (kallelse) with the agenda and its recipients as PDF', params: MeetingParams }, config: read }, async (request, reply) =>
    sendPdf(reply, await documents.noticePdf(ctxOf(request), request.params.collaborationId, request.params.meetingId)),
  )

  app.get(`${one}/minutes.pdf`, { schema: { tags, summary: 'The minutes as PDF, marked as a draft until approved', params: MeetingParams }, config: read }, async (request, reply) =>
    sendPdf(reply, await documents.minutesPdf(ctxOf(request), request.params.collaborationId, request.params.meetingId)),
  )

  app.get(`${one}/items/:itemId/extract.pdf`, { schema: { tags, summary: 'An extract of the minutes (protokollsutdrag) for one decided § as PDF', params: AgendaItemParams }, config: read }, async (request, reply) =>
    sendPdf(reply, await documents.extractPdf(ctxOf(request), request.params.collaborationId, request.params.meetingId, request.params.itemId)),
  )
}
