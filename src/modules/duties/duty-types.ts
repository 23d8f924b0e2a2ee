import type { Queryable } from '../../server/db/database'
import type { Role } from '../../shared/roles'

/**
 * What someone owes: every capability that creates work for a person names it here and answers with a
 * `DutySource`. The list is the order of the duties' texts in duties.texts.ts.
 */
export const DUTY_KINDS = [
  'member_decision',
  'member_decisions_waiting',
  'gate_decision',
  'cosign_proposal',
  'cast_ballot',
  'approve_minutes',
  'post_minutes',
  'case_ready',
  'funding_answer',
  'risk_review',
  'benefit_measurement',
  'benefit_baseline',
] as const
export type DutyKind = (typeof DUTY_KINDS)[number]

/**
 * Who owes it: a person named on the record (the chair who approves the minutes), or everyone holding a role
 * in the duty's collaboration — for that member only when `memberId` is given (a member's representatives owe
 * its decision; a coordinator owes what waits for the collaboration).
 */
export type DutyOwner = { userId: string } | { role: Role; memberId?: string }

export interface Duty {
  /** Stable across reads while the duty stands, e.g. `member_decision:<initiative>:<phase entry>:<member>`: notifications and reminders key on it. */
  key: string
  kind: DutyKind
  collaborationId: string
  owners: DutyOwner[]
  /** The member it is about, shown as "Kalix kommun ska besluta …". */
  member: { id: string; name: string } | null
  /** What it concerns, as its record names it: an initiative's title, a body and meeting date, a proposal's number and title. */
  subject: string
  /** Further words for the text in each language (a gate's name, how many members), filled into the kind's text. */
  detail: { sv: string; en: string } | null
  /** The web page where it is done. */
  link: string
  /** The last day to do it (Swedish date), when there is one. */
  dueOn: string | null
  /** The day it arose. */
  since: string
}

/** Everything owed in these collaborations on this Swedish day, by anyone: the duties module picks each person's. */
export interface DutyScope {
  collaborationIds: string[]
  today: string
}

export interface DutySource {
  /** Its name in logs and tests. */
  name: string
  kinds: readonly DutyKind[]
  list(db: Queryable, scope: DutyScope): Promise<Duty[]>
}
