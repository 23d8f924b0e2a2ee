import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentType } from '../../modules/processes/processes.schema'
import { ApiError } from '../api/client'
import type { InitiativeDetail, InitiativeDocument } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import { AttachmentInput, type AttachedFile } from './AttachmentInput'
import { fieldText, parseFieldText } from './fieldValues'
import { useFieldLabel, useLocalName } from './names'
import type { InitiativeChanges } from './queries'

type Version = InitiativeDocument['versions'][number]
type DocumentField = DocumentType['fields'][number]

/** A new version of a structured document: the type's fields (starting from the latest version), final or draft, and attachments. */
export function DocumentDialog({
  initiative,
  type,
  latest,
  changes,
  returnFocusTo,
  onClose,
}: {
  initiative: InitiativeDetail
  type: DocumentType
  latest: Version | null
  changes: InitiativeChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  const { collaboration } = useCurrentCollaboration()
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(type.fields.map((f) => [f.key, fieldText(latest?.values[f.key])])))
  const [final, setFinal] = useState(latest?.final ?? false)
  const [note, setNote] = useState('')
  const [attachments, setAttachments] = useState<AttachedFile[]>(latest?.attachments ?? [])
  const write = changes.writeDocument
  const apiFields = write.error instanceof ApiError ? write.error.fields : {}
  const errorFor = (key: string) => apiFields[`values.${key}`] ?? apiFields[key]
  const fieldIds = Object.fromEntries([...type.fields.map((f) => [`values.${f.key}`, `doc-${f.key}`]), ['note', 'doc-note'], ['final', 'doc-final']])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const values = Object.fromEntries(type.fields.map((f) => [f.key, parseFieldText(f.kind, texts[f.key] ?? '')]))
    write.mutate({ typeKey: type.key, body: { values, final, note, attachmentIds: attachments.map((a) => a.id) } }, { onSuccess: onClose })
  }

  return (
    <Dialog titleId="document-dialog-title" title={t('initiative.documents.dialogTitle', { name: name(type) })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{latest ? t('initiative.documents.dialogIntroNext', { n: latest.number + 1, title: initiative.title }) : t('initiative.documents.dialogIntroFirst', { title: initiative.title })}</p>
        <ErrorSummary error={write.error} fieldIds={fieldIds} />
        {type.fields.map((field) => (
          <DocumentFieldInput key={field.key} field={field} id={`doc-${field.key}`} value={texts[field.key] ?? ''} error={errorFor(field.key)} onChange={(value) => setTexts((all) => ({ ...all, [field.key]: value }))} />
        ))}
        <AttachmentInput id="doc-attachment" label={t('initiative.attachments.add')} collaborationId={collaboration.id} files={attachments} max={20} error={apiFields.attachmentIds} onChange={setAttachments} />
        <Field id="doc-note" label={t('initiative.documents.note')} hint={t('initiative.documents.noteHint')} error={apiFields.note}>
          {(props) => <input {...props} autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="field">
          <label className="checkbox" htmlFor="doc-final">
            <input id="doc-final" type="checkbox" checked={final} aria-describedby="doc-final-hint" onChange={(e) => setFinal(e.target.checked)} />
            {t('initiative.documents.final')}
          </label>
          <p className="field-hint" id="doc-final-hint">
            {t('initiative.documents.finalHint')}
          </p>
        </div>
        <FormActions pending={write.isPending} label={t('initiative.documents.save')} pendingLabel={t('initiative.documents.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

function DocumentFieldInput({ field, id, value, error, onChange }: { field: DocumentField; id: string; value: string; error?: string; onChange: (value: string) => void }) {
  const { t } = useTranslation()
  const label = useFieldLabel()
  const hint = field.kind === 'date' ? t('initiative.documents.dateHint') : field.kind === 'amount' ? t('initiative.documents.amountHint') : field.kind === 'number' ? t('initiative.documents.numberHint') : undefined
  return (
    <Field id={id} label={label(field)} hint={hint} error={error} required={field.required}>
      {(props) =>
        field.kind === 'textarea' ? (
          <textarea {...props} rows={4} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...props}
            className={field.kind === 'text' ? undefined : 'input-short'}
            inputMode={field.kind === 'text' ? undefined : field.kind === 'date' ? 'numeric' : 'decimal'}
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  )
}
