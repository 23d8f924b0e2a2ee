import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router-dom'

/** The finance pages' own menu: overview, budgets and keys (the side menu has one entry, Ekonomi). */
export function FinanceTabs({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation()
  const base = `/collaborations/${collaborationId}/finance`
  const tabs = [
    { to: base, label: t('finance.tabs.overview'), end: true },
    { to: `${base}/budgets`, label: t('finance.tabs.budgets'), end: false },
    { to: `${base}/cost-keys`, label: t('finance.tabs.costKeys'), end: false },
  ]
  return (
    <nav className="finance-tabs no-print" aria-label={t('finance.tabsLabel')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
