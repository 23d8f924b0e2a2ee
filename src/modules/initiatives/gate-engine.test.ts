import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeUnmet, evaluateGate, type GateRule, type GateState, type Outcome } from './gate-engine'

const board = { id: 'nämnden', name: 'Norrbottens e-nämnd' }
const projectGate: GateRule = {
  requiredDecisions: [{ decisionKindId: 'start_project', name: 'Starta utvecklingsprojekt', body: board }],
  requiresMemberDecisions: true,
  minParticipants: 2,
  requiredDocuments: [{ typeKey: 'project_plan', name: 'Projektplan' }],
  requiresBaselines: false,
}
const kalix = { memberId: 'kalix', name: 'Kalix' }
const lulea = { memberId: 'lulea', name: 'Luleå' }
const pitea = { memberId: 'pitea', name: 'Piteå' }

describe('the gate engine', () => {
  it('lists every unmet condition in plain words', () => {
    const evaluation = evaluateGate(projectGate, {
      participants: [kalix, lulea, pitea],
      documents: [{ typeKey: 'project_plan', final: false }],
      membersWithBaseline: [],
      decisions: [
        { decisionKindId: 'start_project', bodyId: null, memberId: 'lulea', outcome: 'approve' },
        { decisionKindId: 'start_project', bodyId: null, memberId: 'pitea', outcome: 'reject' },
      ],
    })
    expect(evaluation.mayAdvance).toBe(false)
    expect(evaluation.unmet.map((u) => describeUnmet('sv', u))).toEqual([
      'Projektplan saknas.',
      'Norrbottens e-nämnd har inte beslutat om Starta utvecklingsprojekt.',
      'Kalix har inte beslutat.',
    ])
    expect(evaluation.declined).toEqual([pitea])
  })

  it('lets the initiative through with the members that approved, and the decliner leaves at the gate', () => {
    const evaluation = evaluateGate(projectGate, {
      participants: [kalix, lulea, pitea],
      documents: [{ typeKey: 'project_plan', final: true }],
      membersWithBaseline: [],
      decisions: [
        { decisionKindId: 'start_project', bodyId: 'nämnden', memberId: null, outcome: 'approve' },
        { decisionKindId: 'start_project', bodyId: null, memberId: 'kalix', outcome: 'reject' },
        { decisionKindId: 'start_project', bodyId: null, memberId: 'lulea', outcome: 'approve' },
        { decisionKindId: 'start_project', bodyId: null, memberId: 'pitea', outcome: 'approve' },
      ],
    })
    expect(evaluation).toEqual({ unmet: [], mayAdvance: true, declined: [kalix], remaining: [lulea, pitea] })
  })

  it('refuses when too few remain, and says so', () => {
    const evaluation = evaluateGate(projectGate, {
      participants: [kalix, lulea],
      documents: [{ typeKey: 'project_plan', final: true }],
      membersWithBaseline: [],
      decisions: [
        { decisionKindId: 'start_project', bodyId: 'nämnden', memberId: null, outcome: 'approve' },
        { decisionKindId: 'start_project', bodyId: null, memberId: 'kalix', outcome: 'reject' },
        { decisionKindId: 'start_project', bodyId: null, memberId: 'lulea', outcome: 'approve' },
      ],
    })
    expect(evaluation.unmet.map((u) => describeUnmet('en', u))).toEqual(['Only 1 participant remains; 2 required.'])
  })

  it('asks every member going on for its baselines when the gate requires them, but not one that declined', () => {
    const evaluation = evaluateGate(
      { ...projectGate, requiresBaselines: true },
      {
        participants: [kalix, lulea, pitea],
        documents: [{ typeKey: 'project_plan', final: true }],
        membersWithBaseline: ['lulea'],
        decisions: [
          { decisionKindId: 'start_project', bodyId: 'nämnden', memberId: null, outcome: 'approve' },
          { decisionKindId: 'start_project', bodyId: null, memberId: 'kalix', outcome: 'approve' },
          { decisionKindId: 'start_project', bodyId: null, memberId: 'lulea', outcome: 'approve' },
          { decisionKindId: 'start_project', bodyId: null, memberId: 'pitea', outcome: 'reject' },
        ],
      },
    )
    expect(evaluation.unmet).toEqual([{ code: 'baseline_missing', member: 'Kalix' }])
    expect(evaluation.unmet.map((u) => describeUnmet('sv', u))).toEqual(['Kalix har inte angett utgångsvärden för alla nyttoindikatorer.'])
    expect(evaluateGate({ ...projectGate, requiresBaselines: false }, { participants: [kalix], documents: [], decisions: [], membersWithBaseline: [] }).unmet.map((u) => u.code)).not.toContain('baseline_missing')
  })

  it('never lets through a state that breaks a rule, and lists exactly the broken ones', () => {
    const outcome = fc.constantFrom<Outcome>('approve', 'reject', 'defer')
    const members = ['a', 'b', 'c', 'd'].map((id) => ({ memberId: id, name: id.toUpperCase() }))
    const kinds = [
      { decisionKindId: 'award', name: 'Tilldelning', body: board },
      { decisionKindId: 'introduce', name: 'Införande', body: { id: 'styrgruppen', name: 'Styrgruppen' } },
      { decisionKindId: 'orphan', name: 'Utan mandat', body: null },
    ]
    const gate = fc.record<GateRule>({
      requiredDecisions: fc.subarray(kinds),
      requiresMemberDecisions: fc.boolean(),
      minParticipants: fc.integer({ min: 1, max: 4 }),
      requiredDocuments: fc.subarray([{ typeKey: 'x', name: 'X' }, { typeKey: 'y', name: 'Y' }]),
      requiresBaselines: fc.boolean(),
    })
    const state = fc.record<GateState>({
      participants: fc.subarray(members),
      documents: fc.array(fc.record({ typeKey: fc.constantFrom('x', 'y', 'z'), final: fc.boolean() })),
      membersWithBaseline: fc.subarray(['a', 'b', 'c', 'd', 'e']),
      decisions: fc.array(
        fc.oneof(
          fc.record({ decisionKindId: fc.constantFrom('award', 'introduce'), bodyId: fc.constantFrom(board.id, 'styrgruppen'), memberId: fc.constant(null), outcome }),
          fc.record({ decisionKindId: fc.constantFrom('award', 'introduce'), bodyId: fc.constant(null), memberId: fc.constantFrom('a', 'b', 'c', 'd'), outcome }),
        ),
      ),
    })
    fc.assert(
      fc.property(gate, state, (g, s) => {
        const last = (memberId: string) => s.decisions.filter((d) => d.memberId === memberId).at(-1)?.outcome
        const lastByBody = (kind: (typeof kinds)[number]) => s.decisions.filter((d) => d.memberId === null && d.bodyId === kind.body?.id && d.decisionKindId === kind.decisionKindId).at(-1)?.outcome
        const remaining = s.participants.filter((p) => last(p.memberId) !== 'reject')
        // The rules, written out independently of the engine.
        const broken = [
          ...g.requiredDocuments.filter((doc) => !s.documents.some((d) => d.typeKey === doc.typeKey && d.final)).map((doc) => `document_missing:${doc.name}`),
          ...g.requiredDecisions.filter((kind) => lastByBody(kind) !== 'approve').map((kind) => (kind.body ? `body:${kind.name}:${lastByBody(kind) ?? 'none'}` : `nobody:${kind.name}`)),
          ...(g.requiresMemberDecisions ? remaining.filter((p) => last(p.memberId) !== 'approve').map((p) => `member:${p.name}:${last(p.memberId) ?? 'none'}`) : []),
          ...(g.requiresBaselines ? remaining.filter((p) => !s.membersWithBaseline.includes(p.memberId)).map((p) => `baseline:${p.name}`) : []),
          ...(remaining.length < g.minParticipants ? [`too_few:${remaining.length}`] : []),
        ]
        const evaluation = evaluateGate(g, s)
        const listed = evaluation.unmet.map((u) =>
          u.code === 'document_missing'
            ? `document_missing:${u.document}`
            : u.code === 'no_deciding_body'
              ? `nobody:${u.decision}`
              : u.code.startsWith('body')
              ? `body:${(u as { decision: string }).decision}:${{ body_decision_missing: 'none', body_rejected: 'reject', body_deferred: 'defer' }[u.code as 'body_rejected']}`
              : u.code === 'too_few_participants'
                ? `too_few:${u.remaining}`
                : u.code === 'baseline_missing'
                  ? `baseline:${u.member}`
                : `member:${(u as { member: string }).member}:${u.code === 'member_deferred' ? 'defer' : 'none'}`,
        )
        expect(listed).toEqual(broken)
        expect(evaluation.mayAdvance).toBe(broken.length === 0)
        expect([...evaluation.remaining, ...evaluation.declined].length).toBe(s.participants.length)
      }),
    )
  })
})
