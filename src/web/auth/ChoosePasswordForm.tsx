import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary } from '../ui/Status'

const fieldIds = { password: 'choose-password', repeatPassword: 'choose-password-repeat' }

/** A new password, typed twice, for an invitation or a reset link; the server's field errors are shown by the field. */
export function ChoosePasswordForm(props: {
  email?: string
  error: unknown
  pending: boolean
  submitLabel: string
  pendingLabel: string
  onSubmit: (password: string) => void
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [repeatPassword, setRepeatPassword] = useState('')
  const [mismatch, setMismatch] = useState<ApiError | null>(null)
  const error = mismatch ?? props.error
  const fields = error instanceof ApiError ? error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (password !== repeatPassword) {
      setMismatch(new ApiError(400, 'validation', t('account.checkFields'), { repeatPassword: t('account.passwordsDiffer') }))
      return
    }
    setMismatch(null)
    props.onSubmit(password)
  }

  return (
    <form className="card form" onSubmit={submit} noValidate>
      {props.children}
      {/* Lets password managers save the new password for the right account. */}
      {props.email && <input type="text" name="username" autoComplete="username" value={props.email} readOnly hidden />}
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <Field id={fieldIds.password} label={t('account.newPassword')} hint={t('account.newPasswordHint')} error={fields.password} required>
        {(inputProps) => <input {...inputProps} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Field id={fieldIds.repeatPassword} label={t('account.repeatPassword')} error={fields.repeatPassword} required>
        {(inputProps) => <input {...inputProps} type="password" autoComplete="new-password" value={repeatPassword} onChange={(e) => setRepeatPassword(e.target.value)} />}
      </Field>
      <FormActions pending={props.pending} label={props.submitLabel} pendingLabel={props.pendingLabel} />
    </form>
  )
}
