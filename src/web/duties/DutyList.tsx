import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { QueryView } from '../ui/Status'
import { useMyDuties, type Todo } from './queries'

type Item = Todo['items'][number]

/** When it is due, in words as well as in the badge's colour: "Senast 2026-12-15 (om 8 dagar)", "Försenad: … (3 dagar sedan)". */
function Due({ item }: { item: Item }) {
  const { t } = useTranslation()
  if (item.dueOn === null || item.daysLeft === null) return <span className="muted">{t('duties.noDueDate')}</span>
  const when = item.overdue ? t('duties.overdueDays', { count: -item.daysLeft }) : item.daysLeft === 0 ? t('duties.dueToday') : t('duties.daysLeft', { count: item.daysLeft })
  return (
    <>
      {item.overdue && <span className="badge badge-error">{t('duties.overdue')}</span>}{' '}
      <span className="nowrap">{t('duties.dueOn', { date: formatDate(item.dueOn) })}</span> <span className="nowrap">({when})</span>
    </>
  )
}

/**
 * Att göra: what the signed-in person, and the members they act for, owe, what is due first first, each with
 * its due date and a link to where it is done; across all their collaborations unless one is given.
 */
export function DutyList({ collaborationId, limit = 50 }: { collaborationId?: string; limit?: number }) {
  const { t } = useTranslation()
  const duties = useMyDuties(collaborationId, limit)
  return (
    <QueryView query={duties}>
      {(todo) =>
        todo.total === 0 ? (
          <p className="empty">{t('duties.empty')}</p>
        ) : (
          <>
            <p className="duty-summary">
              <strong>{t('duties.total', { count: todo.total })}</strong>
              {todo.overdue > 0 && <>, {t('duties.overdueCount', { count: todo.overdue })}</>}
            </p>
            <ul className="duty-list">
              {todo.items.map((item) => (
                <li key={item.key} className={item.overdue ? 'duty duty-overdue' : 'duty'}>
                  <Link to={item.link} className="duty-text">
                    {item.text}
                  </Link>
                  <p className="duty-meta">
                    <Due item={item} />
                    {!collaborationId && (
                      <>
                        {' · '}
                        <span className="visually-hidden">{t('duties.collaboration')}: </span>
                        {item.collaborationName}
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
            {todo.total > todo.items.length && <p className="muted">{t('duties.shown', { shown: todo.items.length, total: todo.total })}</p>}
          </>
        )
      }
    </QueryView>
  )
}
