import { useTranslation } from 'react-i18next'
import { Bar, CartesianGrid, ComposedChart, LabelList, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatNumber, formatOre } from '../../shared/format'
import { axisKronor, legendText } from '../finance/OverviewCharts'
import type { MemberInput, Results } from './types'
import { ChartFigure, HorizontalBars } from '../ui/ChartFigure'
import { ChartTable } from '../ui/ChartTable'

export const FUNDED_COLOUR = '#1e6b3a'
export const BANK_COLOUR = '#a34f0b'
const FRAME_COLOUR = '#a3261f'
/** Distinct enough side by side, each dark enough against white (3:1 for graphics). */
const MEMBER_COLOURS = ['#1d5c8c', '#6b3fa0', '#0f6e74', '#b03a78', '#7a5c00', '#3d4a57', '#a3261f', '#2f6fb0', '#5d7f1a', '#8a4b2a', '#1e6b3a', '#a34f0b']

/** A row's score beside whichever of its two bars (fits or bank) it has; the other is 0 and unlabelled. */
const scoreLabel = (value: unknown) => (Number(value) > 0 ? formatNumber(Number(value)) : '')
const shorten = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** Room for the proposal names beside horizontal bars. */
const PROPOSAL_LABEL_WIDTH = 240

/** Each proposal's score in rank order, green where it fits the frame and brown where it goes to the bank; the same as a table. */
export function ScoreChart({ results }: { results: Results }) {
  const { t } = useTranslation()
  const funded = t('planning.fit.funded')
  const bank = t('planning.fit.bank')
  const rows = results.ranking.map((r) => ({ name: `${r.rank}. ${shorten(r.title)}`, funded: r.fit === 'funded' ? r.score : 0, bank: r.fit === 'bank' ? r.score : 0 }))
  return (
    <ChartFigure
      className="card chart planning-chart"
      titleId="score-chart-title"
      title={t('planning.results.scoreChartTitle')}
      note={t('planning.results.scoreChartNote')}
      height={rows.length * 34 + 50}
      table={<ChartTable caption={t('planning.results.scoreChartCaption')} headings={[t('planning.results.proposal'), t('planning.results.score'), t('planning.results.fit')]} rows={results.ranking} rowKey={(r) => r.proposalId} cells={(r) => [t('planning.results.rankedTitle', { rank: r.rank, number: r.number, title: r.title }), formatNumber(r.score), t(`planning.fit.${r.fit}`)]} />}
    >
      <HorizontalBars rows={rows} maxLabelWidth={PROPOSAL_LABEL_WIDTH} marginRight={56} domain={[0, (max: number) => Math.max(max, 1)]}>
        <Legend formatter={legendText} />
        <Bar dataKey="funded" name={funded} stackId="score" fill={FUNDED_COLOUR} isAnimationActive={false} barSize={20}>
          <LabelList dataKey="funded" position="right" formatter={scoreLabel} fill="#1b2430" fontSize={12} />
        </Bar>
        <Bar dataKey="bank" name={bank} stackId="score" fill={BANK_COLOUR} isAnimationActive={false} barSize={20}>
          <LabelList dataKey="bank" position="right" formatter={scoreLabel} fill="#1b2430" fontSize={12} />
        </Bar>
      </HorizontalBars>
    </ChartFigure>
  )
}

/** Each proposal's cost in rank order, the running total of what fits, and the budget frame as a line. */
export function BudgetFitChart({ results }: { results: Results }) {
  const { t } = useTranslation()
  const funded = t('planning.fit.funded')
  const bank = t('planning.fit.bank')
  const cumulative = t('planning.results.cumulative')
  const rows = results.ranking.map((r) => ({ label: t('planning.results.axisNumber', { number: r.number }), funded: r.fit === 'funded' ? r.estimatedCostOre : 0, bank: r.fit === 'bank' ? r.estimatedCostOre : 0, cumulative: r.cumulativeOre }))
  const top = Math.max(results.budgetFrameOre, ...results.ranking.map((r) => Math.max(r.estimatedCostOre, r.cumulativeOre ?? 0)), 1)
  return (
    <figure className="card chart planning-chart" aria-labelledby="fit-chart-title">
      <figcaption>
        <h2 id="fit-chart-title">{t('planning.results.fitChartTitle')}</h2>
        <p className="field-hint">{t('planning.results.fitChartNote', { frame: formatOre(results.budgetFrameOre) })}</p>
      </figcaption>
      <div aria-hidden="true" style={{ height: 300 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 24, right: 24, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e8ee" vertical={false} />
            <XAxis dataKey="label" stroke="#4f5b6a" fontSize={12} tickLine={false} interval={0} />
            <YAxis stroke="#4f5b6a" fontSize={12} tickFormatter={axisKronor} width={84} domain={[0, Math.ceil(top * 1.1)]} />
            <Tooltip formatter={(value: unknown) => formatOre(Number(value))} />
            <Legend formatter={legendText} />
            <Bar dataKey="funded" name={funded} stackId="cost" fill={FUNDED_COLOUR} isAnimationActive={false} />
            <Bar dataKey="bank" name={bank} stackId="cost" fill={BANK_COLOUR} isAnimationActive={false} />
            <Line dataKey="cumulative" name={cumulative} stroke="#1d5c8c" strokeWidth={3} connectNulls isAnimationActive={false} />
            <ReferenceLine
              y={results.budgetFrameOre}
              stroke={FRAME_COLOUR}
              strokeWidth={2}
              strokeDasharray="6 4"
              label={{ value: t('planning.results.frameLine', { frame: formatOre(results.budgetFrameOre) }), position: 'insideTopRight', fill: FRAME_COLOUR, fontSize: 12, fontWeight: 600 }}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption={t('planning.results.fitChartCaption', { frame: formatOre(results.budgetFrameOre) })} headings={[t('planning.results.proposal'), t('planning.results.cost'), cumulative, t('planning.results.fit')]} rows={results.ranking} rowKey={(r) => r.proposalId} cells={(r) => [t('planning.results.rankedTitle', { rank: r.rank, number: r.number, title: r.title }), formatOre(r.estimatedCostOre), formatOre(r.cumulativeOre), t(`planning.fit.${r.fit}`)]} />
    </figure>
  )
}

/** How much each member's input gave each proposal, stacked, for the members on the table's page; the table beside it carries the figures. */
export function MemberScoreChart({ results, inputs }: { results: Results; inputs: MemberInput[] }) {
  const { t } = useTranslation()
  const voters = inputs.map((input) => input.memberId)
  const names = new Map(inputs.map((input) => [input.memberId, input.memberName]))
  const memberName = (memberId: string) => names.get(memberId) ?? memberId
  const scoreOf = new Map(inputs.flatMap((input) => input.scores.map((s) => [`${input.memberId}/${s.proposalId}`, s.score] as const)))
  const score = (memberId: string, proposalId: string) => scoreOf.get(`${memberId}/${proposalId}`) ?? 0
  const rows = results.ranking.map((r) => ({ name: `${r.rank}. ${shorten(r.title)}`, ...Object.fromEntries(voters.map((memberId) => [memberId, score(memberId, r.proposalId)])) }))
  if (voters.length === 0) return null
  return (
    <ChartFigure
      className="card chart planning-chart"
      titleId="member-chart-title"
      heading="h3"
      title={t('planning.votes.chartTitle')}
      note={t('planning.votes.chartNote')}
      height={rows.length * 34 + 70}
      table={
        <ChartTable
          caption={t('planning.votes.chartCaption')}
          headings={[t('planning.results.proposal'), ...voters.map(memberName)]}
          rows={results.ranking}
          rowKey={(r) => r.proposalId}
          cells={(r) => [t('planning.results.rankedTitle', { rank: r.rank, number: r.number, title: r.title }), ...voters.map((memberId) => formatNumber(score(memberId, r.proposalId)))]}
        />
      }
    >
      <HorizontalBars rows={rows} maxLabelWidth={PROPOSAL_LABEL_WIDTH} marginRight={24} domain={[0, (max: number) => Math.max(max, 1)]}>
        <Tooltip formatter={(value: unknown) => formatNumber(Number(value))} />
        {/* Past a dozen members a legend is a wall of names; the tooltip and the table carry them. */}
        {voters.length <= MEMBER_COLOURS.length && <Legend formatter={legendText} />}
        {voters.map((memberId, i) => (
          <Bar key={memberId} dataKey={memberId} name={memberName(memberId)} stackId="members" fill={MEMBER_COLOURS[i % MEMBER_COLOURS.length]} isAnimationActive={false} barSize={20} />
        ))}
      </HorizontalBars>
    </ChartFigure>
  )
}
