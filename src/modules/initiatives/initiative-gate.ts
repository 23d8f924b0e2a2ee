/**
 * Where an initiative stands at its gate, from what initiatives.loader.ts read: who takes part, which decisions
 * count, the gate's rules and their evaluation. Pure: no reads, no answers shaped.
 */
import type { Locale } from '../../server/http/messages'
import { latestPerDecider } from './latest-decision'
import { whoDecidesAtGate, type DecisionPath, type MemberDecisionReason } from '../governance'
import { documentTypesOf } from '../processes'
import type { ProcessModelRow } from '../processes'
import type { Phase } from '../processes'
import { evaluateGate, type GateEvaluation, type GateRule } from './gate-engine'
import type { GateRules, State } from './initiatives.loader'
import type { InitiativeRow } from './initiatives.repository'

/** The parts of a loaded state each rule reads, so that a test can build just those. */
type Records = Pick<State, 'participations' | 'documents' | 'gateDecisions' | 'baselines'>
type Models = Pick<State, 'models'>

export const named = <T extends { nameSv: string; nameEn: string }>(locale: Locale, item: T) => (locale === 'en' ? item.nameEn : item.nameSv)

/** Every participation of the initiative, left and invited ones included. */
export const participationsOf = (state: Pick<Records, 'participations'>, initiativeId: string) => state.participations.get(initiativeId) ?? []

/** Every version of every document of the initiative. */
export const documentsOf = (state: Pick<Records, 'documents'>, initiativeId: string) => state.documents.get(initiativeId) ?? []

export function modelOf(state: Models, initiative: Pick<InitiativeRow, 'processModelId'>): ProcessModelRow {
  return state.models.get(initiative.processModelId)!
}

export function phaseOf(model: ProcessModelRow, phaseKey: string) {
  const index = model.definition.phases.findIndex((phase) => phase.key === phaseKey)
  return { index, phase: model.definition.phases[index]! }
}

/** Members taking part now, joining ones included (they decide at the next gate); an invitation is not yet taking part. */
export const currentParticipants = (state: Pick<Records, 'participations'>, initiativeId: string) => participationsOf(state, initiativeId).filter((p) => p.state === 'active' || p.state === 'joining')

/** Decisions that count at the initiative's current gate: this phase, this pass through it, oldest first. */
export const gateDecisions = (state: Pick<Records, 'gateDecisions'>, initiative: Pick<InitiativeRow, 'id' | 'phaseKey' | 'phaseEntry'>) =>
  (state.gateDecisions.get(initiative.id) ?? []).filter((d) => d.phaseKey === initiative.phaseKey && d.phaseEntry === initiative.phaseEntry)

/** The decisions that decide the gate now: the latest of each decider at this pass, oldest first. */
export const deciding = (state: Pick<Records, 'gateDecisions'>, initiative: Pick<InitiativeRow, 'id' | 'phaseKey' | 'phaseEntry'>) => latestPerDecider(gateDecisions(state, initiative))

export interface GateView {
  phase: Phase
  rule: GateRule
  evaluation: GateEvaluation
  paths: DecisionPath[]
  memberDecisionReason: MemberDecisionReason | null
  completes: boolean
}

/**
 * A gate's rules depend on its model and phase only, so they are worked out once per loaded governance (kept with
 * the object the loader read), not once per initiative.
 */
type GateRuleView = Omit<GateView, 'evaluation'>
const workedOut = new WeakMap<GateRules['governance'], Map<string, GateRuleView | null>>()

/** The rules of the gate that ends a phase of a model (from the model and the collaboration's governance); null when it has none. */
export function gateRuleOf(state: Pick<GateRules, 'governance' | 'decisionKinds'>, model: ProcessModelRow, phaseKey: string, locale: Locale): GateRuleView | null {
  let known = workedOut.get(state.governance)
  if (!known) workedOut.set(state.governance, (known = new Map()))
  const key = `${model.id} ${phaseKey} ${locale}`
  const cached = known.get(key)
  if (cached !== undefined) return cached
  const { index, phase } = phaseOf(model, phaseKey)
  const gate = phase.gate
  let view: GateRuleView | null = null
  if (gate) {
    const kinds = gate.decisionKinds.map((k) => state.decisionKinds.find((kind) => kind.key === k)).filter((kind) => kind !== undefined)
    // Who decides at the gate comes from governance's one answer (decision-path.ts), the model's gate setting included.
    const { paths, participantsMustDecide, memberDecisionReason } = whoDecidesAtGate(state.governance, kinds.map((kind) => kind.id), gate.requiresMemberDecisions)
    const types = documentTypesOf(model.definition)
    const rule: GateRule = {
      requiredDecisions: kinds.map((kind, k) => ({ decisionKindId: kind.id, name: named(locale, kind), body: paths[k]!.decidedBy[0] ?? null })),
      requiresMemberDecisions: participantsMustDecide,
      minParticipants: gate.minParticipants,
      requiredDocuments: gate.requiredDocuments.map((k) => {
        const type = types.find((t) => t.key === k)
        return { typeKey: k, name: type ? named(locale, type) : k }
      }),
      // Models stored before the condition existed have no such field.
      requiresBaselines: gate.requiresBaselines === true,
    }
    view = { phase, rule, paths, memberDecisionReason, completes: index === model.definition.phases.length - 1 }
  }
  known.set(key, view)
  return view
}

/** The current gate as rules and its evaluation, over the latest decision of each decider. */
export function gateView(state: Pick<GateRules, 'governance' | 'decisionKinds'> & Models & Records, initiative: InitiativeRow, locale: Locale): GateView | null {
  const gate = gateRuleOf(state, modelOf(state, initiative), initiative.phaseKey, locale)
  if (!gate) return null
  const evaluation = evaluateGate(gate.rule, {
    participants: currentParticipants(state, initiative.id).map((p) => ({ memberId: p.memberId, name: p.name })),
    documents: documentsOf(state, initiative.id).map((d) => ({ typeKey: d.typeKey, final: d.final })),
    decisions: deciding(state, initiative).map((d) => ({ decisionKindId: d.decisionKindId, bodyId: d.bodyId, memberId: d.memberId, outcome: d.outcome })),
    membersWithBaseline: (state.baselines.get(initiative.id) ?? []).map((b) => b.memberId),
  })
  return { ...gate, evaluation }
}
