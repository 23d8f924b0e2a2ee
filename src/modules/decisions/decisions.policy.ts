import { definePolicy, everyRole } from '../../server/http/access'

export const decisionsPolicy = definePolicy('decisions', {
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Body decisions are entered by those who keep the records. */
  recordBodyDecision: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
  /** A member's own decision: its representative for that member only; the office for any member. */
  recordMemberDecision: { scope: 'collaboration', roles: ['coordinator', 'secretary', 'member_representative'], ownMemberOnly: true },
  matrix: { scope: 'collaboration', roles: everyRole },
  /** Reminding the members that have not yet decided at a gate. */
  remind: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
})
