import type { FastifyReply } from 'fastify'

/** The media types of the files the API hands out. */
export const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

/**
 * Sends a file with its name in UTF-8 (RFC 6266, so "Beslutsunderlag Överkalix.pdf" arrives as named): a PDF is shown
 * in the browser, anything else is downloaded.
 */
export function sendFile(reply: FastifyReply, format: keyof typeof MEDIA_TYPES, fileName: string, content: Buffer | string) {
  const disposition = format === 'pdf' ? 'inline' : 'attachment'
  return reply.header('content-type', MEDIA_TYPES[format]).header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(content)
}
