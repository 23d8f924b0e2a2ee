import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Page } from '../ui/Page'
import { ErrorSummary, QueryView } from '../ui/Status'
import { useCompleteSetup, useSetupStatus } from './queries'

const fieldIds = { name: 'setup-name', email: 'setup-email', password: 'setup-password', repeat: 'setup-repeat' }

/** The first administrator, from the one-time link printed at the first start (`/setup#<token>`). */
export function SetupPage() {
  const { t } = useTranslation()
  // The token travels in the fragment, so it never reaches a server or proxy log.
  const token = useLocation().hash.replace(/^#/, '')
  const status = useSetupStatus()
  // Held here, not in the form: once the account exists the form gives way, and the answer must still lead on.
  const complete = useCompleteSetup()
  return (
    <div className="narrow">
      <Page title={t('setup.title')} intro={t('setup.intro')}>
        <QueryView query={status}>
          {({ needed }) =>
            !needed ? (
              <div className="alert alert-info">
                <p>{t('setup.closed')}</p>
                <Link to="/login">{t('setup.toLogin')}</Link>
              </div>
            ) : token ? (
              <SetupForm token={token} complete={complete} />
            ) : (
              <p className="alert alert-info">{t('setup.noToken')}</p>
            )
          }
        </QueryView>
      </Page>
    </div>
  )
}

function SetupForm({ token, complete }: { token: string; complete: ReturnType<typeof useCompleteSetup> }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [mismatch, setMismatch] = useState<ApiError | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (password !== repeat) {
      // Said like a server refusal, so the summary and the field show it the same way.
      const message = t('setup.mismatch')
      setMismatch(new ApiError(400, 'invalid_request', message, { repeat: message }, [{ path: 'body.repeat', message }]))
      return
    }
    setMismatch(null)
    complete.mutate({ token, name, email, password }, { onSuccess: () => void navigate('/', { replace: true }) })
  }
  const error = mismatch ?? complete.error
  const fields = error instanceof ApiError ? error.fields : {}

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <Field id={fieldIds.name} label={t('setup.name')} error={fields.name} required>
        {(props) => <input {...props} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id={fieldIds.email} label={t('setup.email')} error={fields.email} required>
        {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field id={fieldIds.password} label={t('setup.password')} hint={t('setup.passwordHint')} error={fields.password} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Field id={fieldIds.repeat} label={t('setup.repeat')} error={fields.repeat} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
      </Field>
      <FormActions pending={complete.isPending} label={t('setup.submit')} pendingLabel={t('setup.submitting')} />
    </form>
  )
}
