import { everyRole, type Policy } from '../../server/http/access'

/**
 * Who uploads and reads files. Not a capability of its own: the initiatives' policy lists these two rules
 * (uploadAttachment, readAttachment), where the rights page has always shown them.
 */
export const attachmentsPolicy = {
  upload: { scope: 'collaboration', roles: ['coordinator', 'project_manager', 'management_lead', 'secretary', 'member_representative'] },
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
} satisfies Policy
