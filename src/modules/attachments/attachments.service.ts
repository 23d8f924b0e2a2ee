import { createHash } from 'node:crypto'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, notFound } from '../../server/http/errors'
import { recordChange } from '../audit'
import { seesConfidential } from '../registry'
import * as repo from './attachments.repository'

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

export async function uploadAttachment(ctx: Ctx, collaborationId: string, input: { fileName: string; mediaType: string; content: Buffer }) {
  if (input.content.length === 0) throw fieldError(ctx.locale, 'body', 'attachment_empty')
  return ctx.db.transaction(async (tx) => {
    const saved = await repo.insertAttachment(tx, {
      collaborationId,
      fileName: input.fileName,
      mediaType: input.mediaType,
      sizeBytes: input.content.length,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      uploadedBy: actorName(ctx),
      uploadedByUserId: ctx.actor.user?.id ?? null,
    })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'attachment.uploaded', entityType: 'attachment', entityId: saved.id, after: { fileName: saved.fileName, sizeBytes: saved.sizeBytes, sha256: saved.sha256 } })
    return saved
  })
}

/**
 * A file is read under the rule of the records it is attached to (the route already holds it to the
 * collaboration's read rule, public where its records are): a confidential register entry's file only to
 * those who see confidential matters, and a file attached to nothing yet only to the person who uploaded it.
 */
export async function downloadAttachment(ctx: Ctx, collaborationId: string, attachmentId: string) {
  const attachment = await repo.findAttachmentContent(ctx.db, collaborationId, attachmentId)
  if (!attachment) throw notFound('attachment')
  const uses = await repo.attachmentUses(ctx.db, attachmentId)
  if (uses.length === 0) {
    if (!ctx.actor.user || ctx.actor.user.id !== attachment.uploadedByUserId) throw notFound('attachment')
  } else if (uses.some((use) => use.confidential) && !seesConfidential(ctx, collaborationId)) {
    throw new AppError(ctx.actor.user ? 403 : 401, 'attachment_confidential')
  }
  return attachment
}
