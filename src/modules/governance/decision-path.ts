import { escalationChain } from './escalation'
import { NO_BINDING_BODY_FORMS, type BodyNode, type GovernanceState } from './governance.model'

export interface DecisionPath {
  decisionKindId: string
  preparedBy: BodyNode[]
  decidedBy: BodyNode[]
  /** Every member must take the same decision in its own assembly (likalydande beslut). */
  membersMustDecide: boolean
  /** Why members must decide: the kind says so, or the legal form has no body that can bind them. */
  memberDecisionReason: 'kind_requires' | 'no_binding_body' | null
  /** Where a disagreement about a decision goes, from the first deciding body upwards (that body excluded). */
  escalatesTo: BodyNode[]
  /**
   * The longest escalation ladder through the deciding body: from the lowest level that escalates into
   * it, through it, to the top — the steps a disagreement takes (seed 000 §9).
   */
  ladder: BodyNode[]
}

/** Who prepares, who decides, whether every member must also decide, and where it escalates. */
export function decisionPath(state: Pick<GovernanceState, 'legalForm' | 'bodies' | 'mandates' | 'decisionKinds'>, decisionKindId: string): DecisionPath {
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
  const memberDecisionReason = kind.requiresMemberDecisions
    ? 'kind_requires'
    : kind.binding && NO_BINDING_BODY_FORMS.includes(state.legalForm)
      ? 'no_binding_body'
      : null
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
