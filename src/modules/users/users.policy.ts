import { definePolicy, everyRole } from '../../server/http/access'

export const usersPolicy = definePolicy('users', {
  /** Secretaries see the people too: they name the chair and adjusters of a meeting. */
  listInCollaboration: { scope: 'collaboration', roles: ['coordinator', 'auditor', 'secretary'] },
  addToCollaboration: { scope: 'collaboration', roles: ['coordinator'] },
  assignRole: { scope: 'collaboration', roles: ['coordinator'] },
  removeRole: { scope: 'collaboration', roles: ['coordinator'] },
  myPermissions: { scope: 'collaboration', roles: everyRole },
  /** A coordinator sends a new invitation link to someone invited to their collaboration. */
  resendInvitation: { scope: 'collaboration', roles: ['coordinator'] },
  listAccounts: { scope: 'admin' },
  unlockAccount: { scope: 'admin' },
  resendAccountInvitation: { scope: 'admin' },
  deactivateAccount: { scope: 'admin' },
  reactivateAccount: { scope: 'admin' },
  updateMe: { scope: 'signed_in' },
  changeMyPassword: { scope: 'signed_in' },
})
