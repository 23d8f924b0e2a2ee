import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { useMarkRead as useMarkPlanningRead, useNotifications as usePlanningNotices } from '../planning/queries'
import { useMarkAllNotificationsRead, useMarkNotificationRead, useMyNotifications } from './queries'
import '../planning/planning.css'
import './notifications.css'

interface BellItem {
  key: string
  collaborationName: string
  date: string
  text: string
  link: string
  read: boolean
  markRead: () => void
}

/**
 * The header's bell: what I owe (duties that arose, reminders, overdue notices) and the planning notices,
 * newest first, with how many are unread, a link to each, and "markera som läst" one by one or all at once.
 */
export function NotificationBell() {
  const { t } = useTranslation()
  const location = useLocation()
  const mine = useMyNotifications(true)
  const planning = usePlanningNotices(true)
  const markRead = useMarkNotificationRead()
  const markAllRead = useMarkAllNotificationsRead()
  const markPlanningRead = useMarkPlanningRead()
  const items: BellItem[] = [
    ...(mine.data?.items ?? []).map((n) => ({ key: n.id, collaborationName: n.collaborationName, date: n.createdAt, text: n.text, link: n.link, read: n.read, markRead: () => markRead.mutate(n.id) })),
    ...(planning.data ?? []).map((n) => ({ key: n.key, collaborationName: n.collaborationName, date: n.since, text: n.text, link: n.link, read: n.read, markRead: () => markPlanningRead.mutate(n.key) })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  const unread = (mine.data?.unread ?? 0) + (planning.data ?? []).filter((n) => !n.read).length
  const pending = markRead.isPending || markAllRead.isPending || markPlanningRead.isPending
  const readAll = () => {
    markAllRead.mutate()
    for (const n of planning.data ?? []) if (!n.read) markPlanningRead.mutate(n.key)
  }
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
        {items.length === 0 ? (
          <p className="empty">{t('notifications.none')}</p>
        ) : (
          <ul className="notification-list">
            {items.map((n) => (
              <li key={n.key} className={n.read ? 'notification-read' : 'notification-unread'}>
                <span className="menu-label">
                  {n.collaborationName} · {formatDate(n.date)}
                  {!n.read && <span className="notification-new"> · {t('notifications.new')}</span>}
                </span>
                <Link to={n.link}>{n.text}</Link>
                {!n.read && (
                  <button type="button" className="button-link" disabled={pending} aria-label={t('notifications.markReadNamed', { text: n.text })} onClick={n.markRead}>
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="notification-actions">
          {unread > 0 && (
            <button type="button" className="button-link" disabled={pending} onClick={readAll}>
              {t('notificationCentre.markAllRead')}
            </button>
          )}{' '}
          <Link to="/account#notifications">{t('notificationCentre.settingsLink')}</Link>
        </p>
      </div>
    </details>
  )
}
