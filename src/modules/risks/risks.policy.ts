import { definePolicy, everyRole } from '../../server/http/access'

export const risksPolicy = definePolicy('risks', {
  /** The register follows the initiative's read rule: its risks are public records where the initiative is. */
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /**
   * Adding, editing, reviewing and closing risks: the coordinator and project managers for any risk; a member
   * representative for risks concerning its own member only (checked in the use case: the member on the risk,
   * before and after the change, must be its own).
   */
  manage: { scope: 'collaboration', roles: ['coordinator', 'project_manager', 'member_representative'] },
  /** The escalation threshold is read by everyone in the collaboration and set by the coordinator. */
  readSettings: { scope: 'collaboration', roles: everyRole },
  setThreshold: { scope: 'collaboration', roles: ['coordinator'] },
})
