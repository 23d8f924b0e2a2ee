import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import { api } from '../api/client'
import { useLogout, useSession } from '../auth/session'
import { useCollaborations } from '../collaborations/queries'
import { applyLanguage, type Language } from '../i18n'
import { NotificationBell } from '../notifications/NotificationBell'

/** The site header: brand, collaboration switcher, language switch and user menu. */
export function Header({ collaborationId }: { collaborationId?: string }) {
  const { t } = useTranslation()
  const session = useSession()
  const user = session.data?.user
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="header-tools">
          {user && <CollaborationSwitcher currentId={collaborationId} />}
          <LanguageSwitch signedIn={Boolean(user)} />
          {user && <NotificationBell />}
          {user && <UserMenu name={user.name} email={user.email} isAdmin={user.isAdmin} />}
        </div>
      </div>
    </header>
  )
}

function CollaborationSwitcher({ currentId }: { currentId?: string }) {
  const { t } = useTranslation()
  const location = useLocation()
  const collaborations = useCollaborations()
  const list = collaborations.data ?? []
  if (list.length === 0) return null
  const current = list.find((c) => c.id === currentId)
  // Keep the user on the same kind of page (members, audit …) when switching.
  const subPage = currentId ? location.pathname.split(`/collaborations/${currentId}`)[1] ?? '' : ''
  return (
    <details className="menu menu-collaboration" key={location.pathname}>
      <summary className="menu-button" title={current?.name}>
        <span className="menu-label">{t('layout.switchCollaboration')}</span>
        {/* A long name ends in an ellipsis (styles.css); the whole name stays in the text and the title. */}
        <span className="menu-value">{current ? current.name : t('layout.chooseCollaboration')}</span>
      </summary>
      <nav className="menu-panel" aria-label={t('layout.siteNav')}>
        <ul>
          {list.map((c) => (
            <li key={c.id}>
              <Link to={`/collaborations/${c.id}${subPage}`} aria-current={c.id === currentId ? 'true' : undefined}>
                <span className="menu-item-prefix">{c.prefix}</span> {c.name}
              </Link>
            </li>
          ))}
          <li className="menu-separator">
            <Link to="/">{t('nav.home')}</Link>
          </li>
        </ul>
      </nav>
    </details>
  )
}

function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation()
  const next: Language = i18n.language === 'en' ? 'sv' : 'en'
  const [busy, setBusy] = useState(false)
  const switchLanguage = async () => {
    setBusy(true)
    await applyLanguage(next)
    // Remember the choice on the account too, so it follows the user to other devices.
    if (signedIn) await api('PATCH', '/api/me', { locale: next }).catch(() => undefined)
    setBusy(false)
  }
  return (
    <button type="button" className="language-switch" lang={next} onClick={() => void switchLanguage()} disabled={busy}>
      {t('layout.otherLanguage')}
    </button>
  )
}

function UserMenu({ name, email, isAdmin }: { name: string; email: string; isAdmin: boolean }) {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const logout = useLogout()
  return (
    <details className="menu menu-user" key={location.pathname}>
      <summary className="menu-button">
        <span className="avatar" aria-hidden="true">
          {initials(name)}
        </span>
        <span className="menu-value menu-user-name">{name}</span>
        <span className="visually-hidden">{t('layout.userMenu')}</span>
      </summary>
      <div className="menu-panel menu-panel-right">
        <p className="menu-user-info">
          <span className="menu-label">{t('layout.signedInAs')}</span>
          <strong>{name}</strong>
          <span>{email}</span>
        </p>
        <nav aria-label={t('layout.accountNav')}>
          <ul className="menu-links">
            <li>
              <Link to="/account">{t('nav.myAccount')}</Link>
            </li>
            {isAdmin && (
              <li>
                <Link to="/admin/accounts">{t('nav.admin')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <button type="button" className="button button-secondary button-block" disabled={logout.isPending} onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/login') })}>
          {logout.isPending ? t('layout.loggingOut') : t('layout.logout')}
        </button>
      </div>
    </details>
  )
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('')
}
