import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { QueryView } from '../ui/Status'
import { Dated } from './DashboardSections'
import { useCollaborationTodo } from './queries'

/** Att göra in one collaboration: the first few of what the reader owes, overdue first. (A stand-in until the shared DutyList takes its place.) */
export function DashboardDuties({ collaborationId, limit = 5 }: { collaborationId: string; limit?: number }) {
  const { t } = useTranslation()
  const todo = useCollaborationTodo(collaborationId, limit)
  return (
    <section className="card dashboard-card dashboard-wide" aria-labelledby="dashboard-todo-heading">
      <h2 id="dashboard-todo-heading">{t('dashboard.todoTitle')}</h2>
      <p className="field-hint">{t('dashboard.todoIntro')}</p>
      <QueryView query={todo}>
        {(list) =>
          list.items.length === 0 ? (
            <p className="empty">{t('dashboard.todoEmpty')}</p>
          ) : (
            <>
              <ul className="dashboard-list">
                {list.items.map((item) => (
                  <li key={item.key}>
                    <Link to={item.link}>{item.text}</Link>
                    <span className={item.overdue ? 'badge badge-error dashboard-due' : 'dashboard-when'}>
                      {item.dueOn === null ? t('dashboard.todoNoDate') : <Dated label={t(item.overdue ? 'dashboard.todoOverdue' : 'dashboard.todoDue')} date={item.dueOn} />}
                    </span>
                  </li>
                ))}
              </ul>
              {list.total > list.items.length && (
                <p>
                  {t('dashboard.todoCount', { shown: list.items.length, total: list.total })} <Link to="/">{t('dashboard.todoAll')}</Link>
                </p>
              )}
            </>
          )
        }
      </QueryView>
    </section>
  )
}
