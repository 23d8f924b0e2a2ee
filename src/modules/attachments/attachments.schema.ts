import { z } from 'zod'
import { text } from '../../shared/schema'

export const Attachment = z.object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string() })
export const AttachmentQuery = z.object({ fileName: text(200).min(1) })
export const AttachmentParams = z.object({ collaborationId: z.uuid(), attachmentId: z.uuid() })
