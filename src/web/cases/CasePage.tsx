import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import type { CaseDetail } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { OutcomeBadge } from '../initiative/Outcome'
import { Page } from '../ui/Page'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { EntriesTable } from './EntriesTable'
import { EntryDialog } from './EntryDialog'
import { CASE_STATUS_BADGE, CASE_STATUSES } from './labels'
import { ProposedDecision } from './ProposedDecision'
import { useCase, useCaseChanges, type CaseChanges } from './queries'
import './cases.css'

/** One case: its facts, its status, the decisions it got and the documents registered in it. */
export function CasePage() {
  const { caseId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const detail = useCase(collaboration.id, caseId)
  return <QueryView query={detail}>{(data) => <CaseView detail={data} />}</QueryView>
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const changes = useCaseChanges(collaboration.id, detail.id)
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  const mayRegister = allows(permissions, 'cases', 'register')
  const base = `/collaborations/${collaboration.id}`
  const title = detail.withheld ? t('cases.withheldTitle') : detail.title
  return (
    <Page title={`${detail.number} ${title}`} context={collaboration.name}>
      <p className="back-link">
        <Link to={`${base}/cases`}>{t('cases.backToList')}</Link>
      </p>
      <section className="card" aria-labelledby="case-facts-heading">
        <h2 id="case-facts-heading">{t('cases.facts')}</h2>
        <dl className="facts case-facts">
          <div>
            <dt>{t('cases.number')}</dt>
            <dd>{detail.number}</dd>
          </div>
          <div>
            <dt>{t('cases.status')}</dt>
            <dd>
              <span className={CASE_STATUS_BADGE[detail.status]}>{t(`caseStatus.${detail.status}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('cases.registeredOn')}</dt>
            <dd>{formatDate(detail.registeredOn)}</dd>
          </div>
          <div>
            <dt>{t('cases.classification')}</dt>
            <dd>{detail.classificationCode ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('cases.preparingBody')}</dt>
            <dd>{detail.preparingBodyName ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('cases.decidingBody')}</dt>
            <dd>{detail.decidingBodyName ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('cases.linkedInitiative')}</dt>
            <dd>{detail.initiativeId ? <Link to={`${base}/initiatives/${detail.initiativeId}`}>{detail.initiativeTitle ?? detail.initiativeId}</Link> : '–'}</dd>
          </div>
          {detail.confidential && (
            <div>
              <dt>{t('cases.confidential')}</dt>
              <dd>
                <span className="badge badge-confidential">{t('cases.withheld', { ground: detail.confidentialityGround })}</span>
              </dd>
            </div>
          )}
        </dl>
        {detail.description && !detail.withheld && <p className="case-description">{detail.description}</p>}
        <ProposedDecision collaborationId={collaboration.id} detail={detail} mayEdit={mayRegister} />
        {mayRegister && <StatusForm detail={detail} changes={changes} />}
      </section>

      <section className="card table-card" aria-labelledby="case-decisions-heading">
        <h2 id="case-decisions-heading" className="card-heading">
          {t('cases.decisionsTitle')}
        </h2>
        {detail.decisions.length === 0 ? (
          <p className="empty card-text">{t('cases.decisionsNone')}</p>
        ) : (
          <Table captionId="case-decisions-caption" caption={t('cases.decisionsCaption', { number: detail.number })} captionClassName="visually-hidden">
            <ColumnHeads columns={[t('cases.meeting'), t('cases.paragraph'), t('cases.decidedOn'), t('cases.outcome')]} />
            <tbody>
              {detail.decisions.map((d) => (
                <tr key={`${d.meetingId}-${d.paragraph}`}>
                  <th scope="row">
                    <Link to={`${base}/meetings/${d.meetingId}`}>{d.bodyName}</Link>
                  </th>
                  <td className="nowrap">{t('cases.paragraphText', { paragraph: d.paragraph, year: d.year })}</td>
                  <td className="nowrap">{formatDate(d.decidedOn)}</td>
                  <td>
                    <OutcomeBadge outcome={d.outcome} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section className="card table-card" aria-labelledby="case-entries-heading">
        <div className="card-heading section-heading">
          <h2 id="case-entries-heading">{t('register.entriesTitle')}</h2>
          {mayRegister && (
            <button type="button" className="button button-secondary button-small" onClick={(e) => setOpener(e.currentTarget)}>
              {t('register.addEntry')}
            </button>
          )}
        </div>
        {detail.entries.length === 0 ? (
          <p className="empty card-text">{t('register.entriesNone')}</p>
        ) : (
          <EntriesTable collaborationId={collaboration.id} entries={detail.entries} captionId="case-entries-caption" caption={t('register.caseTableCaption', { number: detail.number })} showCase={false} />
        )}
      </section>
      {opener && <EntryDialog detail={detail} changes={changes} returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}

/** The status as a select and a save button; a stale version shows the conflict with a way to reload. */
function StatusForm({ detail, changes }: { detail: CaseDetail; changes: CaseChanges }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState(detail.status)
  const update = changes.update
  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate({
      version: detail.version,
      title: detail.title,
      description: detail.description,
      status,
      preparingBodyId: detail.preparingBodyId,
      decidingBodyId: detail.decidingBodyId,
      initiativeId: detail.initiativeId,
      confidential: detail.confidential,
      confidentialityGround: detail.confidentialityGround,
    })
  }
  return (
    <form className="case-status-form" onSubmit={submit} noValidate>
      <ErrorSummary error={update.error} fieldIds={{ status: 'case-status' }} />
      {update.isSuccess && !update.isPending && (
        <SuccessMessage>
          <p>{t('cases.statusSaved', { status: t(`caseStatus.${detail.status}`) })}</p>
        </SuccessMessage>
      )}
      <div className="inline-form">
        <SelectField id="case-status" label={t('cases.statusTitle')} value={status} onChange={setStatus} options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))} />
        <button type="submit" className="button button-secondary" disabled={update.isPending || status === detail.status}>
          {update.isPending ? t('cases.savingStatus') : t('cases.saveStatus')}
        </button>
      </div>
    </form>
  )
}
