import { memberDecisionReasonOf } from './decision-path'
import {
  HOST_RULE,
  NO_BINDING_BODY_FORMS,
  PUBLIC_AUTHORITY_FORMS,
  recordsArePublic,
  type BodyNode,
  type DecisionKindInfo,
  type GovernanceState,
} from './governance.model'

export type FindingCode =
  | 'host_missing'
  | 'host_not_for_form'
  | 'board_missing'
  | 'member_without_ledamot'
  | 'member_without_ersattare'
  | 'direktion_missing'
  | 'member_not_in_direktion'
  | 'binding_needs_member_decisions'
  | 'body_cannot_bind_members'
  | 'records_public_by_law'
  | 'records_not_public'
  | 'records_public_by_choice'
  | 'public_authority_records_closed'
  | 'kind_without_decider'
  | 'rules_met'

export interface Finding {
  severity: 'error' | 'warning' | 'info'
  code: FindingCode
  /** Names to put in the message: members, bodies, decision kinds. */
  names: string[]
  bodyId?: string
}

const seatCovers = (today: string) => (seat: { termStart: string; termEnd: string | null }) =>
  seat.termStart <= today && (seat.termEnd === null || seat.termEnd >= today)

/**
 * What the legal form requires of the collaboration's governance, checked against how it is set up.
 * Errors break the law's requirements; warnings are likely mistakes; info says what follows from the form.
 */
export function checkLegalForm(state: GovernanceState, kindName: (kind: DecisionKindInfo) => string = (kind) => kind.nameSv): Finding[] {
  const findings: Finding[] = []
  const activeSeats = state.seats.filter(seatCovers(state.today))
  // Which members hold a seat of a role in these bodies, looked up once rather than per member (311 members × every seat).
  const membersLacking = (bodies: BodyNode[], role: 'ledamot' | 'ersattare') => {
    const bodyIds = new Set(bodies.map((body) => body.id))
    const seated = new Set(activeSeats.filter((seat) => bodyIds.has(seat.bodyId) && seat.seatRole === role).map((seat) => seat.memberId))
    return state.members.filter((member) => !seated.has(member.id))
  }

  if (HOST_RULE[state.legalForm] === 'required' && !state.hostMemberId) findings.push({ severity: 'error', code: 'host_missing', names: [] })
  if (HOST_RULE[state.legalForm] === 'none' && state.hostMemberId) findings.push({ severity: 'error', code: 'host_not_for_form', names: [] })

  if (state.legalForm === 'gemensam_namnd') {
    const boards = state.bodies.filter((body) => body.kind === 'board')
    if (boards.length === 0) {
      findings.push({ severity: 'error', code: 'board_missing', names: [] })
    } else {
      const noLedamot = membersLacking(boards, 'ledamot')
      const noErsattare = membersLacking(boards, 'ersattare')
      if (noLedamot.length) findings.push({ severity: 'error', code: 'member_without_ledamot', names: noLedamot.map((m) => m.name), bodyId: boards[0]!.id })
      if (noErsattare.length) findings.push({ severity: 'error', code: 'member_without_ersattare', names: noErsattare.map((m) => m.name), bodyId: boards[0]!.id })
    }
  }

  if (state.legalForm === 'kommunalforbund') {
    const direktion = state.bodies.filter((body) => body.kind === 'direktion' || body.kind === 'member_assembly')
    if (direktion.length === 0) {
      findings.push({ severity: 'error', code: 'direktion_missing', names: [] })
    } else {
      const missing = membersLacking(direktion, 'ledamot')
      if (missing.length) findings.push({ severity: 'error', code: 'member_not_in_direktion', names: missing.map((m) => m.name), bodyId: direktion[0]!.id })
    }
  }

  if (NO_BINDING_BODY_FORMS.includes(state.legalForm)) {
    // The same rule the decision path answers with, so the findings and "who decides" never disagree.
    const binding = state.decisionKinds.filter((kind) => memberDecisionReasonOf(state.legalForm, kind) === 'no_binding_body')
    if (binding.length) findings.push({ severity: 'info', code: 'binding_needs_member_decisions', names: binding.map((kind) => kindName(kind)) })
    for (const body of state.bodies) {
      const decidesBinding = binding.filter((kind) => state.mandates.some((m) => m.bodyId === body.id && m.decisionKindId === kind.id && m.mandate === 'decides'))
      if (decidesBinding.length) {
        findings.push({ severity: 'warning', code: 'body_cannot_bind_members', names: [body.name, ...decidesBinding.map((kind) => kindName(kind))], bodyId: body.id })
      }
    }
  }

  const undecided = state.decisionKinds.filter((kind) => !state.mandates.some((m) => m.decisionKindId === kind.id && m.mandate === 'decides'))
  if (state.bodies.length > 0 && undecided.length) {
    findings.push({ severity: 'warning', code: 'kind_without_decider', names: undecided.map((kind) => kindName(kind)) })
  }

  if (PUBLIC_AUTHORITY_FORMS.includes(state.legalForm)) {
    findings.push(
      state.recordsPublicSetting === false
        ? { severity: 'error', code: 'public_authority_records_closed', names: [] }
        : { severity: 'info', code: 'records_public_by_law', names: [] },
    )
  } else {
    findings.push({ severity: 'info', code: recordsArePublic(state.legalForm, state.recordsPublicSetting) ? 'records_public_by_choice' : 'records_not_public', names: [] })
  }

  if (!findings.some((finding) => finding.severity !== 'info')) findings.unshift({ severity: 'info', code: 'rules_met', names: [] })
  return findings
}
