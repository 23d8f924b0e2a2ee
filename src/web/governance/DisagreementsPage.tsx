import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import type { Disagreement, Governance } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { QueryView, SuccessMessage } from '../ui/Status'
import { DisagreementAction } from './DisagreementAction'
import { bodyNamer } from './names'
import { useDisagreementChanges, useDisagreements, useGovernance } from './queries'
import { RaiseDisagreementForm } from './RaiseDisagreementForm'

/** Oenigheter: each disagreement, where it is now, where it goes next, and every step it took. */
export function DisagreementsPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const governance = useGovernance(collaboration.id)
  const disagreements = useDisagreements(collaboration.id)
  const changes = useDisagreementChanges(collaboration.id)
  const [message, setMessage] = useState('')
  const mayRaise = allows(permissions, 'governance', 'raiseDisagreement')
  const mayHandle = allows(permissions, 'governance', 'handleDisagreement')
  return (
    <Page title={t('disagreements.title')} context={collaboration.name} intro={t('disagreements.intro')}>
      {message && <SuccessMessage>{message}</SuccessMessage>}
      <QueryView query={governance}>
        {(gov) => (
          <>
            <QueryView query={disagreements}>
              {(list) => (
                <section aria-labelledby="disagreements-heading">
                  <h2 id="disagreements-heading">{t('disagreements.listTitle', { name: collaboration.name })}</h2>
                  {list.length === 0 ? (
                    <p className="empty">{t('disagreements.empty')}</p>
                  ) : (
                    <ul className="disagreement-list">
                      {list.map((d) => (
                        <DisagreementCard key={d.id} disagreement={d} governance={gov} actions={mayHandle && d.status === 'open' ? <DisagreementAction disagreement={d} governance={gov} changes={changes} onDone={setMessage} /> : null} />
                      ))}
                    </ul>
                  )}
                </section>
              )}
            </QueryView>
            {mayRaise && <RaiseDisagreementForm governance={gov} changes={changes} onRaised={() => setMessage(t('disagreements.raised'))} />}
          </>
        )}
      </QueryView>
    </Page>
  )
}

function DisagreementCard({ disagreement: d, governance, actions }: { disagreement: Disagreement; governance: Governance; actions: ReactNode }) {
  const { t } = useTranslation()
  const name = bodyNamer(governance)
  const headingId = `disagreement-${d.id}`
  return (
    <li className="card disagreement" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {d.title} <span className={d.status === 'open' ? 'badge badge-warning' : 'badge badge-info'}>{t(`disagreements.${d.status}`)}</span>
      </h3>
      {d.description && <p>{d.description}</p>}
      <dl className="facts">
        <div>
          <dt>{t('disagreements.currentBody')}</dt>
          <dd>{name(d.currentBodyId)}</dd>
        </div>
        {d.status === 'open' && (
          <div>
            <dt>{t('disagreements.nextBody')}</dt>
            <dd>{d.nextBodyId ? name(d.nextBodyId) : t('disagreements.atTop')}</dd>
          </div>
        )}
        <div>
          <dt>{t('disagreements.raisedAt')}</dt>
          <dd>{name(d.raisedAtBodyId)}</dd>
        </div>
        {d.resolution && (
          <div className="fact-wide">
            <dt>{t('disagreements.resolution')}</dt>
            <dd className="fact-text">{d.resolution}</dd>
          </div>
        )}
      </dl>
      <h4>{t('disagreements.steps')}</h4>
      <ol className="step-list">
        {d.steps.map((step, i) => (
          <li key={i}>
            <strong>{t(`disagreements.stepKinds.${step.kind}`, { from: name(step.fromBodyId), to: name(step.toBodyId) })}</strong>
            {step.note && <span className="step-note">{step.note}</span>}
            <span className="cell-secondary">{t('disagreements.stepBy', { who: step.actorName, when: formatDateTime(step.occurredAt) })}</span>
          </li>
        ))}
      </ol>
      {actions}
    </li>
  )
}
