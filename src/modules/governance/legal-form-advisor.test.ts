import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LEGAL_FORMS } from '../../shared/roles'
import { ADVISOR_QUESTIONS, adviseLegalForm, type Answers } from './legal-form-advisor'

const best = (answers: Answers) => adviseLegalForm(answers)[0]!.legalForm
const excluded = (answers: Answers) => adviseLegalForm(answers).filter((r) => r.excluded).map((r) => r.legalForm).sort()

describe('the legal-form advisor', () => {
  it('recommends a joint committee for many municipalities sharing public-authority work without their own legal person', () => {
    const answers: Answers = { manyParties: 'yes', mandatoryActivity: 'yes', publicAuthority: 'yes', commonPolicy: 'yes', ownLegalPerson: 'no', withoutProcurement: 'yes' }
    expect(best(answers)).toBe('gemensam_namnd')
    expect(excluded(answers)).toEqual(['avtalssamverkan', 'ideell_forening', 'interkommunalt_bolag', 'projekt'])
  })

  it('recommends a municipal federation when public authority and an own legal person with staff are needed', () => {
    const answers: Answers = { manyParties: 'yes', publicAuthority: 'yes', ownLegalPerson: 'yes', ownStaff: 'yes', commonPolicy: 'yes' }
    expect(best(answers)).toBe('kommunalforbund')
    expect(excluded(answers)).toContain('gemensam_namnd')
  })

  it('recommends a project or an agreement for a few parties doing time-limited work', () => {
    const answers: Answers = { manyParties: 'no', timeLimited: 'yes', ownStaff: 'no', publicAuthority: 'no', ownLegalPerson: 'no' }
    expect(['projekt', 'avtalssamverkan']).toContain(best(answers))
    expect(adviseLegalForm(answers).slice(0, 2).map((r) => r.legalForm).sort()).toEqual(['avtalssamverkan', 'projekt'])
  })

  it('recommends an association or a company for a network with its own staff that buys on the market', () => {
    const answers: Answers = { manyParties: 'yes', ownLegalPerson: 'yes', ownStaff: 'yes', publicAuthority: 'no', mandatoryActivity: 'no', withoutProcurement: 'no' }
    expect(['ideell_forening', 'interkommunalt_bolag', 'kommunalforbund']).toContain(best(answers))
    expect(excluded(answers)).toEqual(['avtalssamverkan', 'gemensam_namnd', 'projekt'])
  })

  it('ranks every form exactly once, excluded ones last, with a reason for every point', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ADVISOR_QUESTIONS), fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const)), (answers) => {
        const ranking = adviseLegalForm(answers)
        expect(ranking.map((r) => r.legalForm).sort()).toEqual([...LEGAL_FORMS].sort())
        const firstExcluded = ranking.findIndex((r) => r.excluded)
        if (firstExcluded !== -1) expect(ranking.slice(firstExcluded).every((r) => r.excluded)).toBe(true)
        for (const r of ranking) if (r.score !== 0) expect(r.reasons.length).toBeGreaterThan(0)
        // "Unsure" never changes the advice.
        const withoutUnsure = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== 'unsure'))
        expect(adviseLegalForm(withoutUnsure)).toEqual(ranking)
      }),
    )
  })
})
