import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatNumber, formatPopulation } from '../../shared/format'
import { useSession } from '../auth/session'
import { DutyList } from '../duties/DutyList'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { useCollaborations } from './queries'
import { useLanguage } from '../i18n/useLanguage'

/** The start page: what the user owes (Att göra), then the collaborations they hold a role in. */
export function HomePage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const session = useSession()
  const collaborations = useCollaborations()
  const roles = session.data?.roles ?? []
  const mayCreate = Boolean(session.data?.mayCreateCollaboration)
  return (
    <Page
      title={t('home.title')}
      intro={t('home.intro')}
      actions={
        mayCreate && (
          <Link to="/collaborations/new" className="button button-primary">
            {t('nav.newCollaboration')}
          </Link>
        )
      }
    >
      <section aria-labelledby="todo-heading" className="card">
        <h2 id="todo-heading">{t('duties.heading')}</h2>
        <DutyList />
      </section>
      <QueryView query={collaborations} empty={t(mayCreate ? 'home.emptyMayCreate' : 'home.empty')}>
        {(list) => (
          <ul className="card-grid">
            {list.map((c) => {
              const mine = roles.filter((role) => role.collaborationId === c.id)
              return (
                <li key={c.id} className="card collaboration-card">
                  <p className="card-kicker">
                    <span className="prefix">{c.prefix}</span> {t(`legalForms.${c.legalForm}`)}
                    {c.isDemo && <span className="badge badge-info badge-demo">{t('demoData.badge')}</span>}
                  </p>
                  <h2>
                    <Link to={`/collaborations/${c.id}`}>{c.name}</Link>
                  </h2>
                  <p className="card-figures">
                    {t('common.membersCount', { count: c.memberCount, formatted: formatNumber(c.memberCount) })} · {formatPopulation(c.inhabitantsCovered, language)}
                  </p>
                  {mine.length > 0 && (
                    <p className="card-roles">
                      <span className="visually-hidden">{t('home.myRoles')}: </span>
                      {mine.map((role) => (
                        <span key={role.role + (role.memberId ?? '')} className="badge">
                          {role.memberName ? t('overview.roleForMember', { role: t(`roles.${role.role}`), member: role.memberName }) : t(`roles.${role.role}`)}
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </QueryView>
    </Page>
  )
}
