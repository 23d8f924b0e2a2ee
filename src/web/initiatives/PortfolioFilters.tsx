import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { AREAS, INITIATIVE_STATUSES } from '../../shared/initiatives'
import { useMembers } from '../members/queries'
import { Field } from '../ui/Field'
import { SelectField } from '../ui/SelectField'
import type { InitiativeFilters } from './portfolio-queries'

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
  const [text, setText] = useState(filters.q ?? '')
  const set = (key: keyof InitiativeFilters) => (value: string) => onChange({ ...filters, [key]: value || undefined })
  const search = (event: FormEvent) => {
    event.preventDefault()
    set('q')(text.trim())
  }
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i))
  if (filters.year && !years.includes(filters.year)) years.push(filters.year)
  const active = Object.values(filters).some(Boolean)

  return (
    <section className="card portfolio-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t('portfolio.filtersTitle')}
      </h2>
      <div className="filter-grid">
        <SelectField
          id="filter-area"
          label={t('portfolio.area')}
          value={filters.area ?? ''}
          onChange={set('area')}
          empty={t('portfolio.all')}
          options={AREAS.map((area) => ({ value: area, label: t(`areas.${area}`) }))}
        />
        <SelectField
          id="filter-member"
          label={t('portfolio.member')}
          value={filters.memberId ?? ''}
          onChange={set('memberId')}
          empty={t('portfolio.all')}
          options={(members.data?.members ?? []).filter((m) => !m.leftOn).map((m) => ({ value: m.id, label: m.name }))}
        />
        <SelectField
          id="filter-phase"
          label={t('portfolio.phase')}
          value={filters.phaseKey ?? ''}
          onChange={set('phaseKey')}
          empty={t('portfolio.all')}
          options={phases.map((phase) => ({ value: phase.key, label: phase.name }))}
        />
        <SelectField
          id="filter-status"
          label={t('portfolio.status')}
          value={filters.status ?? ''}
          onChange={set('status')}
          empty={t('portfolio.all')}
          options={INITIATIVE_STATUSES.map((status) => ({ value: status, label: t(`initiativeStatus.${status}`) }))}
        />
        <SelectField id="filter-year" label={t('portfolio.year')} value={filters.year ?? ''} onChange={set('year')} empty={t('portfolio.all')} options={years.map((year) => ({ value: year, label: year }))} />
      </div>
      <form className="portfolio-search" role="search" onSubmit={search}>
        <Field id="filter-q" label={t('portfolio.search')} hint={t('portfolio.searchHint')}>
          {(props) => <input {...props} type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-secondary">
          {t('portfolio.searchButton')}
        </button>
        {active && (
          <button
            type="button"
            className="button button-link"
            onClick={() => {
              setText('')
              onChange({})
            }}
          >
            {t('portfolio.clear')}
          </button>
        )}
      </form>
    </section>
  )
}
