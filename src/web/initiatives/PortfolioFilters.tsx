import { useTranslation } from 'react-i18next'
import { AREAS, INITIATIVE_STATUSES } from '../../shared/initiatives'
import { useMembers } from '../members/queries'
import { SearchForm } from '../ui/SearchForm'
import { SelectField } from '../ui/SelectField'
import type { InitiativeFilters } from './portfolio-queries'
import { hasLeftBy } from '../../shared/membership'
import { todayInSweden } from '../../shared/format'

/** How many years back the year filter offers. */
const YEARS_BACK = 9

/** Area, member, phase, status and year as selects, and a search box; every change goes into the address. */
export function PortfolioFilters({
  collaborationId,
  filters,
  phases,
  onChange,
}: {
  collaborationId: string
  filters: InitiativeFilters
  phases: { key: string; name: string }[]
  onChange: (next: InitiativeFilters) => void
}) {
  const { t } = useTranslation()
  const members = useMembers(collaborationId)
  const set = (key: keyof InitiativeFilters) => (value: string) => onChange({ ...filters, [key]: value || undefined })
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i))
  if (filters.year && !years.includes(filters.year)) years.push(filters.year)
  const active = Object.values(filters).some(Boolean)
  /** Every filter is a select of the same kind: "all" first, the chosen value written into the address. */
  const select = (id: string, key: keyof InitiativeFilters, label: string, options: { value: string; label: string }[]) => (
    <SelectField id={id} label={label} value={filters[key] ?? ''} onChange={set(key)} empty={t('portfolio.all')} options={options} />
  )

  return (
    <section className="card portfolio-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t('portfolio.filtersTitle')}
      </h2>
      <div className="filter-grid">
        {select('filter-area', 'area', t('portfolio.area'), AREAS.map((area) => ({ value: area, label: t(`areas.${area}`) })))}
        {select('filter-member', 'memberId', t('portfolio.member'), (members.data?.members ?? []).filter((m) => !hasLeftBy(m, todayInSweden())).map((m) => ({ value: m.id, label: m.name })))}
        {select('filter-phase', 'phaseKey', t('portfolio.phase'), phases.map((phase) => ({ value: phase.key, label: phase.name })))}
        {select('filter-status', 'status', t('portfolio.status'), INITIATIVE_STATUSES.map((status) => ({ value: status, label: t(`initiativeStatus.${status}`) })))}
        {select('filter-year', 'year', t('portfolio.year'), years.map((year) => ({ value: year, label: year })))}
      </div>
      <SearchForm className="portfolio-search" id="filter-q" label={t('portfolio.search')} hint={t('portfolio.searchHint')} q={filters.q ?? ''} active={active} searchButton={t('portfolio.searchButton')} clearButton={t('portfolio.clear')} onSearch={set('q')} onClear={() => onChange({})} />
    </section>
  )
}
