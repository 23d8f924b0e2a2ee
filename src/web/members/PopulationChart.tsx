import { useTranslation } from 'react-i18next'
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { formatShare } from '../../shared/format'
import type { Member } from '../api/types'

/** How many members get a bar of their own; the rest share one bar, so the chart stays readable. */
const LARGEST = 10

/** Each member's share of the collaboration's population, largest first. The table beside it holds the same figures. */
export function PopulationChart({ members, total }: { members: Member[]; total: number }) {
  const { t } = useTranslation()
  const sorted = [...members].filter((m) => m.population !== null).sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
  const rest = sorted.slice(LARGEST)
  const rows = sorted.slice(0, LARGEST).map((m) => ({ name: m.name, share: (m.population ?? 0) / total }))
  if (rest.length > 0) {
    rows.push({ name: t('members.others', { count: rest.length }), share: rest.reduce((sum, m) => sum + (m.population ?? 0), 0) / total })
  }
  if (total <= 0 || rows.length === 0) return null
  return (
    <figure className="card chart" aria-labelledby="population-chart-title">
      <figcaption>
        <h2 id="population-chart-title">{t('members.chartTitle')}</h2>
        <p className="field-hint">{t('members.chartNote')}</p>
      </figcaption>
      {/* The picture repeats the table for sighted users; screen readers get the table. */}
      <div aria-hidden="true" style={{ height: rows.length * 34 + 10 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 64, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <XAxis type="number" hide domain={[0, 'dataMax']} />
            <YAxis type="category" dataKey="name" width={170} stroke="#5b6675" fontSize={13} tickLine={false} interval={0} />
            <Bar dataKey="share" fill="#1d5c8c" radius={[0, 3, 3, 0]} isAnimationActive={false} barSize={20}>
              <LabelList dataKey="share" position="right" formatter={(value: unknown) => formatShare(Number(value))} fill="#1b2430" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
