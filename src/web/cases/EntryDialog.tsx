import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { todayInSweden } from '../../shared/format'
import { ApiError } from '../api/client'
import type { CaseDetail } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { AttachmentInput, type AttachedFile } from '../initiative/AttachmentInput'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { ConfidentialityFields } from './ConfidentialityFields'
import { DIRECTIONS } from './labels'
import type { CaseChanges } from './queries'

type Direction = (typeof DIRECTIONS)[number]

const FIELD_IDS = { registeredOn: 'entry-date', direction: 'entry-direction', counterpart: 'entry-counterpart', description: 'entry-description', attachmentId: 'entry-attachment', confidentialityGround: 'entry-ground' }

/** Registrera handling: a document in the case, with its date, direction, counterpart, description, a file and confidentiality. */
export function EntryDialog({ detail, changes, returnFocusTo, onClose }: { detail: CaseDetail; changes: CaseChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [registeredOn, setRegisteredOn] = useState(todayInSweden())
  const [direction, setDirection] = useState<Direction>('incoming')
  const [counterpart, setCounterpart] = useState('')
  const [description, setDescription] = useState('')
  const [files, setFiles] = useState<AttachedFile[]>([])
  const [confidential, setConfidential] = useState(detail.confidential)
  const [ground, setGround] = useState(detail.confidentialityGround)
  const mutation = changes.addEntry
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    mutation.mutate(
      { registeredOn, direction, counterpart, description, attachmentId: files[0]?.id ?? null, confidential, confidentialityGround: confidential ? ground : '' },
      { onSuccess: onClose },
    )
  }

  return (
    <Dialog titleId="entry-dialog-title" title={t('register.entryTitle', { number: detail.number })} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={FIELD_IDS} />
        <div className="form-grid">
          <Field id={FIELD_IDS.registeredOn} label={t('register.entryDate')} hint={t('register.entryDateHint')} error={fields.registeredOn} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={registeredOn} onChange={(e) => setRegisteredOn(e.target.value)} />}
          </Field>
          <SelectField id={FIELD_IDS.direction} label={t('register.direction')} error={fields.direction} required value={direction} onChange={setDirection} options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))} />
        </div>
        <Field id={FIELD_IDS.counterpart} label={t('register.counterpart')} hint={t('register.counterpartHint')} error={fields.counterpart}>
          {(props) => <input {...props} autoComplete="off" value={counterpart} onChange={(e) => setCounterpart(e.target.value)} />}
        </Field>
        <Field id={FIELD_IDS.description} label={t('register.description')} hint={t('register.descriptionHint')} error={fields.description} required>
          {(props) => <textarea {...props} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <AttachmentInput id={FIELD_IDS.attachmentId} label={t('register.attachmentLabel')} collaborationId={collaboration.id} files={files} max={1} error={fields.attachmentId} onChange={setFiles} />
        <ConfidentialityFields
          idPrefix="entry"
          label={t('register.confidentialLabel')}
          confidential={confidential}
          ground={ground}
          error={fields.confidentialityGround}
          onChange={(nextConfidential, nextGround) => {
            setConfidential(nextConfidential)
            setGround(nextGround)
          }}
        />
        <FormActions pending={mutation.isPending} label={t('register.save')} pendingLabel={t('register.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
