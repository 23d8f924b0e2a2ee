import { definePolicy, everyRole } from '../../server/http/access'

export const usersPolicy = definePolicy('users', {
  listInCollaboration: { scope: 'collaboration', roles: ['coordinator', 'auditor'] },
  addToCollaboration: { scope: 'collaboration', roles: ['coordinator'] },
  assignRole: { scope: 'collaboration', roles: ['coordinator'] },
  removeRole: { scope: 'collaboration', roles: ['coordinator'] },
  myPermissions: { scope: 'collaboration', roles: everyRole },
  listAccounts: { scope: 'admin' },
  unlockAccount: { scope: 'admin' },
  updateMe: { scope: 'signed_in' },
  changeMyPassword: { scope: 'signed_in' },
})
