import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { ApiError } from '../api/client'
import { MeetingTimeFields, useMeetingTime } from '../calendar/MeetingTimeFields'
import { stockholmTime } from '../calendar/stockholm-time'
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
  const { time, set, errors, check } = useMeetingTime({
    date: formatDate(meeting.startsAt),
    start: stockholmTime(meeting.startsAt),
    end: meeting.endsAt ? stockholmTime(meeting.endsAt) : '',
    place: meeting.place,
    link: meeting.link,
  })
  const server = changes.update.error instanceof ApiError ? changes.update.error.fields : {}
  const error = (key: string) => errors[key] ?? server[key]
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = check()
    if (!checked.ok) {
      document.getElementById(EDIT_IDS[checked.first as keyof typeof EDIT_IDS])?.focus()
      return
    }
    const { ok: _ok, ...when } = checked
    const { version, chairUserId, adjusterUserIds, secretaryName } = meeting
    changes.update.mutate({ version, chairUserId, adjusterUserIds, secretaryName, ...when }, { onSuccess: onClose })
  }
  return (
    <Dialog titleId="edit-meeting-title" title={t('meeting.change.editTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{meeting.noticeSentAt ? t('meeting.change.editAfterNotice') : t('meeting.change.editIntro')}</p>
        <ErrorSummary error={changes.update.error} fieldIds={EDIT_IDS} />
        <MeetingTimeFields ids={EDIT_IDS} time={time} set={set} error={error} />
        <FormActions pending={changes.update.isPending} label={t('meeting.change.save')} pendingLabel={t('meeting.change.saving')} onCancel={onClose} />
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
