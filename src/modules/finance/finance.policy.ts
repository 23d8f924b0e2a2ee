import { definePolicy, everyRole } from '../../server/http/access'

export const financePolicy = definePolicy('finance', {
  /** Every member sees every member's basis: transparency is what makes a split trusted. */
  read: { scope: 'collaboration', roles: everyRole },
  /** Keys, index values and hourly rates are the collaboration's agreements, kept by its office. */
  manageKeys: { scope: 'collaboration', roles: ['coordinator'] },
  /** Budgets and their lines, external funding, adopting a budget by its decision. A member's finance officer only reads them (checked in the use case). */
  manageBudgets: { scope: 'collaboration', roles: ['coordinator', 'finance_officer'] },
  /** Reopening an adopted budget undoes a decision's effect here, so only the coordinator does it, with a reason. */
  reopenBudget: { scope: 'collaboration', roles: ['coordinator'] },
  /** Booking what was actually spent. */
  recordActuals: { scope: 'collaboration', roles: ['coordinator', 'finance_officer', 'project_manager'] },
  /** A member's usage figures: its representative for that member only; the office for any member. */
  setUsage: { scope: 'collaboration', roles: ['coordinator', 'member_representative'], ownMemberOnly: true },
  /** Hours a member's staff put in: the representative for its own member, the office and project managers for any. */
  recordInKind: { scope: 'collaboration', roles: ['coordinator', 'project_manager', 'member_representative'], ownMemberOnly: true },
})
