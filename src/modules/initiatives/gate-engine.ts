/**
 * The gate engine (issue 4, SPEC §3.3): given a gate's rules and an initiative's state at that gate,
 * every condition still unmet. Pure: the use cases load the state and record what it decides.
 */

export interface GateRule {
  decisionKindName: string
  /** The body whose decision opens the gate; null when only the members decide. */
  decidingBody: { id: string; name: string } | null
  /** Every participating member must take the same decision in its own assembly (likalydande beslut). */
  requiresMemberDecisions: boolean
  minParticipants: number
  requiredDocuments: { typeKey: string; name: string }[]
}

export type Outcome = 'approve' | 'reject' | 'defer'

export interface GateState {
  /** The members taking part when the initiative reached the gate. */
  participants: { memberId: string; name: string }[]
  /** Documents of the phase; only final versions count. */
  documents: { typeKey: string; final: boolean }[]
  /** Decisions recorded for this gate, oldest first; a later decision by the same decider replaces an earlier one. */
  decisions: { bodyId: string | null; memberId: string | null; outcome: Outcome }[]
}

export type Unmet =
  | { code: 'document_missing'; document: string }
  | { code: 'body_decision_missing'; body: string }
  | { code: 'body_rejected'; body: string }
  | { code: 'body_deferred'; body: string }
  | { code: 'member_decision_missing'; member: string }
  | { code: 'member_deferred'; member: string }
  | { code: 'too_few_participants'; remaining: number; required: number }

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

  if (gate.decidingBody) {
    const body = gate.decidingBody
    const outcome = latest(state.decisions, (d) => d.bodyId === body.id && d.memberId === null)
    if (outcome === null) unmet.push({ code: 'body_decision_missing', body: body.name })
    if (outcome === 'reject') unmet.push({ code: 'body_rejected', body: body.name })
    if (outcome === 'defer') unmet.push({ code: 'body_deferred', body: body.name })
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

  if (remaining.length < gate.minParticipants) unmet.push({ code: 'too_few_participants', remaining: remaining.length, required: gate.minParticipants })

  return { unmet, mayAdvance: unmet.length === 0, declined, remaining }
}

const texts = {
  sv: {
    document_missing: (u: { document: string }) => `${u.document} saknas.`,
    body_decision_missing: (u: { body: string }) => `${u.body} har inte beslutat.`,
    body_rejected: (u: { body: string }) => `${u.body} har avslagit.`,
    body_deferred: (u: { body: string }) => `${u.body} har bordlagt beslutet.`,
    member_decision_missing: (u: { member: string }) => `${u.member} har inte beslutat.`,
    member_deferred: (u: { member: string }) => `${u.member} har skjutit upp sitt beslut.`,
    too_few_participants: (u: { remaining: number; required: number }) => `Bara ${u.remaining} deltagare återstår; ${u.required} krävs.`,
  },
  en: {
    document_missing: (u: { document: string }) => `${u.document} is missing.`,
    body_decision_missing: (u: { body: string }) => `${u.body} has not decided.`,
    body_rejected: (u: { body: string }) => `${u.body} has rejected it.`,
    body_deferred: (u: { body: string }) => `${u.body} has deferred the decision.`,
    member_decision_missing: (u: { member: string }) => `${u.member} has not decided.`,
    member_deferred: (u: { member: string }) => `${u.member} has deferred its decision.`,
    too_few_participants: (u: { remaining: number; required: number }) => `Only ${u.remaining} participant${u.remaining === 1 ? '' : 's'} remain${u.remaining === 1 ? 's' : ''}; ${u.required} required.`,
  },
}

/** An unmet condition in plain Swedish or English. */
export function describeUnmet(locale: 'sv' | 'en', unmet: Unmet): string {
  return (texts[locale][unmet.code] as (u: Unmet) => string)(unmet)
}
