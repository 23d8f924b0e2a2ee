/**
 * The gate engine (issue 4, SPEC §3.3): given a gate's rules and an initiative's state at that gate,
 * every condition still unmet. Pure: the use cases load the state and record what it decides.
 */

export interface RequiredDecision {
  decisionKindId: string
  /** The decision kind's name in the reader's language. */
  name: string
  /** The body with the mandate to take it (from governance); null when no body has that mandate. */
  body: { id: string; name: string } | null
}

export interface GateRule {
  /** Body decisions that must all be approved. */
  requiredDecisions: RequiredDecision[]
  /** Every participating member must take the same decision in its own assembly (likalydande beslut). */
  requiresMemberDecisions: boolean
  minParticipants: number
  requiredDocuments: { typeKey: string; name: string }[]
  /** Every participating member must have a baseline for every benefit indicator (and there must be one). */
  requiresBaselines: boolean
}

export type Outcome = 'approve' | 'reject' | 'defer'

export interface GateState {
  /** The members taking part when the initiative reached the gate. */
  participants: { memberId: string; name: string }[]
  /** Documents of the phase; only final versions count. */
  documents: { typeKey: string; final: boolean }[]
  /** Decisions recorded for this gate, oldest first; a later decision by the same decider replaces an earlier one. */
  decisions: { decisionKindId: string; bodyId: string | null; memberId: string | null; outcome: Outcome }[]
  /** The members with a baseline for every benefit indicator of the initiative (none while it has no indicator). */
  membersWithBaseline: readonly string[]
}

export type Unmet =
  | { code: 'document_missing'; document: string }
  | { code: 'no_deciding_body'; decision: string }
  | { code: 'body_decision_missing'; body: string; decision: string }
  | { code: 'body_rejected'; body: string; decision: string }
  | { code: 'body_deferred'; body: string; decision: string }
  | { code: 'member_decision_missing'; member: string }
  | { code: 'member_deferred'; member: string }
  | { code: 'too_few_participants'; remaining: number; required: number }
  | { code: 'baseline_missing'; member: string }

export interface GateEvaluation {
  unmet: Unmet[]
  mayAdvance: boolean
  /** Members that declined at this gate: they leave the initiative here. */
  declined: { memberId: string; name: string }[]
  /** Members that go on into the next phase if the gate opens. */
  remaining: { memberId: string; name: string }[]
}

function latest(decisions: GateState['decisions'], matches: (d: GateState['decisions'][number]) => boolean): Outcome | null {
  let outcome: Outcome | null = null
  for (const decision of decisions) if (matches(decision)) outcome = decision.outcome
  return outcome
}

export function evaluateGate(gate: GateRule, state: GateState): GateEvaluation {
  const unmet: Unmet[] = []

  for (const document of gate.requiredDocuments) {
    if (!state.documents.some((d) => d.typeKey === document.typeKey && d.final)) unmet.push({ code: 'document_missing', document: document.name })
  }

  for (const required of gate.requiredDecisions) {
    const body = required.body
    if (!body) {
      unmet.push({ code: 'no_deciding_body', decision: required.name })
      continue
    }
    const outcome = latest(state.decisions, (d) => d.bodyId === body.id && d.memberId === null && d.decisionKindId === required.decisionKindId)
    const names = { body: body.name, decision: required.name }
    if (outcome === null) unmet.push({ code: 'body_decision_missing', ...names })
    if (outcome === 'reject') unmet.push({ code: 'body_rejected', ...names })
    if (outcome === 'defer') unmet.push({ code: 'body_deferred', ...names })
  }

  const declined: GateEvaluation['declined'] = []
  const remaining: GateEvaluation['remaining'] = []
  for (const participant of state.participants) {
    const outcome = latest(state.decisions, (d) => d.memberId === participant.memberId)
    if (outcome === 'reject') {
      declined.push(participant)
      continue
    }
    remaining.push(participant)
    if (!gate.requiresMemberDecisions) continue
    if (outcome === null) unmet.push({ code: 'member_decision_missing', member: participant.name })
    if (outcome === 'defer') unmet.push({ code: 'member_deferred', member: participant.name })
  }

  // Those who go on must each know where they start from, so that what they gain can be followed up.
  if (gate.requiresBaselines) for (const p of remaining) if (!state.membersWithBaseline.includes(p.memberId)) unmet.push({ code: 'baseline_missing', member: p.name })

  if (remaining.length < gate.minParticipants) unmet.push({ code: 'too_few_participants', remaining: remaining.length, required: gate.minParticipants })

  return { unmet, mayAdvance: unmet.length === 0, declined, remaining }
}

const texts = {
  sv: {
    document_missing: (u: { document: string }) => `${u.document} saknas.`,
    no_deciding_body: (u: { decision: string }) => `Inget organ har mandat att besluta om ${u.decision}; ange det under Organisation och beslut.`,
    body_decision_missing: (u: { body: string; decision: string }) => `${u.body} har inte beslutat om ${u.decision}.`,
    body_rejected: (u: { body: string; decision: string }) => `${u.body} har avslagit ${u.decision}.`,
    body_deferred: (u: { body: string; decision: string }) => `${u.body} har bordlagt ${u.decision}.`,
    member_decision_missing: (u: { member: string }) => `${u.member} har inte beslutat.`,
    member_deferred: (u: { member: string }) => `${u.member} har skjutit upp sitt beslut.`,
    too_few_participants: (u: { remaining: number; required: number }) => `Bara ${u.remaining} deltagare återstår; ${u.required} krävs.`,
    baseline_missing: (u: { member: string }) => `${u.member} har inte angett utgångsvärden för alla nyttoindikatorer.`,
  },
  en: {
    document_missing: (u: { document: string }) => `${u.document} is missing.`,
    no_deciding_body: (u: { decision: string }) => `No body has the mandate to decide on ${u.decision}; set it under Organisation and decisions.`,
    body_decision_missing: (u: { body: string; decision: string }) => `${u.body} has not decided on ${u.decision}.`,
    body_rejected: (u: { body: string; decision: string }) => `${u.body} has rejected ${u.decision}.`,
    body_deferred: (u: { body: string; decision: string }) => `${u.body} has deferred ${u.decision}.`,
    member_decision_missing: (u: { member: string }) => `${u.member} has not decided.`,
    member_deferred: (u: { member: string }) => `${u.member} has deferred its decision.`,
    too_few_participants: (u: { remaining: number; required: number }) => `Only ${u.remaining} participant${u.remaining === 1 ? '' : 's'} remain${u.remaining === 1 ? 's' : ''}; ${u.required} required.`,
    baseline_missing: (u: { member: string }) => `${u.member} has not entered baselines for every benefit indicator.`,
  },
}

/** An unmet condition in plain Swedish or English. */
export function describeUnmet(locale: 'sv' | 'en', unmet: Unmet): string {
  return (texts[locale][unmet.code] as (u: Unmet) => string)(unmet)
}
