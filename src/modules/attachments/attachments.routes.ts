import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { attachmentsPolicy } from './attachments.policy'
import { Attachment, AttachmentParams, AttachmentQuery } from './attachments.schema'
import * as attachments from './attachments.service'

// Attachments keep the type their file name says; anything else is served as plain bytes.
const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
}
const mediaTypeOf = (fileName: string) => mediaTypes[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'

export async function attachmentsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  // Listed with the initiatives in the API description, as before.
  const tags = ['initiatives']

  // Files are uploaded as their raw bytes (no multipart), within this plugin only.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: attachments.MAX_ATTACHMENT_BYTES }, (_request, body, done) => done(null, body))

  app.post(
    '/api/collaborations/:collaborationId/attachments',
    {
      schema: { tags, summary: 'Upload a file (the raw bytes as application/octet-stream) to attach to a document or decision', params: CollaborationParams, querystring: AttachmentQuery, response: { 201: Attachment } },
      config: { access: attachmentsPolicy.upload },
    },
    async (request, reply) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
      const saved = await attachments.uploadAttachment(ctxOf(request), request.params.collaborationId, { fileName: request.query.fileName, mediaType: mediaTypeOf(request.query.fileName), content })
      return reply.status(201).send(saved)
    },
  )

  app.get(
    '/api/collaborations/:collaborationId/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment', params: AttachmentParams }, config: { access: attachmentsPolicy.read } },
    async (request, reply) => {
      const attachment = await attachments.downloadAttachment(ctxOf(request), request.params.collaborationId, request.params.attachmentId)
      return reply
        .header('content-type', attachment.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(attachment.content))
    },
  )
}
