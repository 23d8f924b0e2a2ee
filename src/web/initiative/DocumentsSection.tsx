import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentType } from '../../modules/processes/processes.schema'
import { formatDateTime } from '../../shared/format'
import type { InitiativeDetail, InitiativeDocument } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { AttachmentLink } from './AttachmentInput'
import { DocumentDialog } from './DocumentDialog'
import { formatFieldValue } from './fieldValues'
import { useFieldLabel, useLocalName } from './names'
import type { InitiativeChanges } from './queries'

type Version = InitiativeDocument['versions'][number]

/** The documents of every phase so far: each type's latest version, its history, and the form to write a new one. */
export function DocumentsSection({ initiative, changes }: { initiative: InitiativeDetail; changes: InitiativeChanges }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const { permissions } = useCurrentCollaboration()
  const mayWrite = allows(permissions, 'initiatives', 'writeDocuments') && initiative.status === 'active'
  const [open, setOpen] = useState<{ type: DocumentType; phaseKey: string; opener: HTMLElement } | null>(null)
  const phases = initiative.process.phases.slice(0, initiative.status === 'completed' ? undefined : initiative.phaseIndex + 1).reverse()
  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('initiative.documents.title')}</h2>
      <p className="field-hint">{t('initiative.documents.intro')}</p>
      {phases.map((phase) => (
        <div key={phase.key} className="document-phase">
          <h3>{t('initiative.documents.phase', { phase: name(phase) })}</h3>
          {phase.documentTypes.length === 0 && <p className="empty">{t('initiative.documents.noTypes')}</p>}
          <ul className="document-list">
            {phase.documentTypes.map((type) => {
              const document = initiative.documents.find((d) => d.typeKey === type.key)
              const required = phase.gate?.requiredDocuments.includes(type.key) ?? false
              return (
                <li key={type.key} className="document">
                  <DocumentCard type={type} versions={document?.versions ?? []} required={required} />
                  {mayWrite && (
                    <button type="button" className="button button-secondary button-small" onClick={(e) => setOpen({ type, phaseKey: phase.key, opener: e.currentTarget })}>
                      {document?.versions.length ? t('initiative.documents.newVersion', { name: name(type) }) : t('initiative.documents.write', { name: name(type) })}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      {open && (
        <DocumentDialog
          initiative={initiative}
          type={open.type}
          latest={latestOf(initiative.documents.find((d) => d.typeKey === open.type.key)?.versions ?? [])}
          changes={changes}
          returnFocusTo={open.opener}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  )
}

function latestOf(versions: Version[]): Version | null {
  return versions.reduce<Version | null>((latest, v) => (!latest || v.number > latest.number ? v : latest), null)
}

function DocumentCard({ type, versions, required }: { type: DocumentType; versions: Version[]; required: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const label = useFieldLabel()
  const { collaboration } = useCurrentCollaboration()
  const latest = latestOf(versions)
  const history = [...versions].sort((a, b) => b.number - a.number)
  return (
    <>
      <h4>
        {name(type)}
        {required && <span className="badge badge-info">{t('initiative.documents.requiredAtGate')}</span>}
      </h4>
      {!latest ? (
        <p className="empty">{t('initiative.documents.notWritten')}</p>
      ) : (
        <>
          <p className="document-meta">
            <span className={`badge document-${latest.final ? 'final' : 'draft'}`}>{t(`initiative.documentState.${latest.final ? 'final' : 'draft'}`)}</span>{' '}
            {t('initiative.documents.versionBy', { n: latest.number, name: latest.createdBy, at: formatDateTime(latest.createdAt) })}
          </p>
          <dl className="document-values">
            {type.fields.map((field) => (
              <div key={field.key}>
                <dt>{label(field)}</dt>
                <dd>{formatFieldValue(field.kind, latest.values[field.key])}</dd>
              </div>
            ))}
          </dl>
          {latest.attachments.length > 0 && (
            <ul className="plain-list" aria-label={t('initiative.attachments.attached')}>
              {latest.attachments.map((file) => (
                <li key={file.id}>
                  <AttachmentLink collaborationId={collaboration.id} file={file} />
                </li>
              ))}
            </ul>
          )}
          {history.length > 1 && (
            <details className="document-history">
              <summary>{t('initiative.documents.history', { count: history.length })}</summary>
              <ol reversed>
                {history.map((v) => (
                  <li key={v.id}>
                    {t('initiative.documents.versionBy', { n: v.number, name: v.createdBy, at: formatDateTime(v.createdAt) })} – {t(`initiative.documentState.${v.final ? 'final' : 'draft'}`)}
                    {v.note && <span className="cell-secondary">{v.note}</span>}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </>
  )
}
