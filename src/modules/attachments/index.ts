/** What other modules may use of attachments: the files' metadata, read by id. */
export { listAttachments, type AttachmentMeta } from './attachments.repository'
export { attachmentsPolicy } from './attachments.policy'
export { Attachment } from './attachments.schema'
