import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useOwnMembers } from '../collaborations/own-members'
import { allows } from '../collaborations/queries'

/** What the signed-in user may do with the collaboration's money (the API decides again on every request). */
export function useFinanceRights() {
  const { permissions, myRoles } = useCurrentCollaboration()
  const own = useOwnMembers()
  // A representative sets usage and records in-kind hours for the members it represents only; the office for any member.
  const usage = own.forAction('finance', 'setUsage')
  const inKind = own.forAction('finance', 'recordInKind')
  // A finance officer tied to a member (a municipality's ekonom) reads the budgets but does not change them.
  const budgetOffice = myRoles.some((role) => role.role === 'coordinator' || (role.role === 'finance_officer' && !role.memberId))
  return {
    manageKeys: allows(permissions, 'finance', 'manageKeys'),
    manageBudgets: allows(permissions, 'finance', 'manageBudgets') && budgetOffice,
    reopenBudget: allows(permissions, 'finance', 'reopenBudget'),
    recordActuals: allows(permissions, 'finance', 'recordActuals'),
    maySetUsageFor: usage.mayActFor,
    mayRecordInKindFor: inKind.mayActFor,
    /** True when the user may record in-kind hours only for its own member(s). */
    inKindOwnMemberOnly: inKind.ownMembers !== null,
  }
}
