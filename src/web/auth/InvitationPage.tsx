import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { SsoButtons } from '../sso/SsoButtons'
import { ChoosePasswordForm } from './ChoosePasswordForm'
import { tokenFromHash, useAcceptInvitation, useInvitation } from './queries'

/** Where an invitation link leads: the invited person chooses a password and is signed in. */
export function InvitationPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [token] = useState(tokenFromHash)
  const invitation = useInvitation(token)
  const accept = useAcceptInvitation()

  return (
    <div className="narrow">
      <Page title={t('invitation.title')} intro={t('invitation.intro')}>
        {token === '' ? (
          <p className="alert alert-error">{t('invitation.missingLink')}</p>
        ) : (
          <QueryView query={invitation}>
            {(invited) => (
              <>
                <p>{t('invitation.welcome', { name: invited.name, email: invited.email })}</p>
                {/* With single sign-on the invited person may sign in through their provider instead: the account is linked then. */}
                <SsoButtons>
                  <ChoosePasswordForm
                    email={invited.email}
                    error={accept.error}
                    pending={accept.isPending}
                    submitLabel={t('invitation.submit')}
                    pendingLabel={t('invitation.submitting')}
                    onSubmit={(password) => accept.mutate({ token, password }, { onSuccess: () => void navigate('/', { replace: true }) })}
                  />
                </SsoButtons>
              </>
            )}
          </QueryView>
        )}
      </Page>
    </div>
  )
}
