import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router-dom'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { CHANNELS, SETTING_KINDS, useNotificationSettings, useSaveNotificationSettings, type Channel, type NotificationSettings, type SettingKind } from './queries'

/** Aviseringar: per kind, whether e-mail comes at once, in a daily or weekly digest, or not at all (the bell shows everything). */
export function NotificationSettingsSection() {
  const { t } = useTranslation()
  const settings = useNotificationSettings()
  const location = useLocation()
  const section = useRef<HTMLElement>(null)
  // The link in every e-mail (and in the bell) leads here: bring the section into view and focus.
  useEffect(() => {
    if (location.hash === '#notifications' && settings.isSuccess) {
      section.current?.scrollIntoView()
      section.current?.focus()
    }
  }, [location.hash, settings.isSuccess])
  return (
    <section ref={section} className="card form" id="notifications" aria-labelledby="notification-settings-heading" tabIndex={-1}>
      <h2 id="notification-settings-heading">{t('notificationCentre.settingsTitle')}</h2>
      <p className="field-hint">{t('notificationCentre.settingsIntro')}</p>
      <QueryView query={settings}>{(saved) => <SettingsForm saved={saved} />}</QueryView>
    </section>
  )
}

function SettingsForm({ saved }: { saved: NotificationSettings }) {
  const { t } = useTranslation()
  const save = useSaveNotificationSettings()
  const [email, setEmail] = useState(saved.email)
  useEffect(() => setEmail(saved.email), [saved])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ version: saved.version, email })
  }
  const choose = (kind: SettingKind, channel: Channel) => setEmail((current) => ({ ...current, [kind]: channel }))
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={save.error} />
      {save.isSuccess && <SuccessMessage>{t('notificationCentre.saved')}</SuccessMessage>}
      {SETTING_KINDS.map((kind) => (
        <fieldset key={kind} className="field" aria-describedby={`notification-${kind}-hint`}>
          <legend>{t(`notificationCentre.kind.${kind}`)}</legend>
          <p className="field-hint" id={`notification-${kind}-hint`}>
            {t(`notificationCentre.kindHint.${kind}`)}
          </p>
          <div className="radio-row">
            {CHANNELS.map((channel) => (
              <label key={channel} className="checkbox">
                <input type="radio" id={`notification-${kind}-${channel}`} name={`notification-${kind}`} checked={email[kind] === channel} onChange={() => choose(kind, channel)} />
                {t(`notificationCentre.channel.${channel}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <FormActions pending={save.isPending} label={t('notificationCentre.save')} pendingLabel={t('notificationCentre.saving')} />
    </form>
  )
}
