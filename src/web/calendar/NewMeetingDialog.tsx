import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { useCreateMeeting } from './queries'
import { MeetingTimeFields, useMeetingTime } from './MeetingTimeFields'

const IDS = { bodyId: 'meeting-body', date: 'meeting-date', startsAt: 'meeting-start', endsAt: 'meeting-end', place: 'meeting-place', link: 'meeting-link' }

/** Nytt sammanträde: body, date and times in Swedish time (sent with the offset of that day), place and link; opens the new meeting. */
export function NewMeetingDialog({ bodies, initialBodyId, returnFocusTo, onClose }: { bodies: { id: string; name: string }[]; initialBodyId?: string; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const navigate = useNavigate()
  const create = useCreateMeeting(collaboration.id)
  const [bodyId, setBodyId] = useState(initialBodyId ?? '')
  const { time, set, errors, check } = useMeetingTime({ date: '', start: '13:00', end: '15:00', place: '', link: '' })
  const server = create.error instanceof ApiError ? create.error.fields : {}
  const error = (key: string) => errors[key] ?? server[key]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = check(bodyId ? {} : { bodyId: t('calendar.chooseBody') })
    if (!checked.ok) {
      document.getElementById(IDS[checked.first as keyof typeof IDS])?.focus()
      return
    }
    const { ok: _ok, ...when } = checked
    create.mutate({ bodyId, ...when }, { onSuccess: (meeting) => navigate(`/collaborations/${collaboration.id}/meetings/${meeting.id}`) })
  }

  return (
    <Dialog titleId="new-meeting-title" title={t('calendar.newMeeting')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('calendar.newIntro')}</p>
        <ErrorSummary error={create.error} fieldIds={IDS} />
        <SelectField id={IDS.bodyId} label={t('calendar.body')} error={error('bodyId')} required value={bodyId} onChange={setBodyId} empty={t('calendar.chooseBody')} options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
        <MeetingTimeFields ids={IDS} time={time} set={set} error={error} />
        <FormActions pending={create.isPending} label={t('calendar.save')} pendingLabel={t('calendar.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
