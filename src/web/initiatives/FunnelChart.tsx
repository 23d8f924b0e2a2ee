import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { formatNumber } from '../../shared/format'
import type { ProcessFunnel } from '../api/types'
import { ChartTable } from '../ui/ChartTable'

/** How many initiatives reached each phase of one process model, as bars; screen readers get the same figures as a table. */
export function FunnelChart({ process }: { process: ProcessFunnel }) {
  const { t } = useTranslation()
  // On a narrow screen the phase names get less room, so the bars stay visible.
  const [width, setWidth] = useState(800)
  const labelWidth = Math.min(210, Math.round(width * 0.45))
  const rows = process.phases.map((phase, index) => ({ name: `${index + 1}. ${phase.name}`, reached: phase.reached }))
  return (
    <figure className="card chart funnel" aria-labelledby="funnel-title">
      <figcaption>
        <h2 id="funnel-title">{t('portfolio.funnelTitle')}</h2>
        <p className="field-hint">{t('portfolio.funnelNote', { process: process.name })}</p>
      </figcaption>
      <div aria-hidden="true" style={{ height: rows.length * 38 + 10 }}>
        <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 48, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <XAxis type="number" hide domain={[0, (max: number) => Math.max(max, 1)]} allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={labelWidth} stroke="#4f5b6a" fontSize={width < 500 ? 12 : 13} tickLine={false} interval={0} />
            <Bar dataKey="reached" fill="#1d5c8c" radius={[0, 3, 3, 0]} isAnimationActive={false} barSize={22}>
              <LabelList dataKey="reached" position="right" formatter={(value: unknown) => formatNumber(Number(value))} fill="#1b2430" fontSize={13} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption={t('portfolio.funnelCaption')} headings={[t('portfolio.phase'), t('portfolio.reached'), t('portfolio.current')]} rows={process.phases} rowKey={(phase) => phase.key} cells={(phase) => [phase.name, formatNumber(phase.reached), formatNumber(phase.current)]} />
    </figure>
  )
}
