import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import type { FieldErrors } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useMeetings } from '../meetings/queries'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { fieldErrors, useLocalErrors } from '../ui/form-errors'
import { useMeetingForAdoption, type BudgetChanges } from './queries'
import type { BudgetDetail } from './types'

interface DialogProps {
  budget: BudgetDetail
  changes: BudgetChanges
  returnFocusTo: HTMLElement | null
  onClose: () => void
}

/** A meeting whose § can adopt a budget has been held; the API checks this again. */
const HELD = ['held', 'minutes_approved', 'published']

const ADOPT_IDS = {
  kind: 'adopt-kind-paragraph',
  meeting: 'adopt-meeting',
  'decision.meetingItemId': 'adopt-paragraph',
  'decision.decidedOn': 'adopt-date',
  'decision.reference': 'adopt-reference',
  'decision.bodyName': 'adopt-body',
}

/** Fastställ budgeten: by a § of a held meeting kept here, or by a decision taken elsewhere, with its reference and date. */
export function AdoptDialog({ budget, changes, returnFocusTo, onClose }: DialogProps) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const meetings = (useMeetings(collaboration.id).data ?? []).filter((m) => HELD.includes(m.status) && m.paragraphs)
  const [kind, setKind] = useState<'paragraph' | 'external'>('paragraph')
  const [meetingId, setMeetingId] = useState('')
  const [itemId, setItemId] = useState('')
  const [decidedOn, setDecidedOn] = useState('')
  const [reference, setReference] = useState('')
  const [bodyName, setBodyName] = useState('')
  const meeting = useMeetingForAdoption(collaboration.id, meetingId)
  const approving = meetingId ? (meeting.data?.agenda ?? []).filter((item) => item.decision?.outcome === 'approve') : []
  const { local, setLocal, summary } = useLocalErrors()
  const adopt = changes.adopt
  const fields = fieldErrors(adopt.error, local)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    if (kind === 'paragraph' && !meetingId) errors.meeting = t('finance.adoptDialog.meetingMissing')
    if (kind === 'paragraph' && meetingId && !itemId) errors['decision.meetingItemId'] = t('finance.adoptDialog.paragraphMissing')
    if (kind === 'external' && !/^\d{4}-\d{2}-\d{2}$/.test(decidedOn.trim())) errors['decision.decidedOn'] = t('finance.adoptDialog.dateMissing')
    if (kind === 'external' && reference.trim().length < 3) errors['decision.reference'] = t('finance.adoptDialog.referenceMissing')
    setLocal(errors)
    if (Object.keys(errors).length > 0) return
    adopt.reset()
    const decision =
      kind === 'paragraph' ? { kind, meetingItemId: itemId } : { kind, decidedOn: decidedOn.trim(), reference: reference.trim(), ...(bodyName.trim() ? { bodyName: bodyName.trim() } : {}) }
    adopt.mutate({ version: budget.version, decision }, { onSuccess: onClose })
  }

  return (
    <Dialog titleId="adopt-title" title={t('finance.adoptDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.adoptDialog.intro')}</p>
        <ErrorSummary error={summary ?? adopt.error} fieldIds={ADOPT_IDS} />
        <fieldset className="field">
          <legend>{t('finance.adoptDialog.kind')}</legend>
          <div className="radio-row">
            {(['paragraph', 'external'] as const).map((option) => (
              <label key={option} className="checkbox">
                <input id={`adopt-kind-${option}`} type="radio" name="adopt-kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
                {t(`finance.adoptDialog.kind_${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {kind === 'paragraph' ? (
          <>
            {meetings.length === 0 && <p className="field-hint">{t('finance.adoptDialog.noMeetings')}</p>}
            <SelectField
              id={ADOPT_IDS.meeting}
              label={t('finance.adoptDialog.meeting')}
              error={fields.meeting}
              required
              value={meetingId}
              onChange={(value) => {
                setMeetingId(value)
                setItemId('')
              }}
              empty={t('finance.adoptDialog.chooseMeeting')}
              options={meetings.map((m) => ({ value: m.id, label: t('finance.adoptDialog.meetingOption', { body: m.bodyName, date: formatDate(m.startsAt), paragraphs: m.paragraphs ?? '' }) }))}
            />
            {meetingId && (
              <SelectField
                id={ADOPT_IDS['decision.meetingItemId']}
                label={t('finance.adoptDialog.paragraph')}
                hint={t('finance.adoptDialog.paragraphHint')}
                error={fields['decision.meetingItemId']}
                required
                value={itemId}
                onChange={setItemId}
                empty={meeting.isLoading ? t('finance.adoptDialog.loading') : approving.length ? t('finance.adoptDialog.chooseParagraph') : t('finance.adoptDialog.noParagraphs')}
                options={approving.map((item) => ({ value: item.id, label: `§ ${item.decision!.paragraph}/${item.decision!.year} ${item.title}` }))}
              />
            )}
          </>
        ) : (
          <>
            <Field id={ADOPT_IDS['decision.decidedOn']} label={t('finance.adoptDialog.decidedOn')} hint={t('finance.dateHint')} error={fields['decision.decidedOn']} required>
              {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
            </Field>
            <Field id={ADOPT_IDS['decision.reference']} label={t('finance.adoptDialog.reference')} hint={t('finance.adoptDialog.referenceHint')} error={fields['decision.reference']} required>
              {(props) => <input {...props} autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />}
            </Field>
            <Field id={ADOPT_IDS['decision.bodyName']} label={t('finance.adoptDialog.bodyName')} hint={t('finance.adoptDialog.bodyNameHint')} error={fields['decision.bodyName']}>
              {(props) => <input {...props} autoComplete="off" value={bodyName} onChange={(e) => setBodyName(e.target.value)} />}
            </Field>
          </>
        )}
        <FormActions pending={adopt.isPending} label={t('finance.adoptDialog.save')} pendingLabel={t('finance.adoptDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

const REOPEN_IDS = { reason: 'reopen-reason', confirmed: 'reopen-confirm' }

/** Öppna som utkast: the coordinator gives the reason and confirms; the adoption stays in the budget's history. */
export function ReopenDialog({ budget, changes, returnFocusTo, onClose }: DialogProps) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [confirmed, setConfirmed] = useState(false)
  const { local, setLocal, summary } = useLocalErrors()
  const reopen = changes.reopen
  const fields = fieldErrors(reopen.error, local)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: FieldErrors = {}
    if (reason.trim().length < 10) errors.reason = t('finance.reopenDialog.reasonMissing')
    if (!confirmed) errors.confirmed = t('finance.reopenDialog.confirmMissing')
    setLocal(errors)
    if (Object.keys(errors).length > 0) return
    reopen.reset()
    reopen.mutate({ version: budget.version, reason: reason.trim() }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="reopen-title" title={t('finance.reopenDialog.title')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('finance.reopenDialog.intro', { date: formatDate(budget.adoptedOn), reference: budget.adoption?.reference ?? '' })}</p>
        <ErrorSummary error={summary ?? reopen.error} fieldIds={REOPEN_IDS} />
        <Field id={REOPEN_IDS.reason} label={t('finance.reopenDialog.reason')} hint={t('finance.reopenDialog.reasonHint')} error={fields.reason} required>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className={fields.confirmed ? 'field field-invalid' : 'field'}>
          {fields.confirmed && (
            <p className="field-error" id={`${REOPEN_IDS.confirmed}-error`}>
              {fields.confirmed}
            </p>
          )}
          <label className="checkbox">
            <input id={REOPEN_IDS.confirmed} type="checkbox" checked={confirmed} aria-describedby={fields.confirmed ? `${REOPEN_IDS.confirmed}-error` : undefined} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('finance.reopenDialog.confirm')}
          </label>
        </div>
        <FormActions pending={reopen.isPending} label={t('finance.reopenDialog.save')} pendingLabel={t('finance.reopenDialog.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
