import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { DutyList } from '../duties/DutyList'

/** Att göra in one collaboration: the first few of what the reader owes, due first first, and the way to all of it. */
export function DashboardDuties({ collaborationId, limit = 5 }: { collaborationId: string; limit?: number }) {
  const { t } = useTranslation()
  return (
    <section className="card dashboard-card dashboard-wide" aria-labelledby="dashboard-todo-heading">
      <h2 id="dashboard-todo-heading">{t('dashboard.todoTitle')}</h2>
      <p className="field-hint">{t('dashboard.todoIntro')}</p>
      <DutyList collaborationId={collaborationId} limit={limit} />
      <p>
        <Link to="/">{t('dashboard.todoAll')}</Link>
      </p>
    </section>
  )
}
