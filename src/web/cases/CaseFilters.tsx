import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { SearchForm } from '../ui/SearchForm'

/** The filter card of the cases list and the register: the selects given as children, then a search box. */
export function FilterCard({
  idPrefix,
  title,
  searchLabel,
  searchHint,
  q,
  active,
  onSearch,
  onClear,
  children,
}: {
  idPrefix: string
  title: string
  searchLabel: string
  searchHint: string
  q: string
  active: boolean
  onSearch: (q: string) => void
  onClear: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <section className="card case-filters" aria-labelledby={`${idPrefix}-filters-heading`}>
      <h2 id={`${idPrefix}-filters-heading`} className="visually-hidden">
        {title}
      </h2>
      <div className="case-filter-row">
        <div className="case-filter-grid">{children}</div>
        <SearchForm className="case-search" id={`${idPrefix}-q`} label={searchLabel} hint={searchHint} q={q} active={active} searchButton={t('cases.searchButton')} clearButton={t('cases.clear')} onSearch={onSearch} onClear={onClear} />
      </div>
    </section>
  )
}

/** Filters and the page kept in the address: reads the given keys and writes changes back; a new filter starts again at page 1. */
export function useAddressFilters<K extends string>(keys: readonly K[], params: URLSearchParams, setParams: (next: URLSearchParams, options: { replace: boolean }) => void) {
  const filters: Partial<Record<K, string>> = {}
  for (const key of keys) {
    const value = params.get(key)
    if (value) filters[key] = value
  }
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1)
  const update = (changes: Partial<Record<K, string | undefined>>) => {
    const next = new URLSearchParams(params)
    next.delete('page')
    for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }
  const clear = () => update(Object.fromEntries(keys.map((key) => [key, undefined])) as Partial<Record<K, undefined>>)
  const setPage = (to: number) => {
    const next = new URLSearchParams(params)
    if (to > 1) next.set('page', String(to))
    else next.delete('page')
    setParams(next, { replace: false })
  }
  return { filters, update, clear, active: Object.keys(filters).length > 0, page, setPage }
}
