import { definePolicy, everyRole } from '../../server/http/access'

export const planningPolicy = definePolicy('planning', {
  read: { scope: 'collaboration', roles: everyRole },
  /** The adopted plan is a public record where the collaboration's records are. */
  readPlan: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Rounds, their timetable and method, and screening are the office's work. */
  manageRound: { scope: 'collaboration', roles: ['coordinator'] },
  /** A member's proposals, co-signatures and priorities: its representative for that member only. */
  actForMember: { scope: 'collaboration', roles: ['coordinator', 'member_representative'], ownMemberOnly: true },
  /** Recording the steering body's adoption of the plan. */
  adoptPlan: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
  /** A member's own approval of the plan (likalydande beslut). */
  recordApproval: { scope: 'collaboration', roles: ['coordinator', 'secretary', 'member_representative'], ownMemberOnly: true },
  notifications: { scope: 'signed_in' },
})
