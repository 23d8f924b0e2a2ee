import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router-dom'
import { Header } from './Header'

/** Skip link, header, optional side navigation, main content and footer: the landmarks of every page. */
export function Layout({ children, sideNav, collaborationId }: { children: ReactNode; sideNav?: ReactNode; collaborationId?: string }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('layout.skipLink')}
      </a>
      <Header collaborationId={collaborationId} />
      <div className={sideNav ? 'app-body with-side-nav' : 'app-body'}>
        {sideNav}
        <main id="main" tabIndex={-1} className="main">
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p>{t('layout.footerText')}</p>
          <ul>
            <li>
              <Link to={pathname === '/accessibility' ? pathname : `/accessibility?page=${encodeURIComponent(pathname)}`}>{t('layout.accessibility')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('layout.apiDocs')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  )
}
