import { definePolicy } from '../../server/http/access'

export const auditPolicy = definePolicy('audit', {
  read: { scope: 'collaboration', roles: ['auditor', 'coordinator'] },
  /** The chain is one for the whole installation; checking it reveals no entries. */
  verify: { scope: 'collaboration', roles: ['auditor', 'coordinator'] },
  readAll: { scope: 'admin' },
})
