/**
 * Object-level authorisation for the IDs a request carries in its body (issue 13, finding 6): the route
 * policy says *who* may act, the use case calls this before anything is written to say *on which objects*.
 * Every ID must belong to the collaboration of the path (a refusal is a 400 problem+json naming every
 * offending field); the members module's requireOwnMember holds an actor that acts only for its own member(s) to them.
 */
import type { Queryable } from '../db/database'
import { AppError, translate, type InvalidField } from './errors'
import type { Locale, MessageCode } from './messages'

export type OwnedKind = 'member' | 'body' | 'decisionKind' | 'costKey' | 'case' | 'initiative' | 'meeting' | 'attachment' | 'user' | 'proposal' | 'hourlyRate' | 'processModel'

/** Each kind: the IDs of the given ones that belong to collaboration $1, and the message when one does not. */
const kinds: Record<OwnedKind, { sql: string; code: MessageCode }> = {
  member: { sql: 'select id from member where collaboration_id = $1 and id = any($2::uuid[])', code: 'member_not_in_collaboration' },
  body: { sql: 'select id from body where collaboration_id = $1 and id = any($2::uuid[])', code: 'body_not_in_collaboration' },
  decisionKind: { sql: 'select id from decision_kind where collaboration_id = $1 and id = any($2::uuid[])', code: 'decision_kind_not_in_collaboration' },
  costKey: { sql: 'select id from cost_key where collaboration_id = $1 and id = any($2::uuid[])', code: 'cost_key_not_in_collaboration' },
  case: { sql: 'select id from "case" where collaboration_id = $1 and id = any($2::uuid[])', code: 'case_not_in_collaboration' },
  initiative: { sql: 'select id from initiative where collaboration_id = $1 and id = any($2::uuid[])', code: 'initiative_not_in_collaboration' },
  meeting: { sql: 'select id from meeting where collaboration_id = $1 and id = any($2::uuid[])', code: 'meeting_not_in_collaboration' },
  attachment: { sql: 'select id from attachment where collaboration_id = $1 and id = any($2::uuid[])', code: 'attachment_not_found' },
  user: { sql: 'select distinct user_id as id from role_assignment where collaboration_id = $1 and user_id = any($2::uuid[])', code: 'user_not_in_collaboration' },
  proposal: { sql: 'select p.id from proposal p join planning_round r on r.id = p.round_id where r.collaboration_id = $1 and p.id = any($2::uuid[])', code: 'proposal_not_in_collaboration' },
  hourlyRate: { sql: 'select id from hourly_rate where collaboration_id = $1 and id = any($2::uuid[])', code: 'hourly_rate_not_in_collaboration' },
  processModel: { sql: 'select id from process_model where collaboration_id = $1 and id = any($2::uuid[])', code: 'process_model_not_found' },
}

/** One ID of a request and where it sits (`body.attendance.2.memberId`); null or undefined IDs are skipped. */
export interface OwnedRef {
  path: string
  kind: OwnedKind
  id: string | null | undefined
}

/** The refs of a list of IDs, each at its index under `path`. */
export const eachAt = (path: string, kind: OwnedKind, ids: readonly (string | null | undefined)[]): OwnedRef[] => ids.map((id, i) => ({ path: `${path}.${i}`, kind, id }))

/** Refuses the request (400, every offending field named) unless every ID belongs to the collaboration. */
export async function requireInCollaboration(db: Queryable, locale: Locale, collaborationId: string, refs: readonly OwnedRef[]): Promise<void> {
  const present = refs.filter((ref): ref is OwnedRef & { id: string } => typeof ref.id === 'string')
  const found = new Map<OwnedKind, Set<string>>()
  for (const kind of new Set(present.map((ref) => ref.kind))) {
    const ids = [...new Set(present.filter((ref) => ref.kind === kind).map((ref) => ref.id))]
    const rows = await db.query<{ id: string }>(kinds[kind].sql, [collaborationId, ids])
    found.set(kind, new Set(rows.map((row) => row.id)))
  }
  const fields: InvalidField[] = present.filter((ref) => !found.get(ref.kind)!.has(ref.id)).map((ref) => ({ path: ref.path, message: translate(locale, kinds[ref.kind].code) }))
  if (fields.length) throw new AppError(400, 'invalid_request', {}, fields)
}
