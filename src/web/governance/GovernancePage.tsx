import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router-dom'
import type { Governance } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { BodyDetails } from './BodyDetails'
import { BodyDialog } from './BodyDialog'
import { DecisionKinds } from './DecisionKinds'
import { DecisionPathView } from './DecisionPathView'
import { Findings } from './Findings'
import { OrgChart } from './OrgChart'
import { useGovernance, useGovernanceChanges, type GovernanceChanges } from './queries'

/** Organisation och beslut: the legal-form check, the decision path of any kind of decision, and the organisation chart. */
export function GovernancePage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const governance = useGovernance(collaboration.id)
  const changes = useGovernanceChanges(collaboration.id)
  const mayChange = allows(permissions, 'governance', 'change')
  return (
    <Page title={t('governance.title')} context={collaboration.name} intro={t('governance.intro')}>
      <QueryView query={governance}>{(data) => <GovernanceView governance={data} changes={mayChange ? changes : null} />}</QueryView>
    </Page>
  )
}

function GovernanceView({ governance, changes }: { governance: Governance; changes: GovernanceChanges | null }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const kindId = params.get('kind') ?? ''
  const [selected, setSelected] = useState<string | null>(null)
  const [adding, setAdding] = useState<HTMLElement | null>(null)
  const body = governance.bodies.find((b) => b.id === selected)
  const chooseKind = (id: string) => setParams(id ? { kind: id } : {}, { replace: true })
  const choose = (id: string) => {
    // A confirmation belongs to the body it was given for.
    changes?.updateBody.reset()
    setSelected(id)
    // Bring the details into view for those who chose in the diagram, without moving focus.
    requestAnimationFrame(() => document.getElementById('body-heading')?.scrollIntoView({ block: 'nearest' }))
  }
  return (
    <>
      <section className="card" aria-labelledby="governance-facts-heading">
        <h2 id="governance-facts-heading">{t('governance.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('governance.legalForm')}</dt>
            <dd>{t(`legalForms.${governance.legalForm}`)}</dd>
          </div>
          <div>
            <dt>{t('governance.recordsPublic')}</dt>
            <dd>{governance.recordsPublic ? t('common.yes') : t('common.no')}</dd>
          </div>
        </dl>
        <p>
          <Link to="advisor">{t('governance.compareForms')}</Link>
        </p>
      </section>
      <Findings findings={governance.findings} />
      <DecisionPathView governance={governance} kindId={kindId} onKindChange={chooseKind} />
      <section className="card" aria-labelledby="chart-heading">
        <div className="section-heading">
          <h2 id="chart-heading">{t('governance.chartTitle')}</h2>
          {changes && (
            <button type="button" className="button button-secondary button-small" onClick={(e) => setAdding(e.currentTarget)}>
              {t('governanceEdit.addBody')}
            </button>
          )}
        </div>
        <p className="field-hint">{t('governance.chartIntro')}</p>
        <OrgChart governance={governance} selectedBodyId={selected} onSelect={choose} />
      </section>
      {body && <BodyDetails key={body.id} body={body} governance={governance} changes={changes} onDeleted={() => setSelected(null)} />}
      <h2 className="section-title">{t('governance.kindsTitle')}</h2>
      <DecisionKinds kinds={governance.decisionKinds} collaborationName={collaboration.name} changes={changes} />
      {changes && adding && <BodyDialog body={null} governance={governance} changes={changes} returnFocusTo={adding} onClose={() => setAdding(null)} onCreated={(created) => choose(created.id)} />}
    </>
  )
}
