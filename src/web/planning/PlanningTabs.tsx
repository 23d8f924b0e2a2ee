import { useTranslation } from 'react-i18next'
import { Link, NavLink } from 'react-router-dom'

interface Tab {
  to: string
  label: string
  end?: boolean
}

function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav className="planning-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end ?? true}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The planning pages' own menu: the rounds and the project bank (the side menu has one entry, Planering). */
export function PlanningTabs({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation()
  const base = `/collaborations/${collaborationId}/planning`
  return (
    <Tabs
      label={t('planning.tabsLabel')}
      tabs={[
        { to: base, label: t('planning.tabs.rounds') },
        { to: `${base}/project-bank`, label: t('planning.tabs.bank') },
      ]}
    />
  )
}

/** One round's pages: the round with its proposals, prioritising, the result and the plan. */
export function RoundTabs({ collaborationId, roundId, title, prioritise }: { collaborationId: string; roundId: string; title: string; prioritise: boolean }) {
  const { t } = useTranslation()
  const base = `/collaborations/${collaborationId}/planning/${roundId}`
  const tabs: Tab[] = [
    { to: base, label: t('planning.roundTabs.round') },
    ...(prioritise ? [{ to: `${base}/prioritise`, label: t('planning.roundTabs.prioritise') }] : []),
    { to: `${base}/results`, label: t('planning.roundTabs.results') },
    { to: `${base}/plan`, label: t('planning.roundTabs.plan') },
  ]
  return (
    <>
      <p className="back-link">
        <Link to={`/collaborations/${collaborationId}/planning`}>{t('planning.backToRounds')}</Link>
      </p>
      <Tabs label={t('planning.roundTabsLabel', { title })} tabs={tabs} />
    </>
  )
}
