import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import type { Language } from '../i18n'
import { useLanguage } from '../i18n/useLanguage'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { useUpdateMe } from './queries'

const fieldIds = { name: 'account-name', locale: 'account-locale' }

/** The name others see in the logs and lists, and the language of the interface and of the server's messages. */
export function ProfileForm({ name: savedName, email }: { name: string; email: string }) {
  const { t } = useTranslation()
  const updateMe = useUpdateMe()
  // The language switch in the header changes the account's language too, so the interface's language is the truth.
  const language = useLanguage()
  const [name, setName] = useState(savedName)
  const [locale, setLocale] = useState<Language>(language)
  useEffect(() => setLocale(language), [language])
  const fields = updateMe.error instanceof ApiError ? updateMe.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    updateMe.mutate({ name, locale })
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profileTitle')}</h2>
      <ErrorSummary error={updateMe.error} fieldIds={fieldIds} />
      {updateMe.isSuccess && <SuccessMessage>{t('account.profileSaved')}</SuccessMessage>}
      <dl className="facts">
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{email}</dd>
        </div>
      </dl>
      <Field id={fieldIds.name} label={t('account.name')} error={fields.name} required>
        {(props) => <input {...props} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <SelectField
        id={fieldIds.locale}
        label={t('account.language')}
        hint={t('account.languageHint')}
        error={fields.locale}
        required
        value={locale}
        onChange={setLocale}
        options={[
          { value: 'sv', label: 'Svenska', lang: 'sv' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
      />
      <FormActions pending={updateMe.isPending} label={t('account.saveProfile')} pendingLabel={t('account.saving')} />
    </form>
  )
}
