import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../shared/initiatives'
import { ApiError } from '../api/client'
import type { InitiativeDetail } from '../api/types'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { useLocalName } from './names'
import type { InitiativeChanges } from './queries'

interface Props {
  initiative: InitiativeDetail
  changes: InitiativeChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
}

/** Pause, stop, resume or complete the initiative, always with a recorded reason. */
export function StatusDialog({ initiative, changes, returnFocusTo, onClose }: Props) {
  const { t } = useTranslation()
  const choices = INITIATIVE_STATUSES.filter((s) => s !== initiative.status)
  const [status, setStatus] = useState<InitiativeStatus>(choices[0] ?? 'active')
  const [reason, setReason] = useState('')
  const mutation = changes.setStatus
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    mutation.mutate({ version: initiative.version, status, reason }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="status-dialog-title" title={t('initiative.status.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('initiative.status.intro', { status: t(`initiativeStatus.${initiative.status}`) })}</p>
        <ErrorSummary error={mutation.error} fieldIds={{ status: 'status-new', reason: 'status-reason' }} />
        <SelectField id="status-new" label={t('initiative.status.new')} error={fields.status} required value={status} onChange={setStatus} options={choices.map((s) => ({ value: s, label: t(`initiativeStatus.${s}`) }))} />
        <Field id="status-reason" label={t('initiative.reason')} hint={t('initiative.reasonHint')} error={fields.reason} required>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormActions pending={mutation.isPending} label={t('initiative.status.save')} pendingLabel={t('initiative.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** Send the initiative back to the previous phase, with a recorded reason. */
export function SendBackDialog({ initiative, changes, returnFocusTo, onClose }: Props) {
  const { t } = useTranslation()
  const name = useLocalName()
  const previous = initiative.process.phases[initiative.phaseIndex - 1]
  const [reason, setReason] = useState('')
  const mutation = changes.sendBack
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    mutation.mutate({ version: initiative.version, reason }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="send-back-title" title={t('initiative.sendBack.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('initiative.sendBack.intro', { from: initiative.phaseName, to: previous ? name(previous) : '' })}</p>
        <ErrorSummary error={mutation.error} fieldIds={{ reason: 'send-back-reason' }} />
        <Field id="send-back-reason" label={t('initiative.reason')} hint={t('initiative.reasonHint')} error={fields.reason} required>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormActions pending={mutation.isPending} label={t('initiative.sendBack.save')} pendingLabel={t('initiative.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
