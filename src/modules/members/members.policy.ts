import { definePolicy, everyRole } from '../../server/http/access'

export const membersPolicy = definePolicy('members', {
  /** The national reference data is not secret, but is served to signed-in users only. */
  readReferenceData: { scope: 'signed_in' },
  list: { scope: 'collaboration', roles: everyRole, publicRead: true },
  add: { scope: 'collaboration', roles: ['coordinator'] },
  /** A member representative keeps its own member's contact details; the coordinator any member's. */
  update: { scope: 'collaboration', roles: ['coordinator', 'member_representative'], ownMemberOnly: true },
})
