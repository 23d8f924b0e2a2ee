import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ErrorSummary, SuccessMessage } from '../ui/Status'
import { useChangePassword } from './queries'

const fieldIds = { currentPassword: 'current-password', newPassword: 'new-password', repeatPassword: 'repeat-password' }

/** Change the password: the current one, and the new one twice so a typing mistake does not lock the person out. */
export function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation()
  const change = useChangePassword()
  const [currentPassword, setCurrentPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [repeatPassword, setRepeatPassword] = useState('')
  const [mismatch, setMismatch] = useState<ApiError | null>(null)
  const error = mismatch ?? change.error
  const fields = error instanceof ApiError ? error.fields : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (newPassword !== repeatPassword) {
      // Shown the same way as the server's field errors.
      change.reset()
      setMismatch(new ApiError(400, 'validation', t('account.checkFields'), { repeatPassword: t('account.passwordsDiffer') }))
      return
    }
    setMismatch(null)
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('')
          setNewPassword('')
          setRepeatPassword('')
        },
      },
    )
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.passwordTitle')}</h2>
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <ErrorSummary error={error} fieldIds={fieldIds} />
      {change.isSuccess && <SuccessMessage>{t('account.passwordChanged')}</SuccessMessage>}
      <Field id={fieldIds.currentPassword} label={t('account.currentPassword')} error={fields.currentPassword} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />}
      </Field>
      <Field id={fieldIds.newPassword} label={t('account.newPassword')} hint={t('account.newPasswordHint')} error={fields.newPassword} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />}
      </Field>
      <Field id={fieldIds.repeatPassword} label={t('account.repeatPassword')} error={fields.repeatPassword} required>
        {(props) => <input {...props} type="password" autoComplete="new-password" value={repeatPassword} onChange={(e) => setRepeatPassword(e.target.value)} />}
      </Field>
      <FormActions pending={change.isPending} label={t('account.changePassword')} pendingLabel={t('account.saving')} />
    </form>
  )
}
