import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decisionPath } from './decision-path'
import { escalationChain, escalationCycle } from './escalation'
import type { BodyNode, GovernanceState } from './governance.model'
import { checkLegalForm } from './legal-form-rules'

const body = (id: string, escalatesToBodyId: string | null = null, kind: BodyNode['kind'] = 'steering_group'): BodyNode => ({ id, name: id, kind, escalatesToBodyId })
const members = [
  { id: 'kalix', name: 'Kalix' },
  { id: 'lulea', name: 'Luleå' },
]
const kinds = [
  { id: 'budget', key: 'budget', nameSv: 'Budget', nameEn: 'Budget', binding: true, requiresMemberDecisions: false },
  { id: 'operational', key: 'operational_decision', nameSv: 'Operativt beslut', nameEn: 'Operational decision', binding: false, requiresMemberDecisions: false },
  { id: 'start_project', key: 'start_project', nameSv: 'Starta utvecklingsprojekt', nameEn: 'Start a development project', binding: true, requiresMemberDecisions: true },
]
const seat = (bodyId: string, memberId: string, seatRole: 'ledamot' | 'ersattare', termEnd: string | null = null) => ({ bodyId, memberId, seatRole, termStart: '2023-01-01', termEnd })

function state(overrides: Partial<GovernanceState>): GovernanceState {
  return { legalForm: 'gemensam_namnd', hostMemberId: 'lulea', recordsPublicSetting: null, members, bodies: [], seats: [], mandates: [], decisionKinds: kinds, today: '2026-11-24', ...overrides }
}
const codes = (s: GovernanceState) => checkLegalForm(s).map((finding) => `${finding.severity}:${finding.code}`)

describe('legal-form rules', () => {
  const board = body('nämnden', null, 'board')
  const fullBoard = [seat('nämnden', 'kalix', 'ledamot'), seat('nämnden', 'kalix', 'ersattare'), seat('nämnden', 'lulea', 'ledamot'), seat('nämnden', 'lulea', 'ersattare')]
  const allDecided = kinds.map((kind) => ({ bodyId: 'nämnden', decisionKindId: kind.id, mandate: 'decides' as const }))

  it('passes a joint committee with a host and a ledamot and ersättare for every member', () => {
    expect(codes(state({ bodies: [board], seats: fullBoard, mandates: allDecided }))).toEqual(['info:rules_met', 'info:records_public_by_law'])
  })

  it('names the members of a joint committee that lack a ledamot or an ersättare, counting only current terms', () => {
    const seats = [...fullBoard.filter((s) => !(s.memberId === 'lulea' && s.seatRole === 'ersattare')), seat('nämnden', 'lulea', 'ersattare', '2025-12-31')]
    const findings = checkLegalForm(state({ bodies: [board], seats, mandates: allDecided }))
    expect(findings.find((f) => f.code === 'member_without_ersattare')).toMatchObject({ severity: 'error', names: ['Luleå'], bodyId: 'nämnden' })
    expect(findings.some((f) => f.code === 'member_without_ledamot')).toBe(false)
  })

  it('requires a host and a committee of a joint committee', () => {
    expect(codes(state({ hostMemberId: null }))).toEqual(expect.arrayContaining(['error:host_missing', 'error:board_missing']))
  })

  it('finds a host on a kommunalförbund wrong: a legal person of its own has no host municipality', () => {
    expect(codes(state({ legalForm: 'kommunalforbund', hostMemberId: 'lulea' }))).toContain('error:host_not_for_form')
    expect(codes(state({ legalForm: 'kommunalforbund', hostMemberId: null }))).not.toContain('error:host_not_for_form')
    // Agreement-based collaboration may name a lead member, or none.
    for (const hostMemberId of ['lulea', null]) expect(codes(state({ legalForm: 'avtalssamverkan', hostMemberId })).filter((c) => c.includes('host'))).toEqual([])
  })

  it('requires every member of a municipal federation in its direktion', () => {
    const direktion = body('direktionen', null, 'direktion')
    const findings = checkLegalForm(state({ legalForm: 'kommunalforbund', hostMemberId: null, bodies: [direktion], seats: [seat('direktionen', 'kalix', 'ledamot')], mandates: allDecided.map((m) => ({ ...m, bodyId: 'direktionen' })) }))
    expect(findings.find((f) => f.code === 'member_not_in_direktion')).toMatchObject({ severity: 'error', names: ['Luleå'] })
    expect(codes(state({ legalForm: 'kommunalforbund', hostMemberId: null }))).toContain('error:direktion_missing')
  })

  it('warns when a body in agreement-based collaboration is set to take binding decisions, and says members must decide', () => {
    const steering = body('styrgruppen')
    const findings = checkLegalForm(state({ legalForm: 'avtalssamverkan', hostMemberId: null, bodies: [steering], mandates: allDecided.map((m) => ({ ...m, bodyId: 'styrgruppen' })) }))
    expect(findings.find((f) => f.code === 'binding_needs_member_decisions')).toMatchObject({ severity: 'info', names: ['Budget', 'Starta utvecklingsprojekt'] })
    expect(findings.find((f) => f.code === 'body_cannot_bind_members')).toMatchObject({ severity: 'warning', names: ['styrgruppen', 'Budget', 'Starta utvecklingsprojekt'] })
  })

  it('keeps the records of public authorities public, and those of an association closed unless chosen', () => {
    expect(codes(state({ recordsPublicSetting: false }))).toContain('error:public_authority_records_closed')
    expect(codes(state({ legalForm: 'ideell_forening', hostMemberId: null }))).toContain('info:records_not_public')
    expect(codes(state({ legalForm: 'interkommunalt_bolag', hostMemberId: null, recordsPublicSetting: true }))).toContain('info:records_public_by_choice')
  })

  it('points out decision kinds that no body may decide', () => {
    const findings = checkLegalForm(state({ bodies: [board], seats: fullBoard, mandates: allDecided.filter((m) => m.decisionKindId !== 'budget') }))
    expect(findings.find((f) => f.code === 'kind_without_decider')).toMatchObject({ severity: 'warning', names: ['Budget'] })
  })
})

describe('escalation', () => {
  // The FVM ladder (seed 000 §9): where it arose → programme manager → programme management → steering group.
  const fvm = [body('Klinisk ledning', 'Programledare'), body('Programledare', 'Programledning'), body('Programledning', 'Programstyrgrupp'), body('Programstyrgrupp')]

  it('climbs one level at a time to the top', () => {
    expect(escalationChain(fvm, 'Klinisk ledning').map((b) => b.id)).toEqual(['Klinisk ledning', 'Programledare', 'Programledning', 'Programstyrgrupp'])
  })

  it('refuses a change that would close a loop, naming it', () => {
    expect(escalationCycle(fvm, 'Programstyrgrupp', 'Klinisk ledning')!.map((b) => b.id)).toEqual(['Programstyrgrupp', 'Klinisk ledning', 'Programledare', 'Programledning', 'Programstyrgrupp'])
    expect(escalationCycle(fvm, 'Programstyrgrupp', null)).toBeNull()
    expect(escalationCycle(fvm, 'Klinisk ledning', 'Programstyrgrupp')).toBeNull()
  })

  it('never accepts a cycle, whatever the bodies and the change', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(9), { nil: null }), { minLength: 1, maxLength: 10 }), fc.nat(9), fc.nat(9), (parents, from, to) => {
        // Build a forest by only pointing to lower-numbered bodies, then try one change.
        const bodies = parents.map((parent, i) => body(String(i), parent !== null && parent < i ? String(parent) : null))
        const a = String(from % bodies.length)
        const b = String(to % bodies.length)
        const cycle = escalationCycle(bodies, a, b)
        const changed = bodies.map((x) => (x.id === a ? { ...x, escalatesToBodyId: b } : x))
        // A loop exists exactly when the new parent's chain leads back to the changed body.
        const loops = escalationChain(changed, b).some((x) => x.id === a)
        expect(cycle !== null).toBe(loops)
      }),
    )
  })
})

describe('decision paths', () => {
  const bodies = [body('beredningsgruppen', 'nämnden', 'preparing_group'), body('nämnden', null, 'board')]
  const mandates = [
    { bodyId: 'beredningsgruppen', decisionKindId: 'budget', mandate: 'prepares' as const },
    { bodyId: 'nämnden', decisionKindId: 'budget', mandate: 'decides' as const },
    { bodyId: 'beredningsgruppen', decisionKindId: 'operational', mandate: 'decides' as const },
    { bodyId: 'nämnden', decisionKindId: 'start_project', mandate: 'decides' as const },
  ]

  it('shows who prepares, who decides and where it escalates', () => {
    const path = decisionPath({ legalForm: 'gemensam_namnd', bodies, mandates, decisionKinds: kinds }, 'operational')
    expect(path).toMatchObject({ membersMustDecide: false, memberDecisionReason: null })
    expect(path.decidedBy.map((b) => b.id)).toEqual(['beredningsgruppen'])
    expect(path.escalatesTo.map((b) => b.id)).toEqual(['nämnden'])
  })

  it('shows the whole ladder a disagreement climbs through the deciding body', () => {
    const fvm = [body('Klinisk ledning', 'Programledare'), body('Programledare', 'Programledning'), body('Programledning', 'Programstyrgrupp'), body('Programstyrgrupp'), body('SSVIT')]
    const path = decisionPath({ legalForm: 'avtalssamverkan', bodies: fvm, mandates: [{ bodyId: 'Programstyrgrupp', decisionKindId: 'budget', mandate: 'decides' }], decisionKinds: kinds }, 'budget')
    expect(path.ladder.map((b) => b.id)).toEqual(['Klinisk ledning', 'Programledare', 'Programledning', 'Programstyrgrupp'])
    expect(path.escalatesTo).toEqual([])
  })

  it('asks every member to decide when the kind requires it, or when the form cannot bind them', () => {
    expect(decisionPath({ legalForm: 'gemensam_namnd', bodies, mandates, decisionKinds: kinds }, 'start_project')).toMatchObject({ membersMustDecide: true, memberDecisionReason: 'kind_requires' })
    expect(decisionPath({ legalForm: 'gemensam_namnd', bodies, mandates, decisionKinds: kinds }, 'budget')).toMatchObject({ membersMustDecide: false })
    expect(decisionPath({ legalForm: 'avtalssamverkan', bodies, mandates, decisionKinds: kinds }, 'budget')).toMatchObject({ membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    const budget = decisionPath({ legalForm: 'avtalssamverkan', bodies, mandates, decisionKinds: kinds }, 'budget')
    expect(budget.preparedBy.map((b) => b.id)).toEqual(['beredningsgruppen'])
  })
})
