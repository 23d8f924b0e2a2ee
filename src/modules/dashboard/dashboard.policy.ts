import { definePolicy, everyRole } from '../../server/http/access'

export const dashboardPolicy = definePolicy('dashboard', {
  /** Everyone with a role in the collaboration; what a member pays is shown only for the reader's own members (the use case picks them). */
  read: { scope: 'collaboration', roles: everyRole },
})
