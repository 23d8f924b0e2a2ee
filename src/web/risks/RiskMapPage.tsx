import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { useInitiativeChoices } from '../cases/queries'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useMembers } from '../members/queries'
import { Page } from '../ui/Page'
import { PageCount, Pager } from '../ui/Pager'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { RiskMatrixTable } from './RiskMatrixTable'
import { RiskTable } from './RiskTable'
import { type PortfolioFilter, usePortfolioMatrix, usePortfolioRisks } from './queries'
import './risks.css'

const LEVELS = ['low', 'medium', 'high', 'very_high'] as const

/** Riskkarta: every open risk of the portfolio in one matrix and a paged list, filtered by level, initiative, member and overdue review. */
export function RiskMapPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const filter: PortfolioFilter = { level: params.get('level') ?? undefined, initiativeId: params.get('initiativeId') ?? undefined, memberId: params.get('memberId') ?? undefined, overdue: params.get('overdue') === 'true' }
  const page = Math.max(1, Number(params.get('page')) || 1)
  const matrix = usePortfolioMatrix(collaboration.id, filter)
  const list = usePortfolioRisks(collaboration.id, filter, page)
  const apply = (next: PortfolioFilter, nextPage = 1) => {
    const search = new URLSearchParams()
    if (next.level) search.set('level', next.level)
    if (next.initiativeId) search.set('initiativeId', next.initiativeId)
    if (next.memberId) search.set('memberId', next.memberId)
    if (next.overdue) search.set('overdue', 'true')
    if (nextPage > 1) search.set('page', String(nextPage))
    setParams(search)
  }
  return (
    <Page title={t('risks.map.title')} context={collaboration.name} intro={<p>{t('risks.map.intro')}</p>}>
      <Filters collaborationId={collaboration.id} filter={filter} onApply={(next) => apply(next)} key={params.toString()} />
      <section className="card" aria-labelledby="risk-map-matrix-heading">
        <h2 id="risk-map-matrix-heading">{t('risks.matrix.title')}</h2>
        <QueryView query={matrix}>{(data) => <RiskMatrixTable matrix={data} captionId="portfolio-risk-matrix" caption={t('risks.matrix.caption')} />}</QueryView>
      </section>
      <section className="card" aria-labelledby="risk-map-list-heading">
        <h2 id="risk-map-list-heading">{t('risks.map.listTitle')}</h2>
        <QueryView query={list}>
          {(data) => (
            <>
              <PageCount info={data} shown={data.items.length} />
              {data.items.length > 0 && <RiskTable risks={data.items} captionId="portfolio-risk-list" caption={t('risks.map.listCaption')} collaborationId={collaboration.id} showInitiative />}
              <Pager info={data} onPage={(next) => apply(filter, next)} label={t('risks.map.pager')} />
            </>
          )}
        </QueryView>
      </section>
    </Page>
  )
}

function Filters({ collaborationId, filter, onApply }: { collaborationId: string; filter: PortfolioFilter; onApply: (filter: PortfolioFilter) => void }) {
  const { t } = useTranslation()
  const initiatives = useInitiativeChoices(collaborationId)
  const members = useMembers(collaborationId)
  const [level, setLevel] = useState(filter.level ?? '')
  const [initiativeId, setInitiativeId] = useState(filter.initiativeId ?? '')
  const [memberId, setMemberId] = useState(filter.memberId ?? '')
  const [overdue, setOverdue] = useState(Boolean(filter.overdue))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply({ level: level || undefined, initiativeId: initiativeId || undefined, memberId: memberId || undefined, overdue })
  }
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="risk-filters-heading">
      <h2 id="risk-filters-heading">{t('risks.map.filters')}</h2>
      <div className="risk-filters">
        <SelectField id="risk-filter-level" label={t('risks.map.level')} value={level} onChange={setLevel} empty={t('risks.map.all')} options={LEVELS.map((l) => ({ value: l, label: t(`risks.level.${l}`) }))} />
        <SelectField id="risk-filter-initiative" label={t('risks.map.initiative')} value={initiativeId} onChange={setInitiativeId} empty={t('risks.map.all')} options={(initiatives.data ?? []).map((i) => ({ value: i.id, label: i.title }))} />
        <SelectField id="risk-filter-member" label={t('risks.map.member')} value={memberId} onChange={setMemberId} empty={t('risks.map.all')} options={(members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name }))} />
        <label className="checkbox">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} /> {t('risks.map.overdue')}
        </label>
        <button type="submit" className="button button-secondary">
          {t('risks.map.apply')}
        </button>
      </div>
    </form>
  )
}
