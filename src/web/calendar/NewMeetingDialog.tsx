import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Dialog } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { useCreateMeeting } from './queries'
import { stockholmIso } from './stockholm-time'

const IDS = { bodyId: 'meeting-body', date: 'meeting-date', startsAt: 'meeting-start', endsAt: 'meeting-end', place: 'meeting-place', link: 'meeting-link' }

/** Nytt sammanträde: body, date and times in Swedish time (sent with the offset of that day), place and link; opens the new meeting. */
export function NewMeetingDialog({ bodies, initialBodyId, returnFocusTo, onClose }: { bodies: { id: string; name: string }[]; initialBodyId?: string; returnFocusTo: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const navigate = useNavigate()
  const create = useCreateMeeting(collaboration.id)
  const [form, setForm] = useState({ bodyId: initialBodyId ?? '', date: '', start: '13:00', end: '15:00', place: '', link: '' })
  const [local, setLocal] = useState<Record<string, string>>({})
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const server = create.error instanceof ApiError ? create.error.fields : {}
  const error = (key: string) => local[key] ?? server[key]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const errors: Record<string, string> = {}
    if (!form.bodyId) errors.bodyId = t('calendar.chooseBody')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = t('calendar.invalidDate')
    const startsAt = stockholmIso(form.date, form.start)
    const endsAt = form.end.trim() ? stockholmIso(form.date, form.end) : null
    if (!errors.date && !startsAt) errors.startsAt = t('calendar.invalidTime')
    if (form.end.trim() && !endsAt) errors.endsAt = t('calendar.invalidTime')
    else if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) errors.endsAt = t('calendar.endBeforeStart')
    setLocal(errors)
    if (Object.keys(errors).length > 0 || !startsAt) {
      document.getElementById(IDS[Object.keys(errors)[0] as keyof typeof IDS])?.focus()
      return
    }
    create.mutate({ bodyId: form.bodyId, startsAt, endsAt, place: form.place, link: form.link }, { onSuccess: (meeting) => navigate(`/collaborations/${collaboration.id}/meetings/${meeting.id}`) })
  }

  return (
    <Dialog titleId="new-meeting-title" title={t('calendar.newMeeting')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="field-hint dialog-intro">{t('calendar.newIntro')}</p>
        <ErrorSummary error={create.error} fieldIds={IDS} />
        <SelectField id={IDS.bodyId} label={t('calendar.body')} error={error('bodyId')} required value={form.bodyId} onChange={set('bodyId')} empty={t('calendar.chooseBody')} options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
        <Field id={IDS.date} label={t('calendar.date')} hint={t('calendar.dateHint')} error={error('date')} required>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={form.date} onChange={(e) => set('date')(e.target.value)} />}
        </Field>
        <div className="form-grid time-grid">
          <Field id={IDS.startsAt} label={t('calendar.start')} hint={t('calendar.timeHint')} error={error('startsAt')} required>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={form.start} onChange={(e) => set('start')(e.target.value)} />}
          </Field>
          <Field id={IDS.endsAt} label={t('calendar.end')} hint={t('calendar.timeHint')} error={error('endsAt')}>
            {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={form.end} onChange={(e) => set('end')(e.target.value)} />}
          </Field>
        </div>
        <Field id={IDS.place} label={t('calendar.place')} hint={t('calendar.placeHint')} error={error('place')}>
          {(props) => <input {...props} autoComplete="off" value={form.place} onChange={(e) => set('place')(e.target.value)} />}
        </Field>
        <Field id={IDS.link} label={t('calendar.link')} hint={t('calendar.linkHint')} error={error('link')}>
          {(props) => <input {...props} type="url" autoComplete="off" value={form.link} onChange={(e) => set('link')(e.target.value)} />}
        </Field>
        <FormActions pending={create.isPending} label={t('calendar.save')} pendingLabel={t('calendar.saving')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
