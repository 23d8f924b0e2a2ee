import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProcessModelRow } from '../processes'
import type { Phase } from '../processes'
import { currentParticipants, deciding, gateRuleOf, gateView } from './initiative-gate'
import type { State } from './initiatives.loader'
import type { GateDecisionRow, InitiativeRow, ParticipationRow } from './initiatives.repository'

const phase = (key: string, gate: Phase['gate']): Phase => ({ key, nameSv: key, nameEn: key, description: '', principles: '', organisation: '', financing: '', staffing: '', documentTypes: [], gate })
const model: ProcessModelRow = {
  id: 'model',
  lineageId: 'lineage',
  version: 1,
  latest: true,
  isDefault: true,
  templateKey: null,
  nameSv: 'Modell',
  nameEn: 'Model',
  description: '',
  definition: {
    phases: [phase('idea', { nameSv: 'Startbeslut', nameEn: 'Start decision', decisionKinds: ['start'], requiresMemberDecisions: true, minParticipants: 2, requiresBaselines: false, requiredDocuments: [] }), phase('run', null)],
  },
  createdAt: '2026-01-01',
  createdBy: 'test',
  initiatives: 1,
}
const initiative = { id: 'i1', processModelId: 'model', phaseKey: 'idea', phaseEntry: 1 } as InitiativeRow

const participant = (memberId: string, state: ParticipationRow['state']): ParticipationRow => ({
  id: `p-${memberId}`,
  initiativeId: 'i1',
  memberId,
  name: `Kommun ${memberId}`,
  state,
  requestedOn: '2026-01-01',
  joinedAtPhase: null,
  joinedOn: state === 'active' ? '2026-01-01' : null,
  leftAtPhase: null,
  leftOn: null,
  leaveReason: null,
})

let n = 0
const decided = (over: Partial<GateDecisionRow>): GateDecisionRow => ({
  id: `d${String(++n).padStart(3, '0')}`,
  initiativeId: 'i1',
  phaseKey: 'idea',
  phaseEntry: 1,
  decisionKindId: 'start',
  bodyId: null,
  memberId: null,
  outcome: 'approve',
  decidedOn: '2026-02-01',
  recordedAt: '2026-02-01T10:00:00.000000',
  reference: '',
  ...over,
})

const decisions = [
  decided({ memberId: 'm1', outcome: 'defer', decidedOn: '2026-02-01' }),
  decided({ memberId: 'm1', outcome: 'approve', decidedOn: '2026-02-03' }),
  decided({ memberId: 'm2', outcome: 'approve', decidedOn: '2026-02-01' }),
  decided({ memberId: 'm2', outcome: 'reject', decidedOn: '2026-02-01', recordedAt: '2026-02-01T11:00:00.000000' }),
  decided({ bodyId: 'board', outcome: 'approve', decidedOn: '2026-02-04' }),
  // An earlier pass through the gate no longer counts.
  decided({ memberId: 'm1', outcome: 'reject', phaseEntry: 0, decidedOn: '2026-03-01' }),
]

function stateWith(gateDecisions: GateDecisionRow[]) {
  const state: Pick<State, 'governance' | 'decisionKinds' | 'models' | 'participations' | 'documents' | 'gateDecisions' | 'baselines'> = {
    governance: {
      legalForm: 'kommunalforbund',
      bodies: [{ id: 'board', name: 'Förbundsstyrelsen', kind: 'board', escalatesToBodyId: null }],
      mandates: [{ bodyId: 'board', decisionKindId: 'start', mandate: 'decides' }],
      decisionKinds: [{ id: 'start', key: 'start', nameSv: 'Start', nameEn: 'Start', binding: false, requiresMemberDecisions: false }],
    },
    decisionKinds: [{ id: 'start', key: 'start', nameSv: 'Start', nameEn: 'Start', binding: false, requiresMemberDecisions: false, sortOrder: 1, version: 1 }],
    models: new Map([[model.id, model]]),
    participations: new Map([['i1', [participant('m1', 'active'), participant('m2', 'joining'), participant('m3', 'invited')]]]),
    documents: new Map(),
    gateDecisions: new Map([['i1', gateDecisions]]),
    baselines: new Map(),
  }
  return state
}

describe('an initiative at its gate', () => {
  it('counts the latest decision of each decider at this pass: a member that declined leaves, too few remain', () => {
    const gate = gateView(stateWith(decisions), initiative, 'en')!
    expect(gate.rule.requiredDecisions).toEqual([{ decisionKindId: 'start', name: 'Start', body: expect.objectContaining({ id: 'board' }) }])
    expect(gate.evaluation).toEqual({
      unmet: [{ code: 'too_few_participants', remaining: 1, required: 2 }],
      mayAdvance: false,
      declined: [{ memberId: 'm2', name: 'Kommun m2' }],
      remaining: [{ memberId: 'm1', name: 'Kommun m1' }],
    })
    expect(deciding(stateWith(decisions), initiative).map((d) => [d.memberId ?? d.bodyId, d.outcome])).toEqual([
      ['m2', 'reject'],
      ['m1', 'approve'],
      ['board', 'approve'],
    ])
  })

  it('takes part with active and joining members, not with an open invitation', () => {
    expect(currentParticipants(stateWith([]), 'i1').map((p) => p.memberId)).toEqual(['m1', 'm2'])
  })

  it('works out a gate’s rules once per loaded governance and language', () => {
    const state = stateWith([])
    expect(gateRuleOf(state, model, 'idea', 'sv')).toBe(gateRuleOf(state, model, 'idea', 'sv'))
    expect(gateRuleOf(state, model, 'idea', 'en')).not.toBe(gateRuleOf(state, model, 'idea', 'sv'))
    expect(gateRuleOf(state, model, 'run', 'sv')).toBeNull()
  })

  it('evaluates the same whatever order the decisions were read in', () => {
    const expected = gateView(stateWith(decisions), initiative, 'sv')!.evaluation
    fc.assert(
      fc.property(fc.shuffledSubarray(decisions, { minLength: decisions.length, maxLength: decisions.length }), (shuffled) => {
        expect(gateView(stateWith(shuffled), initiative, 'sv')!.evaluation).toEqual(expected)
      }),
    )
  })
})
