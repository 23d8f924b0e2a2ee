import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '../ui/Field'
import { stockholmIso } from './stockholm-time'

export interface MeetingTime {
  date: string
  start: string
  end: string
  place: string
  link: string
}

type Ids = Record<'date' | 'startsAt' | 'endsAt' | 'place' | 'link', string>

/**
 * A meeting's day, times in Swedish time, place and link, as the new-meeting and change dialogs ask for them:
 * `check` turns them into the instants the API takes (with the offset of that day), or says what is wrong.
 */
export function useMeetingTime(initial: MeetingTime) {
  const { t } = useTranslation()
  const [time, setTime] = useState(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (key: keyof MeetingTime) => (value: string) => setTime((f) => ({ ...f, [key]: value }))
  const check = (extra: Record<string, string> = {}) => {
    const found: Record<string, string> = { ...extra }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(time.date)) found.date = t('calendar.invalidDate')
    const startsAt = stockholmIso(time.date, time.start)
    const endsAt = time.end.trim() ? stockholmIso(time.date, time.end) : null
    if (!found.date && !startsAt) found.startsAt = t('calendar.invalidTime')
    if (time.end.trim() && !endsAt) found.endsAt = t('calendar.invalidTime')
    else if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) found.endsAt = t('calendar.endBeforeStart')
    setErrors(found)
    return Object.keys(found).length > 0 || !startsAt ? { ok: false as const, first: Object.keys(found)[0] } : { ok: true as const, startsAt, endsAt, place: time.place, link: time.link }
  }
  return { time, set, errors, check }
}

export function MeetingTimeFields({ ids, time, set, error }: { ids: Ids; time: MeetingTime; set: (key: keyof MeetingTime) => (value: string) => void; error: (key: string) => string | undefined }) {
  const { t } = useTranslation()
  return (
    <>
      <Field id={ids.date} label={t('calendar.date')} hint={t('calendar.dateHint')} error={error('date')} required>
        {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={time.date} onChange={(e) => set('date')(e.target.value)} />}
      </Field>
      <div className="form-grid time-grid">
        <Field id={ids.startsAt} label={t('calendar.start')} hint={t('calendar.timeHint')} error={error('startsAt')} required>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={time.start} onChange={(e) => set('start')(e.target.value)} />}
        </Field>
        <Field id={ids.endsAt} label={t('calendar.end')} hint={t('calendar.timeHint')} error={error('endsAt')}>
          {(props) => <input {...props} className="input-short" inputMode="numeric" autoComplete="off" value={time.end} onChange={(e) => set('end')(e.target.value)} />}
        </Field>
      </div>
      <Field id={ids.place} label={t('calendar.place')} hint={t('calendar.placeHint')} error={error('place')}>
        {(props) => <input {...props} autoComplete="off" value={time.place} onChange={(e) => set('place')(e.target.value)} />}
      </Field>
      <Field id={ids.link} label={t('calendar.link')} hint={t('calendar.linkHint')} error={error('link')}>
        {(props) => <input {...props} type="url" autoComplete="off" value={time.link} onChange={(e) => set('link')(e.target.value)} />}
      </Field>
    </>
  )
}
