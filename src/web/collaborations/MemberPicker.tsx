import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber, formatPopulation } from '../../shared/format'
import { get } from '../api/client'
import type { County, Organisation } from '../api/types'
import { useLanguage } from '../i18n/useLanguage'
import { Field } from '../ui/Field'
import { SelectField } from '../ui/SelectField'
import { Loading } from '../ui/Status'

/** How many search results are listed; a more precise search finds the rest. */
const MAX_RESULTS = 15

/**
 * Choose municipalities and regions by name, or all municipalities of a county in one step.
 * The chosen ones are held by the parent; what changed is announced in a live region.
 */
export function MemberPicker({ picked, onChange, error }: { picked: Organisation[]; onChange: (next: Organisation[]) => void; error?: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [announcement, setAnnouncement] = useState('')
  const pickedCodes = new Set(picked.map((o) => o.code))

  const add = (organisations: Organisation[]) => {
    const fresh = organisations.filter((o) => !pickedCodes.has(o.code))
    const next = [...picked, ...fresh].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    onChange(next)
    setAnnouncement(t('create.announceAdded', { count: fresh.length, total: formatNumber(next.length) }))
  }
  const remove = (organisation: Organisation) => {
    const next = picked.filter((o) => o.code !== organisation.code)
    onChange(next)
    setAnnouncement(t('create.announceRemoved', { name: organisation.name, count: next.length, total: formatNumber(next.length) }))
  }
  const total = picked.reduce((sum, o) => sum + (o.population ?? 0), 0)

  return (
    <div className="member-picker">
      <div className="picker-sources">
        <CountyAdder onAdd={add} />
        <NameSearch pickedCodes={pickedCodes} onAdd={(o) => add([o])} />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <section className="picked" aria-labelledby="picked-heading">
        <h3 id="picked-heading">
          {t('create.picked')} <span className="count">{formatNumber(picked.length)}</span>
        </h3>
        {error && (
          <p className="field-error" id="member-codes-error">
            {error}
          </p>
        )}
        {picked.length === 0 ? (
          <p className="empty">{t('create.pickedEmpty')}</p>
        ) : (
          <>
            <p className="summary-line">
              {t('create.pickedCount', {
                members: t('common.membersCount', { count: picked.length, formatted: formatNumber(picked.length) }),
                population: formatPopulation(total, language),
              })}
            </p>
            <ul className="picked-list">
              {picked.map((o) => (
                <li key={o.code}>
                  <span>
                    {o.name} <span className="muted">· {o.kind === 'region' ? t('memberKinds.region') : o.countyName}</span>
                  </span>
                  <button type="button" className="button-link" aria-label={t('create.removeNamed', { name: o.name })} onClick={() => remove(o)}>
                    {t('create.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  )
}

function CountyAdder({ onAdd }: { onAdd: (organisations: Organisation[]) => void }) {
  const { t } = useTranslation()
  const counties = useQuery({ queryKey: ['reference', 'counties'], queryFn: () => get<County[]>('/api/reference/counties'), staleTime: Infinity })
  const [county, setCounty] = useState('')
  const [busy, setBusy] = useState(false)
  const addCounty = async () => {
    if (!county) return
    setBusy(true)
    try {
      onAdd(await get<Organisation[]>(`/api/reference/organisations?county=${county}&kind=municipality`))
    } finally {
      setBusy(false)
    }
  }
  return (
    <fieldset className="picker-source">
      <legend>{t('create.byCounty')}</legend>
      <div className="inline-form">
        <SelectField
          id="county"
          label={t('create.county')}
          value={county}
          onChange={setCounty}
          disabled={counties.isPending}
          empty={t('create.chooseCounty')}
          options={(counties.data ?? []).map((c) => ({ value: c.code, label: t('create.countyOption', { name: c.name, count: c.municipalityCount }) }))}
        />
        <button type="button" className="button button-secondary" onClick={() => void addCounty()} disabled={!county || busy}>
          {t('create.addCounty')}
        </button>
      </div>
      {busy && <Loading />}
    </fieldset>
  )
}

function NameSearch({ pickedCodes, onAdd }: { pickedCodes: Set<string>; onAdd: (organisation: Organisation) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const query = useDebounced(text.trim(), 250)
  const results = useQuery({
    queryKey: ['reference', 'organisations', query],
    queryFn: () => get<Organisation[]>(`/api/reference/organisations?q=${encodeURIComponent(query)}`),
    enabled: query.length >= 2,
    staleTime: Infinity,
  })
  const list = (results.data ?? []).slice(0, MAX_RESULTS)
  return (
    <fieldset className="picker-source">
      <legend>{t('create.byName')}</legend>
      <Field id="member-search" label={t('create.search')} hint={t('create.searchHint')}>
        {(props) => <input {...props} type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      {query.length >= 2 && results.isFetching && <Loading />}
      {query.length >= 2 && results.isSuccess && (
        <div aria-live="polite">
          {list.length === 0 ? (
            <p className="empty">{t('create.noResults')}</p>
          ) : (
            <ul className="search-results" aria-label={t('create.results')}>
              {list.map((o) => (
                <li key={o.code}>
                  <span>
                    {o.name} <span className="muted">· {o.kind === 'region' ? t('memberKinds.region') : o.countyName}</span>
                  </span>
                  {pickedCodes.has(o.code) ? (
                    <span className="badge">{t('create.alreadyPicked')}</span>
                  ) : (
                    <button type="button" className="button button-secondary button-small" aria-label={t('create.addNamed', { name: o.name })} onClick={() => onAdd(o)}>
                      {t('create.add')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  )
}

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return debounced
}
