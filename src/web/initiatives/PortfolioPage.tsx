import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router-dom'
import type { InitiativeList, ProcessFunnel, Processes } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useLanguage } from '../i18n/useLanguage'
import type { Language } from '../i18n'
import { Page } from '../ui/Page'
import { PageCount, Pager } from '../ui/Pager'
import { QueryView } from '../ui/Status'
import { FunnelChart } from './FunnelChart'
import { InitiativeBoard } from './InitiativeBoard'
import { InitiativeTable } from './InitiativeTable'
import { PortfolioFilters } from './PortfolioFilters'
import { useInitiatives, useProcesses, type InitiativeFilters } from './portfolio-queries'
import './initiatives.css'

const FILTER_KEYS = ['area', 'memberId', 'phaseKey', 'status', 'year', 'q'] as const
type View = 'board' | 'list'

/** Initiativ: the portfolio as a board by phase or as a list, with filters kept in the address, and the funnel. */
export function PortfolioPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const [params, setParams] = useSearchParams()
  const filters: InitiativeFilters = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value) filters[key] = value
  }
  const view: View = params.get('view') === 'list' ? 'list' : 'board'
  const page = Math.max(1, Number(params.get('page')) || 1)
  const initiatives = useInitiatives(collaboration.id, filters, page)
  const models = useProcesses(collaboration.id)
  const language = useLanguage()

  /** Changes some of the address's parameters, keeping the others. */
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }
  const lineage = (initiatives.data && chosenProcess(initiatives.data, params.get('process'))?.lineageId) ?? params.get('process')
  // Other filters match other initiatives, so the list starts again at its first page.
  const setFilters = (next: InitiativeFilters) => update({ ...Object.fromEntries(FILTER_KEYS.map((key) => [key, next[key]])), page: undefined })
  const setPage = (next: number) => update({ page: next > 1 ? String(next) : undefined })

  return (
    <Page
      title={t('portfolio.title')}
      context={collaboration.name}
      intro={t('portfolio.intro')}
      actions={
        allows(permissions, 'initiatives', 'create') && (
          <Link className="button button-primary" to="new">
            {t('portfolio.register')}
          </Link>
        )
      }
    >
      {/* The filters stay on screen whatever the list does, so a filter can always be undone. */}
      <PortfolioFilters collaborationId={collaboration.id} filters={filters} phases={phaseOptions(models.data, lineage, language)} onChange={setFilters} />
      <QueryView query={initiatives}>
        {(data) => {
          const process = chosenProcess(data, params.get('process'))
          return (
            <>
              <div className="portfolio-toolbar">
                <div className="portfolio-count">
                  <PageCount info={data} shown={data.items.length} className="" />
                  {initiatives.isFetching && <span className="spinner" aria-hidden="true" />}
                </div>
                <div className="portfolio-view-tools">
                  {data.processes.length > 1 && process && (
                    <label className="inline-select">
                      <span>{t('portfolio.process')}</span>
                      <select value={process.lineageId} onChange={(e) => update({ process: e.target.value, phaseKey: undefined, page: undefined })}>
                        {data.processes.map((p) => (
                          <option key={p.lineageId} value={p.lineageId}>
                            {p.name}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  <ViewToggle view={view} onChange={(next) => update({ view: next === 'board' ? undefined : next })} />
                </div>
              </div>
              {data.total === 0 ? (
                <p className="card empty">{Object.keys(filters).length > 0 ? t('portfolio.empty') : t('portfolio.none')}</p>
              ) : view === 'board' && process ? (
                <InitiativeBoard process={process} initiatives={data.items} />
              ) : (
                <InitiativeTable collaborationName={collaboration.name} initiatives={data.items} showProcess={data.processes.length > 1} />
              )}
              <Pager info={data} onPage={setPage} label={t('portfolio.pages')} />
              {process && <FunnelChart process={process} />}
            </>
          )
        }}
      </QueryView>
    </Page>
  )
}

/** The model asked for in the address, or else the one with most initiatives in it now. */
function chosenProcess(data: InitiativeList, lineageId: string | null): ProcessFunnel | undefined {
  const asked = data.processes.find((p) => p.lineageId === lineageId)
  if (asked) return asked
  const size = (p: ProcessFunnel) => p.phases.reduce((sum, phase) => sum + phase.inPhase, 0)
  return [...data.processes].sort((a, b) => size(b) - size(a))[0]
}

/**
 * The phase filter's choices come from the process models themselves, not from the filtered list, so they stay put
 * when a filter leaves nothing: the chosen model's phases, or every model's phases when none is chosen.
 */
function phaseOptions(processes: Processes | undefined, lineageId: string | null, language: Language): { key: string; name: string }[] {
  const latest = (processes?.models ?? []).filter((m) => m.latest)
  const chosen = latest.filter((m) => m.lineageId === lineageId)
  const phases = (chosen.length > 0 ? chosen : latest).flatMap((m) => m.definition.phases)
  const byKey = new Map(phases.map((phase) => [phase.key, language === 'en' ? phase.nameEn : phase.nameSv]))
  return [...byKey].map(([key, name]) => ({ key, name }))
}

function ViewToggle({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useTranslation()
  return (
    <div className="view-toggle" role="group" aria-label={t('portfolio.view')}>
      {(['board', 'list'] as const).map((option) => (
        <button key={option} type="button" className="button button-small" aria-pressed={view === option} onClick={() => onChange(option)}>
          {t(`portfolio.${option}`)}
        </button>
      ))}
    </div>
  )
}
