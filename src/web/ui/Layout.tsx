import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { Header } from './Header'

/** Skip link, header, optional side navigation, main content and footer: the landmarks of every page. */
export function Layout({ children, sideNav, collaborationId }: { children: ReactNode; sideNav?: ReactNode; collaborationId?: string }) {
  const { t } = useTranslation()
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
              <Link to="/accessibility">{t('layout.accessibility')}</Link>
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
