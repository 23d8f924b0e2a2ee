import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Page } from '../ui/Page'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { SsoButtons } from '../sso/SsoButtons'
import { useRequestPasswordReset } from './queries'

/** Asks for a link to choose a new password; the answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const request = useRequestPasswordReset()
  const [email, setEmail] = useState('')
  const [sentTo, setSentTo] = useState('')
  const fields = request.error instanceof ApiError ? request.error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSentTo('')
    request.mutate({ email }, { onSuccess: () => setSentTo(email) })
  }

  return (
    <div className="narrow">
      <Page title={t('forgotPassword.title')} intro={t('forgotPassword.intro')}>
        {/* Where passwords are off, the providers are the way in and no password can be reset. */}
        <SsoButtons>
          <form className="card form" onSubmit={submit} noValidate>
            <ErrorSummary error={request.error} fieldIds={{ email: 'forgot-email' }} />
            {sentTo && <SuccessMessage>{t('forgotPassword.sent', { email: sentTo })}</SuccessMessage>}
            <Field id="forgot-email" label={t('forgotPassword.email')} error={fields.email} required>
              {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
            <FormActions pending={request.isPending} label={t('forgotPassword.submit')} pendingLabel={t('forgotPassword.submitting')} />
          </form>
        </SsoButtons>
        <p>
          <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
        </p>
      </Page>
    </div>
  )
}
