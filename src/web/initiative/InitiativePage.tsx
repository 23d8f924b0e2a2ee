import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import type { InitiativeDetail } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { BenefitsSection } from '../benefits/BenefitsSection'
import { DecisionBasisSection } from '../decision-basis/DecisionBasisSection'
import { DecisionsSection } from './DecisionsSection'
import { DocumentsSection } from './DocumentsSection'
import { EditInitiativeDialog } from './EditInitiativeDialog'
import { GatePanel } from './GatePanel'
import { ParticipantsSection } from './ParticipantsSection'
import { PhaseStepper } from './PhaseStepper'
import { useInitiative, useInitiativeChanges } from './queries'
import { SendBackDialog, StatusDialog } from './StatusDialogs'
import { Timeline } from './Timeline'
import './initiative.css'
import { PageToc } from '../ui/PageToc'
import { RisksSection } from '../risks/RisksSection'

/** One initiative: where it stands, what its gate needs, who takes part, its decisions, documents and history. */
export function InitiativePage() {
  const { initiativeId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const initiative = useInitiative(collaboration.id, initiativeId)
  return <QueryView query={initiative}>{(data) => <InitiativeView initiative={data} />}</QueryView>
}

type OpenDialog = { kind: 'status' | 'sendBack' | 'edit'; opener: HTMLElement }

function InitiativeView({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const changes = useInitiativeChanges(collaboration.id, initiative.id)
  const [open, setOpen] = useState<OpenDialog | null>(null)
  const maySteer = allows(permissions, 'initiatives', 'steer')
  const mayEdit = allows(permissions, 'initiatives', 'edit')
  const sections = [
    { id: 'phases-heading', label: t('initiative.phasesTitle') },
    { id: 'gate-heading', label: t('initiative.gate.title') },
    { id: 'decision-basis-heading', label: t('decisionBasis.title') },
    { id: 'participants-heading', label: t('initiative.participants.title') },
    { id: 'benefits-heading', label: t('benefits.title') },
    { id: 'decisions-heading', label: t('initiative.decisions.title') },
    { id: 'documents-heading', label: t('initiative.documents.title') },
    { id: 'risks-heading', label: t('risks.title') },
    { id: 'timeline-heading', label: t('initiative.timeline.title') },
  ]
  const actions = (
    <>
      {mayEdit && (
        <button type="button" className="button button-secondary" onClick={(e) => setOpen({ kind: 'edit', opener: e.currentTarget })}>
          {t('initiative.edit.open')}
        </button>
      )}
      {maySteer && (
        <button type="button" className="button button-secondary" onClick={(e) => setOpen({ kind: 'status', opener: e.currentTarget })}>
          {t('initiative.status.open')}
        </button>
      )}
      {maySteer && initiative.status === 'active' && initiative.phaseIndex > 0 && (
        <button type="button" className="button button-secondary" onClick={(e) => setOpen({ kind: 'sendBack', opener: e.currentTarget })}>
          {t('initiative.sendBack.open')}
        </button>
      )}
    </>
  )
  return (
    <Page title={initiative.title} context={collaboration.name} actions={actions}>
      <p className="back-link">
        <Link to={`/collaborations/${collaboration.id}/initiatives`}>{t('initiative.backToList')}</Link>
      </p>
      <InitiativeFacts initiative={initiative} />
      <PageToc title={t('initiative.toc')} sections={sections} />
      <PhaseStepper initiative={initiative} />
      <GatePanel initiative={initiative} changes={changes} maySteer={maySteer} />
      <DecisionBasisSection initiativeId={initiative.id} />
      <ParticipantsSection initiative={initiative} changes={changes} />
      <BenefitsSection initiativeId={initiative.id} />
      <DecisionsSection initiative={initiative} changes={changes} />
      <DocumentsSection initiative={initiative} changes={changes} />
      <RisksSection collaborationId={collaboration.id} initiativeId={initiative.id} />
      <Timeline initiative={initiative} />
      {open?.kind === 'status' && <StatusDialog initiative={initiative} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
      {open?.kind === 'sendBack' && <SendBackDialog initiative={initiative} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && <EditInitiativeDialog initiative={initiative} changes={changes} returnFocusTo={open.opener} onClose={() => setOpen(null)} />}
    </Page>
  )
}

function InitiativeFacts({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation()
  const none = t('initiative.none')
  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="visually-hidden">
        {t('initiative.factsTitle')}
      </h2>
      <dl className="facts initiative-facts">
        <div>
          <dt>{t('initiative.status.label')}</dt>
          <dd>
            <span className={`badge status-${initiative.status}`}>{t(`initiativeStatus.${initiative.status}`)}</span>
            {initiative.statusReason && <span className="cell-secondary">{initiative.statusReason}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('initiative.phase')}</dt>
          <dd>
            {initiative.phaseName}
            <span className="cell-secondary">{t('initiative.phaseOf', { n: initiative.phaseIndex + 1, total: initiative.phaseCount })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('initiative.areas')}</dt>
          <dd>{initiative.areas.length > 0 ? initiative.areas.map((area) => t(`areas.${area}`)).join(', ') : none}</dd>
        </div>
        <div>
          <dt>{t('initiative.proposingMember')}</dt>
          <dd>{initiative.proposingMember?.name ?? none}</dd>
        </div>
        <div>
          <dt>{t('initiative.projectManager')}</dt>
          <dd>{initiative.projectManager || none}</dd>
        </div>
        <div>
          <dt>{t('initiative.process')}</dt>
          <dd>
            {initiative.processName}
            <span className="cell-secondary">{t('initiative.processVersion', { version: initiative.processVersion })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('initiative.registeredOn')}</dt>
          <dd>{formatDate(initiative.registeredOn)}</dd>
        </div>
        {initiative.endedOn && (
          <div>
            <dt>{t('initiative.endedOn')}</dt>
            <dd>{formatDate(initiative.endedOn)}</dd>
          </div>
        )}
      </dl>
      {(initiative.need || initiative.description) && (
        <div className="initiative-texts">
          {initiative.need && (
            <div>
              <h3>{t('initiative.need')}</h3>
              <p className="fact-text">{initiative.need}</p>
            </div>
          )}
          {initiative.description && (
            <div>
              <h3>{t('initiative.description')}</h3>
              <p className="fact-text">{initiative.description}</p>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
