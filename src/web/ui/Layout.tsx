import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router-dom'
import { Header } from './Header'

/** Skip link, header, optional side navigation, main content and footer: the landmarks of every page. */
export function Layout({ children, sideNav, sideNavLabel, collaborationId }: { children: ReactNode; sideNav?: ReactNode; sideNavLabel?: string; collaborationId?: string }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('layout.skipLink')}
      </a>
      <Header collaborationId={collaborationId} />
      <div className={sideNav ? 'app-body with-side-nav' : 'app-body'}>
        {sideNav && <SideNavArea label={sideNavLabel ?? t('screens.menu')}>{sideNav}</SideNavArea>}
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

/**
 * The side navigation: a column on a wide screen; on a narrow one (styles.css) folded behind a menu button so that the
 * page's heading is in the first screen. The button opens and closes it, Escape closes it and focus goes back to the button,
 * and following a link closes it (the new page's heading then takes focus).
 */
function SideNavArea({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const { pathname } = useLocation()
  useEffect(() => setOpen(false), [pathname])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    setOpen(false)
    button.current?.focus()
  }
  return (
    <div className="side-nav-area" data-open={open} onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="side-nav-toggle" aria-expanded={open} aria-controls="side-nav-panel" onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        <span className="side-nav-toggle-label">{label}</span>
      </button>
      <div id="side-nav-panel" className="side-nav-panel">
        {children}
      </div>
    </div>
  )
}
