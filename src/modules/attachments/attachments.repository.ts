import type { Queryable } from '../../server/db/database'

export interface AttachmentMeta {
  id: string
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
}

const attachmentColumns = `id, file_name as "fileName", media_type as "mediaType", size_bytes as "sizeBytes", sha256`

export async function insertAttachment(tx: Queryable, row: Omit<AttachmentMeta, 'id'> & { collaborationId: string; content: Buffer; uploadedBy: string; uploadedByUserId: string | null }) {
  const [inserted] = await tx.query<AttachmentMeta>(
    `insert into attachment (collaboration_id, file_name, media_type, size_bytes, sha256, content, uploaded_by_name, uploaded_by_user_id) values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${attachmentColumns}`,
    [row.collaborationId, row.fileName, row.mediaType, row.sizeBytes, row.sha256, row.content, row.uploadedBy, row.uploadedByUserId],
  )
  return inserted!
}

export const listAttachments = (db: Queryable, collaborationId: string, ids: string[]) =>
  ids.length ? db.query<AttachmentMeta>(`select ${attachmentColumns} from attachment where collaboration_id = $1 and id = any($2::uuid[])`, [collaborationId, ids]) : Promise.resolve([])

export async function findAttachmentContent(db: Queryable, collaborationId: string, id: string) {
  const [row] = await db.query<AttachmentMeta & { content: Uint8Array; uploadedByUserId: string | null }>(
    `select ${attachmentColumns}, content, uploaded_by_user_id as "uploadedByUserId" from attachment where collaboration_id = $1 and id = $2`,
    [collaborationId, id],
  )
  return row
}

/** The records a file is attached to, and whether any of them is confidential: a file is read under their rule. */
export const attachmentUses = (db: Queryable, id: string) =>
  db.query<{ record: 'register_entry' | 'meeting_document' | 'decision' | 'initiative_document'; confidential: boolean }>(
    `select 'register_entry' as record, e.confidential from register_entry e where e.attachment_id = $1
     union all select 'meeting_document', false from meeting_document d where d.attachment_id = $1
     union all select 'decision', false from decision d where d.attachment_id = $1
     union all select 'initiative_document', false from initiative_document_version v where $1 = any(v.attachment_ids)`,
    [id],
  )
