import { definePolicy, everyRole } from '../../server/http/access'

export const casesPolicy = definePolicy('cases', {
  /** Cases and the register are public records where the collaboration's are; confidential details stay withheld. */
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Registering cases and documents: the office that keeps the records. */
  register: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
  settings: { scope: 'collaboration', roles: ['coordinator'] },
})
