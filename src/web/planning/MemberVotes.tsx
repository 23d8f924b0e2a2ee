import { useTranslation } from 'react-i18next'
import { formatDateTime, formatNumber } from '../../shared/format'
import { Table } from '../ui/Table'
import { MemberScoreChart } from './ResultCharts'
import type { Ballot, Results, RoundDetail } from './types'

/** What one member gave one proposal: its points, or its place in the member's ranking ("–" when left out). */
function cell(ballot: Ballot, proposalId: string): string {
  if (ballot.points) return formatNumber(ballot.points[proposalId] ?? 0)
  const place = ballot.ranking?.indexOf(proposalId) ?? -1
  return place < 0 ? '–' : String(place + 1)
}

/** Hur varje medlem prioriterade: members × proposals, open to every member once prioritisation has closed. */
export function MemberVotes({ round, results }: { round: RoundDetail; results: Results }) {
  const { t } = useTranslation()
  const names = new Map(round.members.map((m) => [m.memberId, m.name]))
  for (const ballot of results.ballots) if (!names.has(ballot.memberId)) names.set(ballot.memberId, ballot.memberName)
  const memberName = (memberId: string) => names.get(memberId) ?? memberId
  const ranking = round.ballotKind === 'ranking'
  return (
    <>
      <section className="card table-card" aria-labelledby="votes-heading" id="votes">
        <h2 id="votes-heading" className="card-heading planning-card-heading">
          {t('planning.votes.title')}
        </h2>
        <p className="field-hint planning-card-text">{ranking ? t('planning.votes.introRanking') : t('planning.votes.introPoints', { points: round.pointsPerMember })}</p>
        {results.ballots.length === 0 ? (
          <p className="empty planning-card-text">{t('planning.votes.none')}</p>
        ) : (
          <Table captionId="votes-caption" caption={t('planning.votes.caption', { title: round.title })} captionClassName="visually-hidden" className="planning-table planning-votes">
            <thead>
              <tr>
                <th scope="col">{t('planning.votes.member')}</th>
                {results.ranking.map((r) => (
                  <th key={r.proposalId} scope="col" className="numeric">
                    <abbr title={r.title}>{t('planning.results.axisNumber', { number: r.number })}</abbr>
                    <span className="visually-hidden"> {r.title}</span>
                  </th>
                ))}
                <th scope="col">{t('planning.votes.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {results.ballots.map((ballot) => (
                <tr key={ballot.memberId}>
                  <th scope="row">{memberName(ballot.memberId)}</th>
                  {results.ranking.map((r) => (
                    <td key={r.proposalId} className="numeric">
                      {cell(ballot, r.proposalId)}
                    </td>
                  ))}
                  <td className="cell-secondary nowrap">{formatDateTime(ballot.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {results.abstained.length > 0 && <p className="planning-card-text">{t('planning.votes.abstained', { count: results.abstained.length, names: results.abstained.map((a) => a.name).join(', ') })}</p>}
      </section>
      <MemberScoreChart results={results} memberName={memberName} />
    </>
  )
}
