import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router-dom'
import { formatDate, formatNumber, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { PageToc } from '../ui/PageToc'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { FIT_BADGE, METHODS, WEIGHTINGS } from './labels'
import { MemberVotes } from './MemberVotes'
import { useResults } from './queries'
import { BudgetFitChart, ScoreChart } from './ResultCharts'
import { RoundPageFrame } from './RoundLoader'
import type { Method, Results, RoundDetail, Weighting } from './types'

/** Resultat: the ranking fitted to the frame, how it was counted, every member's input and what went to the bank. */
export function ResultsPage() {
  const { t } = useTranslation()
  return <RoundPageFrame page={t('planning.results.title')}>{(round) => <ResultsView round={round} />}</RoundPageFrame>
}

/** The method and weighting in the address (?method=borda&weighting=population): another view of the same ballots. */
function useView(round: RoundDetail): { method: Method; weighting: Weighting; whatIf: boolean; set: (next: { method: Method; weighting: Weighting }) => void } {
  const [params, setParams] = useSearchParams()
  const asked = params.get('method')
  const method: Method = asked === 'borda' || (asked === 'points' && round.ballotKind === 'points') ? asked : round.method
  const weighting: Weighting = params.get('weighting') === 'population' ? 'population' : params.get('weighting') === 'equal' ? 'equal' : round.weighting
  const set = (next: { method: Method; weighting: Weighting }) => {
    const changed = new URLSearchParams(params)
    for (const [key, value, own] of [['method', next.method, round.method], ['weighting', next.weighting, round.weighting]] as const) {
      if (value === own) changed.delete(key)
      else changed.set(key, value)
    }
    setParams(changed, { replace: true })
  }
  return { method, weighting, whatIf: method !== round.method || weighting !== round.weighting, set }
}

function ResultsView({ round }: { round: RoundDetail }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const open = round.allowed.includes('see_results')
  const view = useView(round)
  const results = useResults(collaboration.id, round.id, view.whatIf ? { method: view.method, weighting: view.weighting } : {}, open)
  if (!open) {
    const closes = round.stages.find((s) => s.key === 'prioritisation_closed')?.startsOn ?? ''
    return <p className="card">{t('planning.results.notYet', { date: formatDate(closes) })}</p>
  }
  const sections = [
    { id: 'method', label: t('planning.results.methodTitle') },
    { id: 'ranking', label: t('planning.results.rankingTitle') },
    { id: 'votes', label: t('planning.votes.title') },
    { id: 'bank', label: t('planning.results.bankTitle') },
  ]
  return (
    <QueryView query={results}>
      {(data) => (
        <>
          <div className="two-columns planning-stage-columns">
            <section className="card" aria-labelledby="method-heading" id="method">
              <h2 id="method-heading">{t('planning.results.methodTitle')}</h2>
              <div className="planning-view-picker" role="group" aria-label={t('planning.results.viewLabel')}>
                <SelectField
                  id="view-method"
                  label={t('planning.results.method')}
                  value={view.method}
                  onChange={(method) => view.set({ method, weighting: view.weighting })}
                  options={METHODS.filter((m) => m === 'borda' || round.ballotKind === 'points').map((m) => ({ value: m, label: m === round.method ? t('planning.results.roundsOwn', { name: t(`planning.method.${m}`) }) : t(`planning.method.${m}`) }))}
                />
                <SelectField
                  id="view-weighting"
                  label={t('planning.results.weighting')}
                  value={view.weighting}
                  onChange={(weighting) => view.set({ method: view.method, weighting })}
                  options={WEIGHTINGS.map((w) => ({ value: w, label: w === round.weighting ? t('planning.results.roundsOwn', { name: t(`planning.weighting.${w}`) }) : t(`planning.weighting.${w}`) }))}
                />
              </div>
              {view.whatIf && (
                <div className="alert alert-info" role="status">
                  {t('planning.results.whatIf', { method: t(`planning.method.${round.method}`), weighting: t(`planning.weighting.${round.weighting}`) })}
                </div>
              )}
              <p className="planning-method-text">{data.description}</p>
            </section>
            <PageToc title={t('planning.results.toc')} sections={sections} />
          </div>
          <RankingTable round={round} results={data} />
          <div className="planning-charts">
            <ScoreChart results={data} />
            <BudgetFitChart results={data} />
          </div>
          <MemberVotes round={round} results={data} view={view.whatIf ? { method: view.method, weighting: view.weighting } : {}} />
          <BankSection results={data} />
        </>
      )}
    </QueryView>
  )
}

function RankingTable({ round, results }: { round: RoundDetail; results: Results }) {
  const { t } = useTranslation()
  const voted = results.voted
  return (
    <section className="card table-card" aria-labelledby="ranking-heading" id="ranking">
      <h2 id="ranking-heading" className="card-heading planning-card-heading">
        {t('planning.results.rankingTitle')}
      </h2>
      <dl className="facts planning-card-text">
        <div>
          <dt>{t('planning.results.frame')}</dt>
          <dd className="figure">{formatOre(results.budgetFrameOre)}</dd>
        </div>
        <div>
          <dt>{t('planning.results.used')}</dt>
          <dd className="figure">{formatOre(results.usedOre)}</dd>
        </div>
        <div>
          <dt>{t('planning.results.left')}</dt>
          <dd className="figure">{formatOre(results.leftOre)}</dd>
        </div>
        <div>
          <dt>{t('planning.results.voted')}</dt>
          <dd>{t('planning.results.votedOf', { count: voted, members: round.members.length })}</dd>
        </div>
      </dl>
      <Table captionId="ranking-caption" caption={t('planning.results.rankingCaption', { title: round.title })} captionClassName="visually-hidden" className="planning-table">
        <ColumnHeads
          columns={[
            numeric(t('planning.results.rank')), t('planning.results.proposal'), numeric(t('planning.results.score')),
            numeric(t('planning.results.supporters')), numeric(t('planning.results.cost')),
            numeric(t('planning.results.cumulative')), t('planning.results.fit'),
          ]}
        />
        <tbody>
          {results.ranking.map((r) => (
            <tr key={r.proposalId} className={r.fit === 'bank' ? 'planning-row-bank' : undefined}>
              <td className="numeric">{r.rank}</td>
              <th scope="row" className="cell-wrap">
                {t('planning.proposals.heading', { number: r.number, title: r.title })}
                <span className="cell-secondary">{r.proposingMemberName}</span>
                {r.tieBrokenBy && <span className="cell-secondary planning-tie">{t(`planning.results.tieBy.${r.tieBrokenBy}`)}</span>}
              </th>
              <td className="numeric">{formatNumber(r.score)}</td>
              <td className="numeric">{formatNumber(r.supporters)}</td>
              <td className="numeric">{formatOre(r.estimatedCostOre)}</td>
              <td className="numeric">{r.cumulativeOre === null ? '' : formatOre(r.cumulativeOre)}</td>
              <td>
                <span className={FIT_BADGE[r.fit]}>{t(`planning.fit.${r.fit}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <TotalRow label={t('planning.results.frameRow')} colSpan={4}>
          <td className="numeric">{formatOre(results.budgetFrameOre)}</td>
          <td className="numeric">{formatOre(results.usedOre)}</td>
          <td>{t('planning.results.leftShort', { left: formatOre(results.leftOre) })}</td>
        </TotalRow>
      </Table>
      <p className="field-hint planning-card-text">{t('planning.results.fitRule')}</p>
    </section>
  )
}

function BankSection({ results }: { results: Results }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const banked = results.ranking.filter((r) => r.fit === 'bank')
  return (
    <section className="card" aria-labelledby="bank-heading" id="bank">
      <h2 id="bank-heading">{t('planning.results.bankTitle')}</h2>
      <p className="field-hint">{t('planning.results.bankIntro')}</p>
      {banked.length === 0 ? (
        <p className="empty">{t('planning.results.bankNone')}</p>
      ) : (
        <ul className="plain-list planning-bank-list">
          {banked.map((r) => (
            <li key={r.proposalId}>
              {t('planning.proposals.heading', { number: r.number, title: r.title })} <span className="muted">{formatOre(r.estimatedCostOre)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/collaborations/${collaboration.id}/planning/project-bank`}>{t('planning.results.toBank')}</Link>
      </p>
    </section>
  )
}
