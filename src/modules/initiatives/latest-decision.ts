/**
 * "The latest decision of each decider counts": at a gate, a later decision by the same decider replaces an
 * earlier one. The decider of a member's own decision is the member (whatever its kind); of a body's decision,
 * the body for that decision kind. Later means: decided on a later day, then recorded later, then the larger id
 * (so that two decisions recorded in one transaction still have one order).
 */

export interface DecidedRecord {
  id: string
  bodyId: string | null
  memberId: string | null
  decisionKindId: string
  /** ISO date. */
  decidedOn: string
  /** When it was recorded, as a string that sorts in time order (see RECORDED_AT_SORTABLE). */
  recordedAt: string
}

/** Who a decision belongs to when a later one replaces it. */
export const deciderOf = (d: Pick<DecidedRecord, 'bodyId' | 'memberId' | 'decisionKindId'>) => (d.memberId !== null ? `member ${d.memberId}` : `body ${d.bodyId} ${d.decisionKindId}`)

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Earlier before later, by decision day, then recording time, then id. */
export const decisionOrder = (a: DecidedRecord, b: DecidedRecord) => compare(a.decidedOn, b.decidedOn) || compare(a.recordedAt, b.recordedAt) || compare(a.id, b.id)

/** The latest decision of each decider, whatever order they come in; oldest first. */
export function latestPerDecider<D extends DecidedRecord>(decisions: readonly D[]): D[] {
  const latest = new Map<string, D>()
  for (const decision of decisions) {
    const decider = deciderOf(decision)
    const known = latest.get(decider)
    if (!known || decisionOrder(known, decision) < 0) latest.set(decider, decision)
  }
  return [...latest.values()].sort(decisionOrder)
}

/** The latest decision of one member among these, or null when it has none. */
export const latestOfMember = <D extends DecidedRecord>(decisions: readonly D[], memberId: string): D | null => latestPerDecider(decisions.filter((d) => d.memberId === memberId))[0] ?? null

/** The latest decision of a body for a decision kind among these, or null when it has none. */
export const latestOfBody = <D extends DecidedRecord>(decisions: readonly D[], bodyId: string, decisionKindId: string): D | null =>
  latestPerDecider(decisions.filter((d) => d.memberId === null && d.bodyId === bodyId && d.decisionKindId === decisionKindId))[0] ?? null

/** `recorded_at` of decision `d` as text that sorts in time order: UTC, fixed width, to the microsecond. */
export const RECORDED_AT_SORTABLE = `to_char(d.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`

/** The same order in SQL over decision `d`, latest first: put it after the partition columns of a `distinct on`. */
export const LATEST_DECISION_FIRST = 'd.decided_on desc, d.recorded_at desc, d.id desc'
