import { definePolicy, everyRole } from '../../server/http/access'

export const collaborationsPolicy = definePolicy('collaborations', {
  /** Lists the collaborations the user holds a role in (an administrator sees all). */
  listMine: { scope: 'signed_in' },
  /** Open to administrators and to anyone who coordinates a collaboration already (checked in the use case). */
  create: { scope: 'signed_in' },
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  update: { scope: 'collaboration', roles: ['coordinator'] },
})
