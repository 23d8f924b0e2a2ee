import { useTranslation } from 'react-i18next'
import { NavLink, Outlet } from 'react-router-dom'
import { useSession } from '../auth/session'
import { Layout } from '../ui/Layout'
import { Page } from '../ui/Page'

/** The system administrators' pages, with their own side menu; others are told the pages are not theirs. */
export function AdminArea() {
  const { t } = useTranslation()
  const session = useSession()
  if (!session.data?.user?.isAdmin) {
    return (
      <Layout>
        <Page title={t('admin.title')}>
          <p className="alert alert-info">{t('admin.notAllowed')}</p>
        </Page>
      </Layout>
    )
  }
  return (
    <Layout sideNav={<AdminNav />}>
      <Outlet />
    </Layout>
  )
}

function AdminNav() {
  const { t } = useTranslation()
  const items = [
    { to: '/admin/accounts', label: t('admin.nav.accounts') },
    { to: '/admin/accessibility-reports', label: t('admin.nav.reports') },
    { to: '/admin/audit', label: t('admin.nav.audit') },
    { to: '/admin/identity-providers', label: t('sso.admin.nav') },
    { to: '/admin/demo-data', label: t('demoData.nav') },
  ]
  return (
    <nav className="side-nav" aria-label={t('admin.navLabel')}>
      <p className="side-nav-title" aria-hidden="true">
        {t('admin.title')}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
