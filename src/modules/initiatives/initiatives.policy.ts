import { definePolicy, everyRole } from '../../server/http/access'
import { attachmentsPolicy } from '../attachments'

export const initiativesPolicy = definePolicy('initiatives', {
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** A member representative registers ideas for its own member (checked in the use case); a coordinator for any. */
  create: { scope: 'collaboration', roles: ['coordinator', 'member_representative'] },
  edit: { scope: 'collaboration', roles: ['coordinator', 'project_manager'] },
  /** Advancing through a gate, sending back, pausing, stopping and completing. */
  steer: { scope: 'collaboration', roles: ['coordinator'] },
  /** Asking to join at the next gate, or withdrawing that request: for one's own member. */
  participate: { scope: 'collaboration', roles: ['coordinator', 'member_representative'], ownMemberOnly: true },
  writeDocuments: { scope: 'collaboration', roles: ['coordinator', 'project_manager', 'management_lead', 'secretary'] },
  // The attachments module's rules, listed here among the initiatives' rights as before.
  uploadAttachment: attachmentsPolicy.upload,
  readAttachment: attachmentsPolicy.read,
  /** What one member takes part in, owes and declined: open to everyone in the collaboration. */
  memberView: { scope: 'collaboration', roles: everyRole },
})
