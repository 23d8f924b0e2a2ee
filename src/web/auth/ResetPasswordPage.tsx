import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ApiError } from '../api/client'
import { Page } from '../ui/Page'
import { SuccessMessage } from '../ui/Status'
import { ChoosePasswordForm } from './ChoosePasswordForm'
import { tokenFromHash, useCompletePasswordReset } from './queries'

/** Where a reset link leads: a new password, then signing in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation()
  const [token] = useState(tokenFromHash)
  const complete = useCompletePasswordReset()
  const linkDead = complete.error instanceof ApiError && complete.error.status === 404

  return (
    <div className="narrow">
      <Page title={t('resetPassword.title')} intro={t('resetPassword.intro')}>
        {token === '' ? (
          <p className="alert alert-error">{t('resetPassword.missingLink')}</p>
        ) : complete.isSuccess ? (
          <>
            <SuccessMessage>{t('resetPassword.done')}</SuccessMessage>
            <p>
              <Link className="button button-primary" to="/login">
                {t('resetPassword.logIn')}
              </Link>
            </p>
          </>
        ) : (
          <ChoosePasswordForm
            error={complete.error}
            pending={complete.isPending}
            submitLabel={t('resetPassword.submit')}
            pendingLabel={t('resetPassword.submitting')}
            onSubmit={(password) => complete.mutate({ token, password })}
          />
        )}
        {(linkDead || token === '') && (
          <p>
            <Link to="/forgot-password">{t('resetPassword.newLink')}</Link>
          </p>
        )}
      </Page>
    </div>
  )
}
