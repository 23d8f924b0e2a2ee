import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { FinanceTabs } from './FinanceTabs'
import { BUDGET_STATUS_BADGE } from './labels'
import { NewBudgetDialog } from './NewBudgetDialog'
import { PeriodPicker, useYearParam } from './period'
import { useBudgets } from './queries'
import { useFinanceRights } from './rights'
import type { BudgetSummary } from './types'
import './finance.css'

/** Budgetar: the collaboration's and the initiatives' budgets for a year, with what has been spent. */
export function BudgetsPage() {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [year, setYear] = useYearParam()
  const budgets = useBudgets(collaboration.id, year)
  const rights = useFinanceRights()
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  return (
    <Page
      title={t('finance.budgets.title')}
      context={collaboration.name}
      intro={t('finance.budgets.intro')}
      actions={
        rights.manageBudgets && (
          <button type="button" className="button button-primary" onClick={(e) => setOpener(e.currentTarget)}>
            {t('finance.budgets.create')}
          </button>
        )
      }
    >
      <FinanceTabs collaborationId={collaboration.id} />
      <section className="card finance-toolbar" aria-labelledby="budget-year-heading">
        <h2 id="budget-year-heading" className="visually-hidden">
          {t('finance.period.title')}
        </h2>
        <PeriodPicker idPrefix="budgets" period={{ year, quarter: null }} onChange={(next) => setYear(next.year)} withQuarter={false} />
      </section>
      <QueryView query={budgets}>{(list) => (list.length === 0 ? <p className="card empty">{t('finance.budgets.none', { year })}</p> : <BudgetTable year={year} budgets={list} />)}</QueryView>
      {opener && <NewBudgetDialog year={year} returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}

function BudgetTable({ year, budgets }: { year: number; budgets: BudgetSummary[] }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  // The collaboration's own budget first, then the initiatives' by name.
  const sorted = [...budgets].sort((a, b) => Number(a.initiativeId !== null) - Number(b.initiativeId !== null) || a.scopeName.localeCompare(b.scopeName, 'sv'))
  const total = budgets.reduce((sum, b) => sum + b.totalOre, 0)
  const actual = budgets.reduce((sum, b) => sum + b.actualOre, 0)
  return (
    <section className="card table-card">
      <Table stack captionId="budgets-caption" caption={t('finance.budgets.caption', { year, name: collaboration.name })} captionClassName="visually-hidden">
        <ColumnHeads
          columns={[
            t('finance.budgets.scope'), t('finance.budgets.status'), numeric(t('finance.budgets.total')),
            numeric(t('finance.budgets.actual')), numeric(t('finance.budgets.remaining')),
          ]}
        />
        <tbody>
          {sorted.map((budget) => (
            <tr key={budget.id}>
              <th scope="row" className="cell-wrap">
                <Link to={budget.id}>{budget.scopeName}</Link>
                {budget.note && <span className="cell-secondary">{budget.note}</span>}
              </th>
              <td>
                <span className={BUDGET_STATUS_BADGE[budget.status]}>{t(`budgetStatus.${budget.status}`)}</span>
                {budget.adoptedOn && <span className="cell-secondary">{formatDate(budget.adoptedOn)}</span>}
              </td>
              <td className="numeric">{formatOre(budget.totalOre)}</td>
              <td className="numeric">{formatOre(budget.actualOre)}</td>
              <td className="numeric">{formatOre(budget.totalOre - budget.actualOre)}</td>
            </tr>
          ))}
        </tbody>
        <TotalRow label={t('finance.budgets.sum')} colSpan={2}>
          <td className="numeric">{formatOre(total)}</td>
          <td className="numeric">{formatOre(actual)}</td>
          <td className="numeric">{formatOre(total - actual)}</td>
        </TotalRow>
      </Table>
    </section>
  )
}
