import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { useMarkRead, useNotifications } from './queries'
import './planning.css'

/** The header's notifications: how many are unread, and a list with a link to each round and "markera som läst". */
export function NotificationBell() {
  const { t } = useTranslation()
  const location = useLocation()
  const notifications = useNotifications(true)
  const markRead = useMarkRead()
  const list = notifications.data ?? []
  const unread = list.filter((n) => !n.read).length
  return (
    <details className="menu menu-notifications" key={location.pathname}>
      <summary className="menu-button notification-button">
        <svg className="notification-bell" aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <span className="menu-value">{t('notifications.title')}</span>
        {unread > 0 && (
          <span className="notification-count" aria-hidden="true">
            {unread}
          </span>
        )}
        <span className="visually-hidden">{t('notifications.unread', { count: unread })}</span>
      </summary>
      <div className="menu-panel menu-panel-right notification-panel">
        <h2 className="notification-heading">{t('notifications.title')}</h2>
        {list.length === 0 ? (
          <p className="empty">{t('notifications.none')}</p>
        ) : (
          <ul className="notification-list">
            {list.map((n) => (
              <li key={n.key} className={n.read ? 'notification-read' : 'notification-unread'}>
                <span className="menu-label">
                  {n.collaborationName} · {formatDate(n.since)}
                  {!n.read && <span className="notification-new"> · {t('notifications.new')}</span>}
                </span>
                <Link to={n.link}>{n.text}</Link>
                {!n.read && (
                  <button type="button" className="button-link" disabled={markRead.isPending} aria-label={t('notifications.markReadNamed', { text: n.text })} onClick={() => markRead.mutate(n.key)}>
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  )
}
