import { LEGAL_FORMS, type LegalForm } from '../../shared/roles'

/** The questions of the guide's chapter 9 that choose between the legal forms. */
export const ADVISOR_QUESTIONS = [
  'manyParties',
  'mandatoryActivity',
  'publicAuthority',
  'commonPolicy',
  'ownStaff',
  'withoutProcurement',
  'ownLegalPerson',
  'timeLimited',
] as const
export type AdvisorQuestion = (typeof ADVISOR_QUESTIONS)[number]
export type Answer = 'yes' | 'no' | 'unsure'
export type Answers = Partial<Record<AdvisorQuestion, Answer>>

/**
 * How each form fits a "yes" to each question (table 5's properties and the guide's discussion):
 * 'required' — the form can do it, and the alternatives that cannot are ruled out;
 * 'good' / 'poor' — it fits well or badly; 'cannot' — the form rules it out.
 */
type Fit = 'required' | 'good' | 'poor' | 'cannot'
const FIT_ON_YES: Record<AdvisorQuestion, Partial<Record<LegalForm, Fit>>> = {
  // Many parties: a joint body scales; a web of agreements or a project does not.
  manyParties: { kommunalforbund: 'good', gemensam_namnd: 'good', ideell_forening: 'good', avtalssamverkan: 'poor', projekt: 'poor' },
  // Mandatory tasks may be handed over only to forms under the Local Government Act.
  mandatoryActivity: { gemensam_namnd: 'required', kommunalforbund: 'required', avtalssamverkan: 'good', interkommunalt_bolag: 'cannot', ideell_forening: 'cannot', projekt: 'poor' },
  // Exercise of public authority needs a public authority: a joint committee or a federation.
  publicAuthority: { gemensam_namnd: 'required', kommunalforbund: 'required', avtalssamverkan: 'cannot', interkommunalt_bolag: 'cannot', ideell_forening: 'cannot', projekt: 'cannot' },
  // A common policy needs a decision body under democratic control.
  commonPolicy: { gemensam_namnd: 'good', kommunalforbund: 'good', interkommunalt_bolag: 'poor', ideell_forening: 'poor', avtalssamverkan: 'poor', projekt: 'poor' },
  // Own staff: a legal person employs; a joint committee's staff are the host's employees.
  ownStaff: { kommunalforbund: 'good', interkommunalt_bolag: 'good', ideell_forening: 'good', gemensam_namnd: 'good', avtalssamverkan: 'poor', projekt: 'poor' },
  // Using the services without procurement: in-house or horizontal co-operation, not an association.
  withoutProcurement: { gemensam_namnd: 'good', kommunalforbund: 'good', avtalssamverkan: 'good', interkommunalt_bolag: 'poor', ideell_forening: 'cannot', projekt: 'poor' },
  ownLegalPerson: { kommunalforbund: 'good', interkommunalt_bolag: 'good', ideell_forening: 'good', gemensam_namnd: 'cannot', avtalssamverkan: 'cannot', projekt: 'cannot' },
  // Time-limited work: light forms that are easy to end.
  timeLimited: { projekt: 'good', avtalssamverkan: 'good', kommunalforbund: 'poor', interkommunalt_bolag: 'poor', gemensam_namnd: 'poor' },
}

/** A "no" to these frees the choice towards lighter forms. */
const LIGHT_WHEN_NO: Partial<Record<AdvisorQuestion, LegalForm[]>> = {
  manyParties: ['avtalssamverkan', 'projekt'],
  ownStaff: ['avtalssamverkan', 'projekt'],
  publicAuthority: ['avtalssamverkan', 'ideell_forening'],
}

const POINTS: Record<Fit, number> = { required: 3, good: 2, poor: -2, cannot: -10 }

export interface Reason {
  question: AdvisorQuestion
  answer: Answer
  fit: Fit | 'light'
}

export interface Recommendation {
  legalForm: LegalForm
  score: number
  /** Ruled out: it cannot do something the answers require. */
  excluded: boolean
  reasons: Reason[]
}

/** Ranks every legal form for a set of answers, best first, each with the reasons behind its score. */
export function adviseLegalForm(answers: Answers): Recommendation[] {
  const recommendations = LEGAL_FORMS.map((legalForm) => {
    const reasons: Reason[] = []
    for (const question of ADVISOR_QUESTIONS) {
      const answer = answers[question]
      if (answer === 'yes') {
        const fit = FIT_ON_YES[question][legalForm]
        if (fit) reasons.push({ question, answer, fit })
      } else if (answer === 'no' && LIGHT_WHEN_NO[question]?.includes(legalForm)) {
        reasons.push({ question, answer, fit: 'light' })
      }
    }
    const score = reasons.reduce((sum, reason) => sum + (reason.fit === 'light' ? 1 : POINTS[reason.fit]), 0)
    return { legalForm, score, excluded: reasons.some((reason) => reason.fit === 'cannot'), reasons }
  })
  // Excluded forms last; then by score; ties keep the order of LEGAL_FORMS (a stated, stable rule).
  return recommendations.sort((a, b) => Number(a.excluded) - Number(b.excluded) || b.score - a.score)
}
