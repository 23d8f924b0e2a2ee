import type { RoleGrant } from '../../server/http/access'
import type { Duty, DutyOwner } from './duty-types'

/** Whether a person with these role grants (and this user id) owes the duty. */
export function owes(duty: Duty, userId: string, grants: readonly RoleGrant[]): boolean {
  return duty.owners.some((owner) => ownerIs(owner, duty.collaborationId, userId, grants))
}

function ownerIs(owner: DutyOwner, collaborationId: string, userId: string, grants: readonly RoleGrant[]) {
  if ('userId' in owner) return owner.userId === userId
  return grants.some((grant) => grant.collaborationId === collaborationId && grant.role === owner.role && (owner.memberId === undefined || grant.memberId === owner.memberId))
}

/** Days from `today` to the due date (negative when overdue), by Swedish calendar days. */
export function daysLeft(dueOn: string | null, today: string): number | null {
  if (!dueOn) return null
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** What is due first comes first: overdue and dated duties by due date, then those without a date by when they arose; the key breaks ties. */
export function dueFirst(a: Duty, b: Duty): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1
    if (b.dueOn === null) return -1
    return a.dueOn < b.dueOn ? -1 : 1
  }
  if (a.since !== b.since) return a.since < b.since ? -1 : 1
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}
