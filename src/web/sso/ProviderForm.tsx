import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary } from '../ui/Status'
import { useMemberChoices, useSaveProvider, type IdentityProvider, type ProviderInput } from './queries'

const blank: ProviderInput = { name: '', issuer: '', clientId: '', clientSecret: '', emailClaim: 'email', nameClaim: 'name', trustEmail: false, enabled: true, memberId: null }

/** Adds a provider, or changes one (`provider`); the client secret is written, never read back. */
export function ProviderForm({ provider, onSaved, onCancel }: { provider?: IdentityProvider; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const save = useSaveProvider()
  const members = useMemberChoices()
  const [values, setValues] = useState<ProviderInput>(provider ? { ...provider, clientSecret: '' } : blank)
  const set = <K extends keyof ProviderInput>(key: K, value: ProviderInput[K]) => setValues((current) => ({ ...current, [key]: value }))
  const fields = save.error instanceof ApiError ? save.error.fields : {}
  const titleId = provider ? `provider-${provider.id}-title` : 'provider-new-title'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = { ...values, clientSecret: values.clientSecret || undefined }
    save.mutate({ id: provider?.id, version: provider?.version, body }, { onSuccess: (saved) => onSaved(saved.name) })
  }
  const id = (name: string) => `provider-${name}`

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{provider ? t('sso.admin.editTitle', { name: provider.name }) : t('sso.admin.addTitle')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={save.error} fieldIds={{ name: id('name'), issuer: id('issuer'), clientId: id('client-id'), clientSecret: id('client-secret'), emailClaim: id('email-claim'), nameClaim: id('name-claim'), memberId: id('member') }} />
        <Field id={id('name')} label={t('sso.admin.name')} hint={t('sso.admin.nameHint')} error={fields.name} required>
          {(props) => <input {...props} autoComplete="off" value={values.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field id={id('issuer')} label={t('sso.admin.issuer')} hint={t('sso.admin.issuerHint')} error={fields.issuer} required>
          {(props) => <input {...props} type="url" autoComplete="off" value={values.issuer} onChange={(e) => set('issuer', e.target.value)} />}
        </Field>
        <Field id={id('client-id')} label={t('sso.admin.clientId')} error={fields.clientId} required>
          {(props) => <input {...props} autoComplete="off" value={values.clientId} onChange={(e) => set('clientId', e.target.value)} />}
        </Field>
        <Field
          id={id('client-secret')}
          label={t('sso.admin.clientSecret')}
          hint={`${t('sso.admin.clientSecretHint')}${provider ? ` ${t('sso.admin.clientSecretKeep')}` : ''}`}
          error={fields.clientSecret}
          required={!provider}
        >
          {(props) => <input {...props} type="password" autoComplete="new-password" value={values.clientSecret} onChange={(e) => set('clientSecret', e.target.value)} />}
        </Field>
        <Field id={id('email-claim')} label={t('sso.admin.emailClaim')} hint={t('sso.admin.emailClaimHint')} error={fields.emailClaim} required>
          {(props) => <input {...props} autoComplete="off" value={values.emailClaim} onChange={(e) => set('emailClaim', e.target.value)} />}
        </Field>
        <Field id={id('name-claim')} label={t('sso.admin.nameClaim')} error={fields.nameClaim} required>
          {(props) => <input {...props} autoComplete="off" value={values.nameClaim} onChange={(e) => set('nameClaim', e.target.value)} />}
        </Field>
        <div className="field">
          <label className="checkbox" htmlFor={id('trust-email')}>
            <input id={id('trust-email')} type="checkbox" aria-describedby={`${id('trust-email')}-hint`} checked={values.trustEmail} onChange={(e) => set('trustEmail', e.target.checked)} />
            {t('sso.admin.trustEmail')}
          </label>
          <p className="field-hint" id={`${id('trust-email')}-hint`}>
            {t('sso.admin.trustEmailHint')}
          </p>
        </div>
        <SelectField
          id={id('member')}
          label={t('sso.admin.member')}
          hint={t('sso.admin.memberHint')}
          error={fields.memberId}
          value={values.memberId ?? ''}
          onChange={(value) => set('memberId', value || null)}
          empty={t('sso.admin.memberNone')}
          options={(members.data ?? []).map((member) => ({ value: member.id, label: `${member.name} (${member.collaborationName})` }))}
        />
        <div className="field">
          <label className="checkbox" htmlFor={id('enabled')}>
            <input id={id('enabled')} type="checkbox" checked={values.enabled} onChange={(e) => set('enabled', e.target.checked)} />
            {t('sso.admin.enabled')}
          </label>
        </div>
        <FormActions pending={save.isPending} label={t('sso.admin.save')} pendingLabel={t('sso.admin.saving')} onCancel={onCancel} />
      </form>
    </section>
  )
}
