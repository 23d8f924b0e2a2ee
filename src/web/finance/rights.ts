import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows, permissionFor } from '../collaborations/queries'

/** What the signed-in user may do with the collaboration's money (the API decides again on every request). */
export function useFinanceRights() {
  const { permissions, myRoles } = useCurrentCollaboration()
  const usage = permissionFor(permissions, 'finance', 'setUsage')
  const inKind = permissionFor(permissions, 'finance', 'recordInKind')
  // A representative sets usage and records in-kind hours for the members it represents only; the office for any member.
  const ownMemberIds = myRoles.filter((role) => role.role === 'member_representative' && role.memberId).map((role) => role.memberId as string)
  // A finance officer tied to a member (a municipality's ekonom) reads the budgets but does not change them.
  const budgetOffice = myRoles.some((role) => role.role === 'coordinator' || (role.role === 'finance_officer' && !role.memberId))
  return {
    manageKeys: allows(permissions, 'finance', 'manageKeys'),
    manageBudgets: allows(permissions, 'finance', 'manageBudgets') && budgetOffice,
    reopenBudget: allows(permissions, 'finance', 'reopenBudget'),
    recordActuals: allows(permissions, 'finance', 'recordActuals'),
    maySetUsageFor: (memberId: string) => Boolean(usage) && (!usage?.onlyForMembers || ownMemberIds.includes(memberId)),
    mayRecordInKindFor: (memberId: string) => Boolean(inKind) && (!inKind?.onlyForMembers || ownMemberIds.includes(memberId)),
    /** True when the user may record in-kind hours only for its own member(s). */
    inKindOwnMemberOnly: Boolean(inKind?.onlyForMembers),
  }
}
