import { describe, expect, it } from 'vitest'
import { LEGAL_FORMS, type LegalForm } from '../../shared/roles'
import { decisionPath, memberDecisionReasonOf, whoDecidesAtGate } from './decision-path'
import type { BodyNode, DecisionKindInfo } from './governance.model'
import { checkLegalForm } from './legal-form-rules'

const body = (id: string, escalatesToBodyId: string | null = null): BodyNode => ({ id, name: id, kind: 'steering_group', escalatesToBodyId })
const kind = (id: string, binding: boolean, requiresMemberDecisions: boolean): DecisionKindInfo => ({ id, key: id, nameSv: id, nameEn: id, binding, requiresMemberDecisions })
const bodies = [body('beredning', 'styrgrupp'), body('styrgrupp')]
const kinds = [kind('bindande', true, false), kind('bindande_medlemmar', true, true), kind('ej_bindande', false, false), kind('ej_bindande_medlemmar', false, true)]
const mandates = kinds.flatMap((k) => [
  { bodyId: 'beredning', decisionKindId: k.id, mandate: 'prepares' as const },
  { bodyId: 'styrgrupp', decisionKindId: k.id, mandate: 'decides' as const },
])
const stateOf = (legalForm: LegalForm) => ({ legalForm, bodies, mandates, decisionKinds: kinds })

// Every legal form × binding or not × the kind's own flag: whether every member must also decide, and why.
const expected: Record<LegalForm, Record<string, 'no_binding_body' | 'kind_requires' | null>> = {
  gemensam_namnd: { bindande: null, bindande_medlemmar: 'kind_requires', ej_bindande: null, ej_bindande_medlemmar: 'kind_requires' },
  kommunalforbund: { bindande: null, bindande_medlemmar: 'kind_requires', ej_bindande: null, ej_bindande_medlemmar: 'kind_requires' },
  // A legal person of its own: its bodies bind it, and the members only through what they own or agreed to.
  ideell_forening: { bindande: null, bindande_medlemmar: 'kind_requires', ej_bindande: null, ej_bindande_medlemmar: 'kind_requires' },
  interkommunalt_bolag: { bindande: null, bindande_medlemmar: 'kind_requires', ej_bindande: null, ej_bindande_medlemmar: 'kind_requires' },
  avtalssamverkan: { bindande: 'no_binding_body', bindande_medlemmar: 'no_binding_body', ej_bindande: null, ej_bindande_medlemmar: 'kind_requires' },
  projekt: { bindande: 'no_binding_body', bindande_medlemmar: 'no_binding_body', ej_bindande: null, ej_bindande_medlemmar: 'kind_requires' },
}

describe('who decides: one answer for every legal form and kind of decision', () => {
  it('covers every legal form', () => {
    expect(Object.keys(expected).sort()).toEqual([...LEGAL_FORMS].sort())
  })

  for (const legalForm of LEGAL_FORMS) {
    for (const k of kinds) {
      const reason = expected[legalForm][k.id]
      it(`${legalForm}, ${k.binding ? 'binding' : 'not binding'}, kind ${k.requiresMemberDecisions ? 'requires' : 'does not require'} member decisions → ${reason ?? 'the body decides alone'}`, () => {
        const path = decisionPath(stateOf(legalForm), k.id)
        expect(path).toMatchObject({ membersMustDecide: reason !== null, memberDecisionReason: reason })
        expect(path.preparedBy.map((b) => b.id)).toEqual(['beredning'])
        expect(path.decidedBy.map((b) => b.id)).toEqual(['styrgrupp'])
        expect(memberDecisionReasonOf(legalForm, k)).toBe(reason)
        // At a gate requiring only this decision, the participants must decide for the same reason.
        expect(whoDecidesAtGate(stateOf(legalForm), [k.id], false)).toMatchObject({ participantsMustDecide: reason !== null, memberDecisionReason: reason })
      })
    }
  }

  it('names the legal form as the reason before the kind’s own setting: the law binds whatever the catalogue says', () => {
    expect(decisionPath(stateOf('avtalssamverkan'), 'bindande_medlemmar').memberDecisionReason).toBe('no_binding_body')
  })

  it('lists in the legal-form check exactly the kinds whose path says the form cannot bind the members', () => {
    for (const legalForm of LEGAL_FORMS) {
      const finding = checkLegalForm({ legalForm, hostMemberId: null, recordsPublicSetting: null, members: [], bodies, seats: [], mandates, decisionKinds: kinds, today: '2026-12-09' }).find(
        (f) => f.code === 'binding_needs_member_decisions',
      )
      const byPath = kinds.filter((k) => decisionPath(stateOf(legalForm), k.id).memberDecisionReason === 'no_binding_body').map((k) => k.nameSv)
      expect(finding?.names ?? []).toEqual(byPath)
    }
  })

  describe('at an initiative’s gate', () => {
    it('asks the participants to decide when the process model’s gate does, even where governance does not', () => {
      expect(whoDecidesAtGate(stateOf('gemensam_namnd'), ['ej_bindande'], true)).toMatchObject({ participantsMustDecide: true, memberDecisionReason: 'gate_requires' })
      expect(whoDecidesAtGate(stateOf('gemensam_namnd'), [], true)).toMatchObject({ participantsMustDecide: true, memberDecisionReason: 'gate_requires', paths: [] })
    })

    it('gives a required decision’s reason before the gate’s own, and asks nothing when neither demands it', () => {
      expect(whoDecidesAtGate(stateOf('avtalssamverkan'), ['ej_bindande', 'bindande'], true).memberDecisionReason).toBe('no_binding_body')
      expect(whoDecidesAtGate(stateOf('kommunalforbund'), ['ej_bindande', 'bindande'], false)).toMatchObject({ participantsMustDecide: false, memberDecisionReason: null })
    })

    it('gives each required decision its own path, in the gate’s order', () => {
      const { paths } = whoDecidesAtGate(stateOf('projekt'), ['ej_bindande', 'bindande'], false)
      expect(paths.map((p) => [p.decisionKindId, p.membersMustDecide])).toEqual([
        ['ej_bindande', false],
        ['bindande', true],
      ])
    })
  })
})
