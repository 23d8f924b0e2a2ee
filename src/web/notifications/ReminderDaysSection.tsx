import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { useReminderSettings, useSaveReminderSettings, type ReminderSettings } from './queries'

const FIELD_ID = 'reminder-days'

/** Påminnelser: the coordinator sets on which days before a due date everyone who owes it is reminded. */
export function ReminderDaysSection({ collaborationId, onSaved }: { collaborationId: string; onSaved: () => void }) {
  const { t } = useTranslation()
  const settings = useReminderSettings(collaborationId)
  return (
    <section className="card form" aria-labelledby="reminder-days-heading">
      <h2 id="reminder-days-heading">{t('notificationCentre.reminderDaysTitle')}</h2>
      <p className="field-hint">{t('notificationCentre.reminderDaysIntro')}</p>
      <QueryView query={settings}>{(saved) => <ReminderDaysForm collaborationId={collaborationId} saved={saved} onSaved={onSaved} />}</QueryView>
    </section>
  )
}

/** "14, 3, 0" as days; what is not a whole number is kept as written, so the server's answer names it. */
const parseDays = (text: string) =>
  text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN))

function ReminderDaysForm({ collaborationId, saved, onSaved }: { collaborationId: string; saved: ReminderSettings; onSaved: () => void }) {
  const { t } = useTranslation()
  const save = useSaveReminderSettings(collaborationId)
  const [text, setText] = useState(saved.reminderDays.join(', '))
  const [invalid, setInvalid] = useState(false)
  useEffect(() => setText(saved.reminderDays.join(', ')), [saved])
  const fields = save.error instanceof ApiError ? save.error.fields : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const days = parseDays(text)
    setInvalid(days.some(Number.isNaN))
    if (days.some(Number.isNaN)) return
    save.mutate({ version: saved.version, reminderDays: [...days].sort((a, b) => b - a) }, { onSuccess: onSaved })
  }
  const error = invalid ? t('notificationCentre.reminderDaysInvalid') : (fields.reminderDays ?? Object.entries(fields).find(([key]) => key.startsWith('reminderDays'))?.[1])
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} fieldIds={{ reminderDays: FIELD_ID }} />
      {save.isSuccess && <SuccessMessage>{t('notificationCentre.reminderDaysSaved')}</SuccessMessage>}
      <Field id={FIELD_ID} label={t('notificationCentre.reminderDaysLabel')} hint={t('notificationCentre.reminderDaysHint')} error={error}>
        {(props) => <input {...props} inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <FormActions pending={save.isPending} label={t('notificationCentre.reminderDaysSave')} pendingLabel={t('notificationCentre.saving')} />
    </form>
  )
}
