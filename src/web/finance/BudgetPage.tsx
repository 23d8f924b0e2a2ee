import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { formatDate, formatOre, todayInSweden } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { PageToc } from '../ui/PageToc'
import { ErrorSummary, QueryView } from '../ui/Status'
import { Table, TotalRow } from '../ui/Table'
import { VisuallyHidden } from '../ui/Visually'
import { BudgetChart } from './BudgetChart'
import { AdoptDialog, ReopenDialog } from './BudgetAdoptionDialogs'
import { ActualCostDialog, CostLineDialog, FundingApplicationDialog, FundingDecisionDialog } from './BudgetDialogs'
import { ActualsSection, FundingSection, HistorySection, HorizonSection, InKindSection } from './BudgetSections'
import { FinanceTabs } from './FinanceTabs'
import { InKindDialog, useInKindMembers } from './InKindDialog'
import { BUDGET_STATUS_BADGE } from './labels'
import { useBudget, useBudgetChanges } from './queries'
import { useFinanceRights } from './rights'
import type { BudgetDetail, CostLine, Funding } from './types'
import './finance.css'

type Open = { kind: 'line' } | { kind: 'adopt' } | { kind: 'reopen' } | { kind: 'actual'; line: CostLine } | { kind: 'funding'; funding: Funding } | { kind: 'apply' } | { kind: 'inKind' }

/** One budget: its lines with actuals and variance, funding, in-kind, the three-year horizon and the year's curve. */
export function BudgetPage() {
  const { budgetId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const budget = useBudget(collaboration.id, budgetId)
  return <QueryView query={budget}>{(data) => <BudgetView budget={data} />}</QueryView>
}

function BudgetView({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = useFinanceRights()
  const changes = useBudgetChanges(collaboration.id, budget.id)
  const inKindMembers = useInKindMembers(budget)
  const [open, setOpen] = useState<{ dialog: Open; opener: HTMLElement } | null>(null)
  const show = (dialog: Open) => (opener: HTMLElement) => {
    // A dialog starts without the error of an earlier attempt.
    for (const change of Object.values(changes)) change.reset()
    setOpen({ dialog, opener })
  }
  const close = () => setOpen(null)
  const draft = budget.status === 'draft'
  // What was spent can be booked only on dates that have come, so a later year's plan has nothing to book yet.
  const thisYear = Number(todayInSweden().slice(0, 4))
  const base = `/collaborations/${collaboration.id}/finance`
  const sections = [
    { id: 'lines', label: t('finance.budget.linesTitle') },
    { id: 'actuals', label: t('finance.budget.actualsTitle') },
    { id: 'funding', label: t('finance.budget.fundingTitle') },
    { id: 'in-kind', label: t('finance.budget.inKindTitle') },
    { id: 'horizon', label: t('finance.budget.horizonTitle') },
    { id: 'history', label: t('finance.budget.historyTitle') },
  ]
  return (
    <Page
      title={t('finance.budget.title', { year: budget.year, scope: budget.scopeName })}
      context={collaboration.name}
      actions={
        draft
          ? rights.manageBudgets && (
              <>
                <button type="button" className="button button-primary" onClick={(e) => show({ kind: 'line' })(e.currentTarget)}>
                  {t('finance.budget.addLine')}
                </button>
                <button type="button" className="button button-secondary" onClick={(e) => show({ kind: 'adopt' })(e.currentTarget)}>
                  {t('finance.budget.adopt')}
                </button>
              </>
            )
          : rights.reopenBudget && (
              <button type="button" className="button button-secondary" onClick={(e) => show({ kind: 'reopen' })(e.currentTarget)}>
                {t('finance.budget.reopen')}
              </button>
            )
      }
    >
      <FinanceTabs collaborationId={collaboration.id} />
      <p className="back-link">
        <Link to={`${base}/budgets?year=${budget.year}`}>{t('finance.budget.backToBudgets')}</Link>
      </p>
      {!open && <ErrorSummary error={changes.update.error} />}
      <div className="two-columns finance-two">
        <BudgetFacts budget={budget} />
        <PageToc title={t('finance.budget.toc')} sections={sections} />
      </div>
      <LinesSection budget={budget} mayBook={rights.recordActuals && budget.year <= thisYear} onBook={(line, opener) => show({ kind: 'actual', line })(opener)} />
      <BudgetChart budget={budget} />
      <ActualsSection budget={budget} />
      <FundingSection budget={budget} mayManage={rights.manageBudgets} onApply={show({ kind: 'apply' })} onDecide={(funding, opener) => show({ kind: 'funding', funding })(opener)} />
      <ErrorSummary error={changes.removeInKind.error} />
      <InKindSection
        budget={budget}
        onRecord={inKindMembers.length > 0 ? show({ kind: 'inKind' }) : null}
        remove={{ allowed: (row) => rights.mayRecordInKindFor(row.memberId), onRemove: (row) => changes.removeInKind.mutate(row), pending: changes.removeInKind.isPending }}
      />
      <HorizonSection budget={budget} />
      <HistorySection budget={budget} />
      {open?.dialog.kind === 'line' && <CostLineDialog changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'adopt' && <AdoptDialog budget={budget} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'reopen' && <ReopenDialog budget={budget} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'actual' && <ActualCostDialog line={open.dialog.line} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'funding' && <FundingDecisionDialog funding={open.dialog.funding} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'apply' && <FundingApplicationDialog changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'inKind' && <InKindDialog budget={budget} changes={changes} returnFocusTo={open.opener} onClose={close} />}
    </Page>
  )
}

function BudgetFacts({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  return (
    <section className="card" aria-labelledby="budget-facts-heading">
      <h2 id="budget-facts-heading">{t('finance.budget.factsTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('finance.budget.status')}</dt>
          <dd>
            <span className={BUDGET_STATUS_BADGE[budget.status]}>{t(`budgetStatus.${budget.status}`)}</span>
          </dd>
        </div>
        {budget.adoptedOn && (
          <div>
            <dt>{t('finance.budget.adoptedOn')}</dt>
            <dd>{formatDate(budget.adoptedOn)}</dd>
          </div>
        )}
        {budget.adoption && (
          <div>
            <dt>{t('finance.budget.adoptedBy')}</dt>
            <dd>
              {budget.adoption.reference}
              {budget.adoption.external && <span className="cell-secondary">{t('finance.budget.externalDecision')}</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('finance.budget.total')}</dt>
          <dd className="figure">{formatOre(budget.totalOre)}</dd>
        </div>
        <div>
          <dt>{t('finance.budget.actual')}</dt>
          <dd className="figure">{formatOre(budget.actualOre)}</dd>
        </div>
        <div>
          <dt>{t('finance.budget.remaining')}</dt>
          <dd>{formatOre(budget.totalOre - budget.actualOre)}</dd>
        </div>
        {budget.initiativeId && (
          <div>
            <dt>{t('finance.budget.initiative')}</dt>
            <dd>
              <Link to={`/collaborations/${collaboration.id}/initiatives/${budget.initiativeId}`}>{budget.scopeName}</Link>
            </dd>
          </div>
        )}
      </dl>
      {budget.note && <p className="case-description">{budget.note}</p>}
      {budget.status === 'adopted' && <p className="field-hint">{t('finance.budget.adoptedNote')}</p>}
      <h3 className="finance-participants">{t('finance.budget.participantsTitle')}</h3>
      {budget.participants.length === 0 ? <p className="empty">{t('finance.budget.participantsNone')}</p> : <p>{budget.participants.map((p) => p.name).join(', ')}</p>}
    </section>
  )
}

function LinesSection({ budget, mayBook, onBook }: { budget: BudgetDetail; mayBook: boolean; onBook: (line: CostLine, opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const effective = budget.lines.reduce((sum, line) => sum + line.effectiveOre, 0)
  const amount = budget.lines.reduce((sum, line) => sum + line.amountOre, 0)
  const actual = budget.lines.reduce((sum, line) => sum + line.actualOre, 0)
  return (
    <section className="card table-card" aria-labelledby="lines-heading" id="lines">
      <h2 id="lines-heading" className="card-heading">
        {t('finance.budget.linesTitle')}
      </h2>
      {budget.lines.length === 0 ? (
        <p className="empty card-text">{t('finance.budget.linesNone')}</p>
      ) : (
        <Table stack className="finance-table budget-lines" captionId="lines-caption" caption={t('finance.budget.linesCaption', { year: budget.year, scope: budget.scopeName })} captionClassName="visually-hidden">
          <thead>
            <tr>
              <th scope="col">{t('finance.budget.description')}</th>
              <th scope="col">{t('finance.budget.key')}</th>
              <th scope="col" className="numeric">
                {t('finance.budget.amount')}
              </th>
              <th scope="col" className="numeric">
                {t('finance.budget.effective')}
              </th>
              <th scope="col" className="numeric">
                {t('finance.budget.actualColumn')}
              </th>
              <th scope="col" className="numeric">
                {t('finance.budget.variance')}
              </th>
              {mayBook && (
                <th scope="col">
                  <VisuallyHidden>{t('finance.budget.bookActual')}</VisuallyHidden>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {budget.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row" className="cell-wrap">
                  {line.description}
                  <span className="cell-secondary">{t(`costCategory.${line.category}`)}</span>
                  {line.indexSeries && <span className="cell-secondary">{t('finance.budget.indexed', { series: line.indexSeries, year: line.indexBaseYear })}</span>}
                  {line.paidInAdvance && <span className="cell-secondary">{t('finance.budget.paidInAdvance')}</span>}
                </th>
                <td>
                  <Link to={`/collaborations/${collaboration.id}/finance/cost-keys/${line.costKeyId}?year=${budget.year}`}>{t('finance.basis.keyVersion', { name: line.costKeyName, version: line.costKeyVersionNo })}</Link>
                </td>
                <td className="numeric">{formatOre(line.amountOre)}</td>
                <td className="numeric">{formatOre(line.effectiveOre)}</td>
                <td className="numeric">{formatOre(line.actualOre)}</td>
                <td className={line.effectiveOre - line.actualOre < 0 ? 'numeric finance-over' : 'numeric'}>{formatOre(line.effectiveOre - line.actualOre)}</td>
                {mayBook && (
                  <td>
                    <button type="button" className="button button-secondary button-small" onClick={(e) => onBook(line, e.currentTarget)} aria-label={t('finance.budget.bookActualFor', { line: line.description })}>
                      {t('finance.budget.bookActual')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <TotalRow label={t('finance.budget.linesTotal')} colSpan={2}>
            <td className="numeric">{formatOre(amount)}</td>
            <td className="numeric">{formatOre(effective)}</td>
            <td className="numeric">{formatOre(actual)}</td>
            <td className="numeric">{formatOre(effective - actual)}</td>
            {mayBook && <td />}
          </TotalRow>
        </Table>
      )}
    </section>
  )
}
