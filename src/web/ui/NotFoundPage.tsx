import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { Page } from './Page'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('common.notFoundTitle')}>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </Page>
  )
}
