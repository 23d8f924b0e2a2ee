import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { ApiError } from '../api/client'
import { stockholmIso, stockholmTime } from '../calendar/stockholm-time'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'
import type { MeetingChanges } from './queries'
import type { Meeting } from './types'

const EDIT_IDS = { date: 'edit-meeting-date', startsAt: 'edit-meeting-start', endsAt: 'edit-meeting-end', place: 'edit-meeting-place', link: 'edit-meeting-link' }

/** Ändra sammanträdet: day, times (Swedish time), place and link, while it has not been held. */
export function EditMeetingDialog({ meeting, changes, returnFocusTo, onClose }: { meeting: Meeting; changes: MeetingChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [form, setForm] = useState({
    date: formatDate(meeting.startsAt),
    start: stockholmTime(meeting.startsAt),
    end: meeting.endsAt ? stockholmTime(meeting.endsAt) : '',
    place: meeting.place,
    link: meeting.link,
  })
  const [local, setLocal] = useState<Record<string, string>>({})
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const server = changes.update.error instanceof ApiError ? changes.update.error.fields : {}
  const error = (key: string) => local[key] ?? server[key]
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: Record<string, string> = {}
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = t('calendar.invalidDate')
    const startsAt = stockholmIso(form.date, form.start)
    const endsAt = form.end.trim() ? stockholmIso(form.date, form.end) : null
    if (!errors.date && !startsAt) errors.startsAt = t('calendar.invalidTime')
    if (form.end.trim() && !endsAt) errors.endsAt = t('calendar.invalidTime')
    else if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) errors.endsAt = t('calendar.endBeforeStart')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || !startsAt) {
      document.getElementById(EDIT_IDS[Object.keys(errors)[0] as keyof typeof EDIT_IDS])?.focus()
      return
    }
    const { version, chairUserId, adjusterUserIds, secretaryName } = meeting
    changes.update.mutate({ version, chairUserId, adjusterUserIds, secretaryName, startsAt, endsAt, place: form.place, link: form.link }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="edit-meeting-title" title={t('meeting.change.editTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{meeting.noticeSentAt ? t('meeting.change.editAfterNotice') : t('meeting.change.editIntro')}</p>
        <ErrorSummary error={changes.update.error} fieldIds={EDIT_IDS} />
        <Field id={EDIT_IDS.date} label={t('calendar.date')} hint={t('calendar.dateHint')} error={error('date')} required>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={form.date} onChange={(e) => set('date')(e.target.value)} />}
        </Field>
        <div className="form-grid time-grid">
          <Field id={EDIT_IDS.startsAt} label={t('calendar.start')} hint={t('calendar.timeHint')} error={error('startsAt')} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={form.start} onChange={(e) => set('start')(e.target.value)} />}
          </Field>
          <Field id={EDIT_IDS.endsAt} label={t('calendar.end')} hint={t('calendar.timeHint')} error={error('endsAt')}>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={form.end} onChange={(e) => set('end')(e.target.value)} />}
          </Field>
        </div>
        <Field id={EDIT_IDS.place} label={t('calendar.place')} hint={t('calendar.placeHint')} error={error('place')}>
          {(props) => <input {...props} autoComplete="off" value={form.place} onChange={(e) => set('place')(e.target.value)} />}
        </Field>
        <Field id={EDIT_IDS.link} label={t('calendar.link')} hint={t('calendar.linkHint')} error={error('link')}>
          {(props) => <input {...props} type="url" autoComplete="off" value={form.link} onChange={(e) => set('link')(e.target.value)} />}
        </Field>
        <FormActions pending={changes.update.isPending} label={t('calendar.save')} pendingLabel={t('calendar.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** Ställ in sammanträdet: with the reason, which those who got the notice are sent. */
export function CancelMeetingDialog({ meeting, changes, returnFocusTo, onClose }: { meeting: Meeting; changes: MeetingChanges; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const fields = changes.cancel.error instanceof ApiError ? changes.cancel.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    changes.cancel.mutate({ version: meeting.version, reason }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="cancel-meeting-title" title={t('meeting.change.cancelTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{meeting.noticeSentAt ? t('meeting.change.cancelAfterNotice') : t('meeting.change.cancelIntro')}</p>
        <ErrorSummary error={changes.cancel.error} fieldIds={{ reason: 'cancel-meeting-reason' }} />
        <Field id="cancel-meeting-reason" label={t('meeting.change.reason')} hint={t('meeting.change.reasonHint')} error={fields.reason} required>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormActions pending={changes.cancel.isPending} label={t('meeting.change.cancel')} pendingLabel={t('meeting.change.cancelling')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}

/** Avsluta sammanträdet: says what becomes fixed before it is done. */
export function CloseMeetingDialog({ meeting, changes, returnFocusTo, onClose, onClosed }: { meeting: Meeting; changes: MeetingChanges; returnFocusTo: HTMLElement | null; onClose: () => void; onClosed: () => void }) {
  const { t } = useTranslation()
  const paragraphs = meeting.agenda.flatMap((item) => (item.decision ? [item.decision.paragraph] : [])).sort((a, b) => a - b)
  const range = paragraphs.length ? (paragraphs.length === 1 ? `§ ${paragraphs[0]}` : `§ ${paragraphs[0]}–${paragraphs.at(-1)}`) : ''
  return (
    <Dialog titleId="close-meeting-title" title={t('meeting.change.closeTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <div className="form">
        <p>{t('meeting.change.closeIntro', { paragraphs: range })}</p>
        <ul>
          <li>{t('meeting.change.fixedParagraphs')}</li>
          <li>{t('meeting.change.fixedAttendance')}</li>
          <li>{t('meeting.change.fixedTime')}</li>
        </ul>
        <p>{t('meeting.change.closeNext')}</p>
        <ErrorSummary error={changes.close.error} />
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={changes.close.isPending}
            onClick={() =>
              changes.close.mutate(undefined, {
                onSuccess: () => {
                  onClosed()
                  onClose()
                },
              })
            }
          >
            {changes.close.isPending ? t('meeting.decisions.closing') : t('meeting.change.confirmClose')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
