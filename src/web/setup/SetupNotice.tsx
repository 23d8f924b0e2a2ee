import { useTranslation } from 'react-i18next'
import { useSetupStatus } from './queries'

/** On the login page of a new installation: nobody can log in yet, so say where the first account comes from. */
export function SetupNotice() {
  const { t } = useTranslation()
  const status = useSetupStatus()
  if (!status.data?.needed) return null
  return <p className="alert alert-info">{t('setup.loginNotice')}</p>
}
