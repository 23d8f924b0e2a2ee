import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router-dom'
import { formatDate } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useGovernance } from '../governance/queries'
import { Page } from '../ui/Page'
import { Pager, PageCount } from '../ui/Pager'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { FilterCard, useAddressFilters } from './CaseFilters'
import { CASE_STATUS_BADGE, CASE_STATUSES, filterYears } from './labels'
import { NewCaseDialog } from './NewCaseDialog'
import { useCases, type CaseSummary } from './queries'
import './cases.css'

const FILTER_KEYS = ['status', 'year', 'decidingBodyId', 'q'] as const

/** Ärenden: every case with filters kept in the address, and registering a new one. */
export function CasesPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const { filters, update, clear, active, page, setPage } = useAddressFilters(FILTER_KEYS, params, setParams)
  const cases = useCases(collaboration.id, filters, page)
  const governance = useGovernance(collaboration.id)
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  const mayRegister = allows(permissions, 'cases', 'register')
  const set = (key: (typeof FILTER_KEYS)[number]) => (value: string) => update({ [key]: value || undefined })

  return (
    <Page
      title={t('cases.title')}
      context={collaboration.name}
      intro={t('cases.intro')}
      actions={
        mayRegister && (
          <button type="button" className="button button-primary" onClick={(e) => setOpener(e.currentTarget)}>
            {t('cases.register')}
          </button>
        )
      }
    >
      <FilterCard idPrefix="cases" title={t('cases.filtersTitle')} searchLabel={t('cases.search')} searchHint={t('cases.searchHint')} q={filters.q ?? ''} active={active} onSearch={set('q')} onClear={clear}>
        <SelectField id="filter-status" label={t('cases.status')} value={filters.status ?? ''} onChange={set('status')} empty={t('cases.all')} options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))} />
        <SelectField id="filter-year" label={t('cases.year')} value={filters.year ?? ''} onChange={set('year')} empty={t('cases.all')} options={filterYears(filters.year).map((y) => ({ value: y, label: y }))} />
        <SelectField
          id="filter-body"
          label={t('cases.decidingBody')}
          value={filters.decidingBodyId ?? ''}
          onChange={set('decidingBodyId')}
          empty={t('cases.all')}
          options={(governance.data?.bodies ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
      </FilterCard>
      <QueryView query={cases}>
        {(list) => (
          <>
            <div className="result-count">
              <PageCount info={list} shown={list.items.length} className="" />
              {cases.isFetching && <span className="spinner" aria-hidden="true" />}
            </div>
            {list.total === 0 ? <p className="card empty">{active ? t('cases.empty') : t('cases.none')}</p> : <CaseTable collaborationName={collaboration.name} cases={list.items} />}
            <Pager info={list} onPage={setPage} label={t('cases.pages')} />
          </>
        )}
      </QueryView>
      {opener && <NewCaseDialog returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}

function CaseTable({ collaborationName, cases }: { collaborationName: string; cases: CaseSummary[] }) {
  const { t } = useTranslation()
  return (
    <section className="card table-card">
      <Table stack captionId="cases-caption" caption={t('cases.tableCaption', { name: collaborationName })} captionClassName="visually-hidden">
        <ColumnHeads columns={[t('cases.number'), t('cases.caseTitle'), t('cases.status'), t('cases.decidingBody'), t('cases.registeredOn')]} />
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">
                <Link to={c.id}>{c.number}</Link>
              </td>
              <th scope="row" className="cell-wrap">
                {c.withheld ? <span className="muted">{t('cases.withheld', { ground: c.confidentialityGround })}</span> : c.title}
                {c.confidential && (
                  <>
                    {' '}
                    <span className="badge badge-confidential">{t('cases.confidential')}</span>
                  </>
                )}
                {c.classificationCode && <span className="cell-secondary">{c.classificationCode}</span>}
              </th>
              <td>
                <span className={CASE_STATUS_BADGE[c.status]}>{t(`caseStatus.${c.status}`)}</span>
              </td>
              <td>{c.decidingBodyName ?? '–'}</td>
              <td className="nowrap">{formatDate(c.registeredOn)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
