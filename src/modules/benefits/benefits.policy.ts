import { definePolicy, everyRole } from '../../server/http/access'

export const benefitsPolicy = definePolicy('benefits', {
  /** As the initiative itself (initiatives.policy `read`): everyone in the collaboration, the public when its records are public. */
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Effects and indicators, and importing a whole file: the office and the project managers. */
  manage: { scope: 'collaboration', roles: ['coordinator', 'project_manager'] },
  /** A member's baseline, target and measurements: its representative for its own member only; the office and project managers for any participant. */
  enterFigures: { scope: 'collaboration', roles: ['coordinator', 'project_manager', 'member_representative'], ownMemberOnly: true },
  /** What a member gained against what it paid, and the collaboration's summary: open to everyone in the collaboration, as the member view is. */
  memberView: { scope: 'collaboration', roles: everyRole },
})
