import { definePolicy, everyRole } from '../../server/http/access'

export const decisionBasisPolicy = definePolicy('decision-basis', {
  /**
   * The basis and its dispatched versions follow the initiative's read rule. A member representative gets the
   * common basis and its own member's variant only (checked in the use case: the member is a query parameter).
   */
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Freezing a version and sending it out: the collaboration's coordinator or secretary. */
  dispatch: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
})
