import type { Queryable } from '../../server/db/database'
import { AppError } from '../../server/http/errors'
import { memberNamesByIds } from './members.repository'

/**
 * The one assert of "acts only for its own member": refuses (403, naming the members the actor represents) when
 * `acting` (from `actingMembers` in access.ts; null acts for every member) leaves out any of `memberIds`.
 */
export async function requireOwnMember(db: Queryable, acting: readonly string[] | null, memberIds: readonly string[]): Promise<void> {
  if (!acting || memberIds.every((memberId) => acting.includes(memberId))) return
  throw new AppError(403, 'forbidden_other_member', { member: (await memberNamesByIds(db, [...acting])).join(', ') })
}
