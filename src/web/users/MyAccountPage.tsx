import { useTranslation } from 'react-i18next'
import { useSession } from '../auth/session'
import { CalendarFeedSection } from '../calendar/CalendarFeedSection'
import { NotificationSettingsSection } from '../notifications/NotificationSettingsSection'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { PasswordForm } from './PasswordForm'
import { ProfileForm } from './ProfileForm'
import { SessionsSection } from './SessionsSection'

/** Mitt konto: the signed-in person's name, language, password, notifications by e-mail and sessions. */
export function MyAccountPage() {
  const { t } = useTranslation()
  const session = useSession()
  return (
    <Page title={t('account.title')} intro={t('account.intro')}>
      <QueryView query={session}>
        {({ user }) =>
          user && (
            <>
              <div className="two-columns">
                <ProfileForm name={user.name} email={user.email} />
                <PasswordForm email={user.email} />
              </div>
              <NotificationSettingsSection />
              <SessionsSection />
              <CalendarFeedSection />
            </>
          )
        }
      </QueryView>
    </Page>
  )
}
