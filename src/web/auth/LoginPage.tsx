import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { Page } from '../ui/Page'
import { ErrorSummary } from '../ui/Status'
import { useLogin, useSession } from './session'
import { SetupNotice } from '../setup/SetupNotice'
import { SsoButtons } from '../sso/SsoButtons'

/** Only paths inside Samverka are followed after login, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function LoginPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const session = useSession()
  const login = useLogin()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const next = safeNext(params.get('next'))

  if (session.data?.user && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    login.mutate({ email, password }, { onSuccess: () => void navigate(next, { replace: true }) })
  }
  const fields = login.error instanceof ApiError ? login.error.fields : {}

  return (
    <div className="narrow">
      <Page title={t('login.title')} intro={t('login.intro')}>
        <SetupNotice />
        <SsoButtons>
          <form className="card form" onSubmit={submit} noValidate>
            <ErrorSummary error={login.error} fieldIds={{ email: 'login-email', password: 'login-password' }} />
            <Field id="login-email" label={t('login.email')} error={fields.email} required>
              {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
            <Field id="login-password" label={t('login.password')} error={fields.password} required>
              {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
            </Field>
            <button type="submit" className="button button-primary" disabled={login.isPending}>
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </button>
            <p>
              <Link to="/forgot-password">{t('forgotPassword.link')}</Link>
            </p>
          </form>
        </SsoButtons>
      </Page>
    </div>
  )
}
