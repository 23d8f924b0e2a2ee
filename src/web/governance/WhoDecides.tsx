import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { Governance } from '../api/types'
import { KindPicker } from './KindPicker'
import { PathSummary } from './PathSummary'

/** On the overview: the legal-form check in one line, and "Vem beslutar?" for any kind of decision, right there. */
export function WhoDecides({ governance }: { governance: Governance }) {
  const { t } = useTranslation()
  const [kindId, setKindId] = useState('')
  const path = governance.paths.find((p) => p.decisionKindId === kindId)
  const errors = governance.findings.filter((f) => f.severity === 'error').length
  const warnings = governance.findings.filter((f) => f.severity === 'warning').length
  return (
    <>
      {(errors > 0 || warnings > 0) && (
        <div className={errors > 0 ? 'alert alert-error' : 'alert alert-warning'}>
          {errors > 0 && <p className="alert-line">{t('governance.findingsSummary', { count: errors })}</p>}
          {warnings > 0 && <p className="alert-line">{t('governance.findingsWarnings', { count: warnings })}</p>}
          <Link to="governance">{t('governance.seeFindings')}</Link>
        </div>
      )}
      {governance.decisionKinds.length > 0 && (
        <section className="card" aria-labelledby="who-decides-heading">
          <h2 id="who-decides-heading">{t('governance.whoDecides')}</h2>
          <p className="field-hint">{t('governance.whoDecidesIntro')}</p>
          <KindPicker id="who-decides-kind" kinds={governance.decisionKinds} value={kindId} onChange={setKindId} />
          {path && (
            <div aria-live="polite">
              <PathSummary path={path} governance={governance} />
              <p>
                <Link to={`governance?kind=${kindId}`}>{t('governance.seePath')}</Link>
              </p>
            </div>
          )}
        </section>
      )}
    </>
  )
}
