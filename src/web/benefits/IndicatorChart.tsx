import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDate } from '../../shared/format'
import { ChartTable } from '../ui/ChartTable'
import { formatIndicatorValue } from './benefits-format'
import { chartRows } from './chart-rows'
import type { Indicator } from './types'

/** Colours distinguishable from each other and against white (3:1 or better), one per member. */
const COLOURS = ['#1d5c8c', '#a34f0b', '#2e7d32', '#7b1fa2', '#b00020', '#00695c', '#5d4037', '#37474f']
const compact = new Intl.NumberFormat('sv-SE', { notation: 'compact', maximumFractionDigits: 1 })
const legendText = (value: unknown) => <span style={{ color: '#1b2430' }}>{String(value)}</span>

/** Target against measurements over time, a line per member; the figures as a table for screen readers. */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation()
  const rows = chartRows(indicator)
  if (rows.length === 0) return null
  const titleId = `indicator-${indicator.id}-chart`
  const points = indicator.members.flatMap((member) => [
    ...(member.baseline ? [{ member: member.memberName, kind: t('benefits.chartKindBaseline'), date: member.baseline.date, value: member.baseline.value }] : []),
    ...member.measurements.map((m) => ({ member: member.memberName, kind: t('benefits.chartKindMeasurement'), date: m.date, value: m.value })),
    ...(member.target ? [{ member: member.memberName, kind: t('benefits.chartKindTarget'), date: member.target.date, value: member.target.value }] : []),
  ])
  return (
    <figure className="benefit-chart" aria-labelledby={titleId}>
      <figcaption>
        <h5 id={titleId}>{t('benefits.chartTitle', { name: indicator.name })}</h5>
        <p className="field-hint">{t('benefits.chartNote')}</p>
      </figcaption>
      <div aria-hidden="true" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e8ee" vertical={false} />
            <XAxis dataKey="date" stroke="#4f5b6a" fontSize={12} tickLine={false} />
            <YAxis stroke="#4f5b6a" fontSize={12} width={64} tickFormatter={(value: number) => compact.format(value)} />
            <Tooltip formatter={(value: unknown) => formatIndicatorValue(Math.round(Number(value) * 100), indicator.unit)} />
            <Legend formatter={legendText} />
            {indicator.members.map((member, i) => {
              const colour = COLOURS[i % COLOURS.length]
              return [
                <Line key={`m${i}`} dataKey={`m${i}`} name={t('benefits.chartSeries', { member: member.memberName })} stroke={colour} strokeWidth={2} connectNulls isAnimationActive={false} />,
                <Line key={`t${i}`} dataKey={`t${i}`} name={t('benefits.chartTargetSeries', { member: member.memberName })} stroke={colour} strokeWidth={2} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />,
              ]
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption={t('benefits.chartCaption', { name: indicator.name })}
        headings={[t('benefits.member'), t('benefits.chartKind'), t('benefits.chartDate'), t('benefits.chartValue')]}
        rows={points}
        rowKey={(p) => `${p.member}-${p.kind}-${p.date}-${p.value}`}
        cells={(p) => [p.member, p.kind, formatDate(p.date), formatIndicatorValue(p.value, indicator.unit)]}
      />
    </figure>
  )
}
