import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AdvisorQuestion, Answer } from '../../modules/governance/legal-form-advisor'
import type { LegalForm } from '../../shared/roles'
import type { Advice } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { useAdvice, type AdvisorAnswers } from './queries'

const ANSWERS: Answer[] = ['yes', 'no', 'unsure']

/** Välj samverkansform, before a collaboration exists (from the create page, or for anyone signed out). */
export function AdvisorPage() {
  return <Advisor />
}

/** The advisor within a collaboration, its current form marked in the ranking. */
export function CollaborationAdvisorPage() {
  const { collaboration } = useCurrentCollaboration()
  return <Advisor currentForm={collaboration.legalForm} context={collaboration.name} />
}

function Advisor({ currentForm, context }: { currentForm?: LegalForm; context?: string }) {
  const { t, i18n } = useTranslation()
  const [answers, setAnswers] = useState<AdvisorAnswers>({})
  const advice = useAdvice(answers, i18n.language)
  const answer = (question: AdvisorQuestion, value: Answer) => setAnswers((a) => ({ ...a, [question]: value }))
  return (
    <Page title={t('advisor.title')} context={context} intro={t('advisor.intro')}>
      {currentForm && <p className="alert alert-info">{t('advisor.currentIs', { form: t(`legalForms.${currentForm}`) })}</p>}
      <QueryView query={advice}>
        {(data) => (
          <div className="advisor">
            <section className="card" aria-labelledby="questions-heading">
              <h2 id="questions-heading">{t('advisor.questions')}</h2>
              {data.questions.map((question, i) => (
                <fieldset key={question.key} className="question">
                  <legend>
                    {i + 1}. {question.text}
                  </legend>
                  <div className="radio-row">
                    {ANSWERS.map((value) => (
                      <label key={value} className="checkbox">
                        <input type="radio" name={`q-${question.key}`} value={value} checked={answers[question.key] === value} onChange={() => answer(question.key, value)} />
                        {t(`advisor.answers.${value}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
            </section>
            <Ranking advice={data} currentForm={currentForm} />
          </div>
        )}
      </QueryView>
    </Page>
  )
}

function Ranking({ advice, currentForm }: { advice: Advice; currentForm?: LegalForm }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card" aria-labelledby="ranking-caption" aria-live="polite">
      <Table captionId="ranking-caption" caption={t('advisor.rankingCaption')}>
        <ColumnHeads columns={[t('advisor.rank'), t('advisor.form'), numeric(t('advisor.score')), t('advisor.verdict'), t('advisor.reasons')]} />
        <tbody>
          {advice.recommendations.map((r, i) => (
            <tr key={r.legalForm} className={[r.excluded ? 'row-muted' : '', r.legalForm === currentForm ? 'row-current' : ''].join(' ').trim() || undefined}>
              <td className="numeric">{i + 1}</td>
              <th scope="row">
                {t(`legalForms.${r.legalForm}`)}
                {r.legalForm === currentForm && <span className="badge badge-host">{t('advisor.current')}</span>}
              </th>
              <td className="numeric">{r.score}</td>
              <td>{r.excluded ? <span className="badge badge-danger">{t('advisor.excluded')}</span> : t('advisor.possible')}</td>
              <td>
                {r.reasons.length === 0 ? (
                  <span className="muted">{t('advisor.noReasons')}</span>
                ) : (
                  <ul className="plain-list reason-list">
                    {r.reasons.map((reason) => (
                      <li key={reason.question}>{reason.text}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
