import { useTranslation } from 'react-i18next'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatOre, todayInSweden } from '../../shared/format'
import { useLanguage } from '../i18n/useLanguage'
import type { Language } from '../i18n'
import { ACTUAL_COLOUR, axisKronor, BUDGET_COLOUR, legendText } from './OverviewCharts'
import type { BudgetDetail } from './types'
import { ChartTable } from '../ui/ChartTable'

export interface MonthRow {
  month: number
  actualOre: number
  /** Null for the months of this year still to come. */
  cumulativeOre: number | null
  budgetToDateOre: number
}

/**
 * Twelve months of the budget's year: each month's actual, the running total (up to this month, in this year), and
 * the budget spread evenly to date.
 */
export function monthRows(budget: Pick<BudgetDetail, 'year' | 'totalOre' | 'actualByMonth'>, today: string = todayInSweden()): MonthRow[] {
  const thisYear = Number(today.slice(0, 4))
  const lastMonth = budget.year < thisYear ? 12 : budget.year > thisYear ? 0 : Number(today.slice(5, 7))
  const byMonth = new Map<number, number>()
  for (const entry of budget.actualByMonth) {
    // "2026-03" (or "2026-03-01"); a bare "3" is taken as the month too.
    const match = /^(?:\d{4}-)?(\d{1,2})/.exec(entry.month)
    const month = match ? Number(match[1]) : NaN
    if (month >= 1 && month <= 12) byMonth.set(month, (byMonth.get(month) ?? 0) + entry.actualOre)
  }
  let cumulative = 0
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1
    const actualOre = byMonth.get(month) ?? 0
    cumulative += actualOre
    return { month, actualOre, cumulativeOre: month <= lastMonth ? cumulative : null, budgetToDateOre: Math.round((budget.totalOre * month) / 12) }
  })
}

const monthFormat = (language: Language, month: 'short' | 'long') => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { month, timeZone: 'UTC' })
const monthLabel = (month: number, language: Language, style: 'short' | 'long') => monthFormat(language, style).format(new Date(Date.UTC(2026, month - 1, 1)))

/** Budget against actual over the year, accumulated; the same figures as a table for screen readers. */
export function BudgetChart({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const rows = monthRows(budget).map((row) => ({ ...row, label: monthLabel(row.month, language, 'short') }))
  const names = { actual: t('finance.budget.monthActual'), cumulative: t('finance.budget.cumulative'), budget: t('finance.budget.budgetToDate') }
  return (
    <figure className="card chart finance-chart" aria-labelledby="budget-chart-title">
      <figcaption>
        <h2 id="budget-chart-title">{t('finance.budget.chartTitle')}</h2>
        <p className="field-hint">{t('finance.budget.chartNote')}</p>
      </figcaption>
      <div aria-hidden="true" style={{ height: 280 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e8ee" vertical={false} />
            <XAxis dataKey="label" stroke="#4f5b6a" fontSize={12} tickLine={false} />
            <YAxis stroke="#4f5b6a" fontSize={12} tickFormatter={axisKronor} width={80} />
            <Tooltip formatter={(value: unknown) => formatOre(Number(value))} />
            <Legend formatter={legendText} />
            <Bar dataKey="actualOre" name={names.actual} fill="#e8b27d" isAnimationActive={false} />
            <Line dataKey="cumulativeOre" name={names.cumulative} stroke={ACTUAL_COLOUR} strokeWidth={3} dot={false} isAnimationActive={false} />
            <Line dataKey="budgetToDateOre" name={names.budget} stroke={BUDGET_COLOUR} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption={t('finance.budget.chartCaption', { year: budget.year })} headings={[t('finance.budget.month'), names.actual, names.cumulative, names.budget]} rows={rows} rowKey={(row) => row.month} cells={(row) => [monthLabel(row.month, language, 'long'), formatOre(row.actualOre), formatOre(row.cumulativeOre), formatOre(row.budgetToDateOre)]} />
    </figure>
  )
}
