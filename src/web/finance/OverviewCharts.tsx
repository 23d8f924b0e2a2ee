import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatOre, formatShare } from '../../shared/format'
import type { FinanceOverview } from './types'
import { ChartFigure, HorizontalBars } from '../ui/ChartFigure'
import { ChartTable } from '../ui/ChartTable'

type OverviewMember = FinanceOverview['members'][number]

export const BUDGET_COLOUR = '#1d5c8c'
export const ACTUAL_COLOUR = '#a34f0b'
/** Room for the member names beside horizontal bars. */
const MEMBER_LABEL_WIDTH = 170
const compact = new Intl.NumberFormat('sv-SE', { notation: 'compact', maximumFractionDigits: 1 })
/** Legend entries in the text colour, whatever the series' colour, so they stay readable. */
export const legendText = (value: unknown) => <span style={{ color: '#1b2430' }}>{String(value)}</span>
/** Axis ticks in kronor, short: "1,2 mn kr". */
export const axisKronor = (ore: number) => `${compact.format(ore / 100)} kr`

/** One bar per member, in the order given, each labelled with its figure; the table carries the same figures. */
function MemberBars<Row extends { name: string }>(props: {
  titleId: string
  title: string
  note: string
  rows: Row[]
  dataKey: string
  colour: string
  marginRight: number
  label: (value: number) => string
  table: ReactNode
}) {
  return (
    <ChartFigure className="card chart finance-chart" titleId={props.titleId} title={props.title} note={props.note} height={props.rows.length * 28 + 10} table={props.table}>
      <HorizontalBars rows={props.rows} maxLabelWidth={MEMBER_LABEL_WIDTH} marginRight={props.marginRight} domain={[0, 'dataMax']}>
        <Bar dataKey={props.dataKey} fill={props.colour} radius={[0, 3, 3, 0]} isAnimationActive={false} barSize={18}>
          <LabelList dataKey={props.dataKey} position="right" formatter={(value: unknown) => props.label(Number(value))} fill="#1b2430" fontSize={12} />
        </Bar>
      </HorizontalBars>
    </ChartFigure>
  )
}

/** Each member's share of the period's total, largest first; screen readers get the same figures as a table. */
export function ShareChart({ members, totalOre, periodLabel }: { members: OverviewMember[]; totalOre: number; periodLabel: string }) {
  const { t } = useTranslation()
  if (totalOre <= 0) return null
  const rows = members
    .filter((m) => m.totalOre > 0)
    .sort((a, b) => b.totalOre - a.totalOre)
    .map((m) => ({ name: m.name, share: m.totalOre / totalOre, totalOre: m.totalOre }))
  return (
    <MemberBars titleId="share-chart-title" rows={rows} dataKey="share" colour={BUDGET_COLOUR} marginRight={64} label={formatShare}
      title={t('finance.overview.shareTitle')} note={t('finance.overview.shareNote', { period: periodLabel })}
      table={<ChartTable caption={t('finance.overview.shareCaption', { period: periodLabel })} headings={[t('finance.overview.member'), t('finance.overview.amount'), t('finance.overview.share')]} rows={rows} rowKey={(row) => row.name} cells={(row) => [row.name, formatOre(row.totalOre), formatShare(row.share)]} />}
    />
  )
}

/** What each member pays per inhabitant, highest first, with the figures as a table for screen readers. */
export function PerInhabitantChart({ members, periodLabel }: { members: OverviewMember[]; periodLabel: string }) {
  const { t } = useTranslation()
  const rows = members
    .filter((m) => m.perInhabitantOre !== null)
    .sort((a, b) => (b.perInhabitantOre ?? 0) - (a.perInhabitantOre ?? 0))
    .map((m) => ({ name: m.name, ore: m.perInhabitantOre ?? 0 }))
  if (rows.length === 0 || rows.every((row) => row.ore === 0)) return null
  return (
    <MemberBars titleId="per-inhabitant-chart-title" rows={rows} dataKey="ore" colour="#2f6f4f" marginRight={80} label={formatOre}
      title={t('finance.overview.perInhabitantTitle')} note={t('finance.overview.perInhabitantNote', { period: periodLabel })}
      table={<ChartTable caption={t('finance.overview.perInhabitantCaption', { period: periodLabel })} headings={[t('finance.overview.member'), t('finance.overview.perInhabitant')]} rows={rows} rowKey={(row) => row.name} cells={(row) => [row.name, formatOre(row.ore)]} />}
    />
  )
}

/** Budget against actual for every year with a budget, side by side; the same figures as a table. */
export function ByYearChart({ byYear }: { byYear: FinanceOverview['byYear'] }) {
  const { t } = useTranslation()
  // A year resting on a draft budget, or lacking one, is labelled preliminary on the axis and in the table.
  const rows = [...byYear].sort((a, b) => a.year - b.year).map((row) => ({ ...row, label: row.preliminary ? t('finance.overview.yearPreliminary', { year: row.year }) : String(row.year) }))
  const budget = t('finance.overview.budget')
  const actual = t('finance.overview.actual')
  return (
    <figure className="card chart finance-chart" aria-labelledby="by-year-chart-title">
      <figcaption>
        <h2 id="by-year-chart-title">{t('finance.overview.byYearTitle')}</h2>
        <p className="field-hint">{t('finance.overview.byYearNote')}</p>
      </figcaption>
      {rows.length === 0 ? (
        <p className="empty">{t('finance.overview.noYears')}</p>
      ) : (
        <>
          <div aria-hidden="true" style={{ height: 260 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e3e8ee" vertical={false} />
                <XAxis dataKey="label" stroke="#4f5b6a" fontSize={13} tickLine={false} />
                <YAxis stroke="#4f5b6a" fontSize={12} tickFormatter={axisKronor} width={80} />
                <Tooltip formatter={(value: unknown) => formatOre(Number(value))} />
                <Legend formatter={legendText} />
                <Bar dataKey="budgetOre" name={budget} fill={BUDGET_COLOUR} isAnimationActive={false} />
                <Bar dataKey="actualOre" name={actual} fill={ACTUAL_COLOUR} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ChartTable caption={t('finance.overview.byYearCaption')} headings={[t('finance.overview.year'), budget, actual]} rows={rows} rowKey={(row) => row.year} cells={(row) => [row.label, formatOre(row.budgetOre), formatOre(row.actualOre)]} />
        </>
      )}
    </figure>
  )
}
