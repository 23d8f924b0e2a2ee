import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatNumber, formatPopulation } from '../../shared/format'
import { HOST_RULE } from '../../modules/governance/governance.model'
import { WhoDecides } from '../governance/WhoDecides'
import { useGovernance } from '../governance/queries'
import { useLanguage } from '../i18n/useLanguage'
import { Page } from '../ui/Page'
import { useCurrentCollaboration } from './CollaborationContext'
import { RoleBadges } from '../users/RoleBadges'
import { DashboardDuties } from '../dashboard/DashboardDuties'
import { InitiativesAtAGlance, MyMemberAmount, NextMeetings, OpenPlanningStages } from '../dashboard/DashboardSections'
import { useDashboard } from '../dashboard/queries'
import { QueryView } from '../ui/Status'
import '../dashboard/dashboard.css'

export function OverviewPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { collaboration: c, myRoles } = useCurrentCollaboration()
  const governance = useGovernance(c.id)
  const dashboard = useDashboard(c.id)
  return (
    <Page title={c.name} intro={c.description || undefined}>
      <div className="dashboard-grid">
        <DashboardDuties collaborationId={c.id} limit={5} />
        <QueryView query={dashboard}>
          {(view) => (
            <>
              <MyMemberAmount collaborationId={c.id} members={view.myMembers} />
              <NextMeetings collaborationId={c.id} meetings={view.meetings} />
              <OpenPlanningStages collaborationId={c.id} rounds={view.planning} />
              <InitiativesAtAGlance collaborationId={c.id} initiatives={view.initiatives} />
            </>
          )}
        </QueryView>
      </div>
      {governance.data && <WhoDecides governance={governance.data} />}
      <section aria-labelledby="facts-heading" className="card">
        <h2 id="facts-heading">{t('overview.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('overview.legalForm')}</dt>
            <dd>{t(`legalForms.${c.legalForm}`)}</dd>
          </div>
          <div>
            <dt>{t('overview.recordsPublic')}</dt>
            <dd>{c.recordsPublic ? t('common.yes') : t('common.no')}</dd>
          </div>
          <div>
            <dt>{t('overview.prefix')}</dt>
            <dd>
              <span className="prefix">{c.prefix}</span>
            </dd>
          </div>
          {HOST_RULE[c.legalForm] !== 'none' && (
            <div>
              <dt>{t('overview.host')}</dt>
              <dd>{c.hostMemberName ?? t('overview.noHost')}</dd>
            </div>
          )}
          <div>
            <dt>{t('overview.members')}</dt>
            <dd className="figure">{formatNumber(c.memberCount)}</dd>
          </div>
          <div>
            <dt>{t('overview.population')}</dt>
            <dd className="figure">{formatPopulation(c.inhabitantsCovered, language)}</dd>
          </div>
          <div>
            <dt>{t('overview.created')}</dt>
            <dd>{formatDate(c.createdAt)}</dd>
          </div>
        </dl>
        <p>
          <Link to="members">{t('overview.seeMembers')}</Link>
        </p>
        {c.recordsPublic && (
          <p>
            <Link to={`/public/${c.id}`}>{t('publicRecords.link')}</Link> <span className="muted">{t('publicRecords.linkHint')}</span>
          </p>
        )}
      </section>
      {myRoles.length > 0 && (
        <section aria-labelledby="my-roles-heading" className="card">
          <h2 id="my-roles-heading">{t('overview.myRoles')}</h2>
          <RoleBadges roles={myRoles} />
        </section>
      )}
    </Page>
  )
}
