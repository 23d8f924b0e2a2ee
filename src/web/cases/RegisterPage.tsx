import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Page } from '../ui/Page'
import { Pager, PageCount } from '../ui/Pager'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { FilterCard, useAddressFilters } from './CaseFilters'
import { CaseSettingsSection } from './CaseSettingsSection'
import { EntriesTable } from './EntriesTable'
import { filterYears } from './labels'
import { useRegister } from './queries'
import './cases.css'

const FILTER_KEYS = ['year', 'q'] as const

/** Diarium: the public register of every registered document, and for the coordinator how numbers and classification are set up. */
export function RegisterPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const { filters, update, clear, active, page, setPage } = useAddressFilters(FILTER_KEYS, params, setParams)
  const entries = useRegister(collaboration.id, filters, page)
  return (
    <Page title={t('register.title')} context={collaboration.name} intro={t('register.intro')}>
      <FilterCard
        idPrefix="register"
        title={t('register.filtersTitle')}
        searchLabel={t('register.search')}
        searchHint={t('register.searchHint')}
        q={filters.q ?? ''}
        active={active}
        onSearch={(q) => update({ q: q || undefined })}
        onClear={clear}
      >
        <SelectField id="register-year" label={t('cases.year')} value={filters.year ?? ''} onChange={(year) => update({ year: year || undefined })} empty={t('cases.all')} options={filterYears(filters.year).map((y) => ({ value: y, label: y }))} />
      </FilterCard>
      <QueryView query={entries}>
        {(list) => (
          <>
            <div className="result-count">
              <PageCount info={list} shown={list.items.length} className="" />
              {entries.isFetching && <span className="spinner" aria-hidden="true" />}
            </div>
            {list.total === 0 ? (
              <p className="card empty">{active ? t('register.empty') : t('register.none')}</p>
            ) : (
              <section className="card table-card">
                <EntriesTable collaborationId={collaboration.id} entries={list.items} captionId="register-caption" caption={t('register.tableCaption', { name: collaboration.name })} showCase />
              </section>
            )}
            <Pager info={list} onPage={setPage} label={t('register.pages')} />
          </>
        )}
      </QueryView>
      {allows(permissions, 'cases', 'settings') && <CaseSettingsSection collaborationId={collaboration.id} />}
    </Page>
  )
}
