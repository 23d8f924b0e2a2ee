import { escalationChain } from './escalation'
import { NO_BINDING_BODY_FORMS, type BodyNode, type DecisionKindInfo, type GovernanceState } from './governance.model'
import type { LegalForm } from '../../shared/roles'

/**
 * Why every member (or, at an initiative's gate, every participating member) must also take the decision in its own
 * assembly (likalydande beslut): the legal form has no body of its own that can bind the members and the decision is
 * binding; the decision kind itself says so; or the process model's gate says so.
 */
export type MemberDecisionReason = 'no_binding_body' | 'kind_requires' | 'gate_requires'
export const MEMBER_DECISION_REASONS = ['no_binding_body', 'kind_requires', 'gate_requires'] as const satisfies readonly MemberDecisionReason[]
/** The reasons a decision kind on its own can give (a gate adds its own). */
export const KIND_MEMBER_DECISION_REASONS = ['no_binding_body', 'kind_requires'] as const

export interface DecisionPath {
  decisionKindId: string
  preparedBy: BodyNode[]
  decidedBy: BodyNode[]
  /** Every member must take the same decision in its own assembly (likalydande beslut). */
  membersMustDecide: boolean
  /** Why members must decide: the legal form has no body that can bind them, or the kind says so. */
  memberDecisionReason: (typeof KIND_MEMBER_DECISION_REASONS)[number] | null
  /** Where a disagreement about a decision goes, from the first deciding body upwards (that body excluded). */
  escalatesTo: BodyNode[]
  /**
   * The longest escalation ladder through the deciding body: from the lowest level that escalates into
   * it, through it, to the top — the steps a disagreement takes (seed 000 §9).
   */
  ladder: BodyNode[]
}

/**
 * Whether every member must also decide a kind of decision, and why. The law comes first: in a form with no body
 * that can bind the members (avtalssamverkan, projekt) every binding decision needs identical member decisions,
 * whatever the kind's own setting says.
 */
export function memberDecisionReasonOf(legalForm: LegalForm, kind: Pick<DecisionKindInfo, 'binding' | 'requiresMemberDecisions'>): DecisionPath['memberDecisionReason'] {
  if (kind.binding && NO_BINDING_BODY_FORMS.includes(legalForm)) return 'no_binding_body'
  return kind.requiresMemberDecisions ? 'kind_requires' : null
}

type PathState = Pick<GovernanceState, 'legalForm' | 'bodies' | 'mandates' | 'decisionKinds'>

/**
 * "Who decides" for a kind of decision in a collaboration: who prepares, who decides, whether every member must also
 * decide and why, and where it escalates. The one answer the governance page, the decision-kind table, the overview
 * and an initiative's gate all give.
 */
export function decisionPath(state: PathState, decisionKindId: string): DecisionPath {
  const kind = state.decisionKinds.find((k) => k.id === decisionKindId)
  if (!kind) throw new Error(`unknown decision kind ${decisionKindId}`)
  const withMandate = (mandate: 'decides' | 'prepares') =>
    state.bodies.filter((body) => state.mandates.some((m) => m.bodyId === body.id && m.decisionKindId === kind.id && m.mandate === mandate))
  const decidedBy = withMandate('decides')
  const decider = decidedBy[0]
  const below = decider
    ? state.bodies
        .map((body) => escalationChain(state.bodies, body.id))
        .filter((chain) => chain.some((body) => body.id === decider.id))
        .map((chain) => chain.slice(0, chain.findIndex((body) => body.id === decider.id)))
        .reduce<BodyNode[]>((longest, chain) => (chain.length > longest.length ? chain : longest), [])
    : []
  const memberDecisionReason = memberDecisionReasonOf(state.legalForm, kind)
  return {
    decisionKindId: kind.id,
    preparedBy: withMandate('prepares'),
    decidedBy,
    membersMustDecide: memberDecisionReason !== null,
    memberDecisionReason,
    escalatesTo: decider ? escalationChain(state.bodies, decider.id).slice(1) : [],
    ladder: decider ? [...below, ...escalationChain(state.bodies, decider.id)] : [],
  }
}

export interface GateWhoDecides {
  /** The path of each decision the gate requires, in the gate's order. */
  paths: DecisionPath[]
  /** Every participating member must also decide at this gate. */
  participantsMustDecide: boolean
  /** Why: the first required decision's reason, else the gate's own setting in the process model. */
  memberDecisionReason: MemberDecisionReason | null
}

/**
 * "Who decides" at an initiative's gate: the decision path of every kind the gate requires, and whether every
 * participating member must also decide — because a required decision demands it (legal form or kind), or because
 * the process model's gate does even where governance does not.
 */
export function whoDecidesAtGate(state: PathState, decisionKindIds: string[], gateRequiresMemberDecisions: boolean): GateWhoDecides {
  const paths = decisionKindIds.map((id) => decisionPath(state, id))
  const memberDecisionReason = paths.find((path) => path.memberDecisionReason)?.memberDecisionReason ?? (gateRequiresMemberDecisions ? 'gate_requires' : null)
  return { paths, participantsMustDecide: memberDecisionReason !== null, memberDecisionReason }
}
