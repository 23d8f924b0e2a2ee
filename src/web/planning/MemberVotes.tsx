import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime, formatNumber } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { PageCount, Pager } from '../ui/Pager'
import { QueryView } from '../ui/Status'
import { Table } from '../ui/Table'
import { useMemberInputs } from './queries'
import { MemberScoreChart } from './ResultCharts'
import type { MemberInput, Method, Results, RoundDetail, Weighting } from './types'

/** Members per page of the members × proposals table: a page is read on demand, not every ballot with the results. */
const MEMBERS_PER_PAGE = 25

/** What one member gave one proposal: its points, or its place in the member's ranking ("–" when left out). */
function cell(input: MemberInput, proposalId: string): string {
  if (input.points) return formatNumber(input.points[proposalId] ?? 0)
  const place = input.ranking?.indexOf(proposalId) ?? -1
  return place < 0 ? '–' : String(place + 1)
}

/** Hur varje medlem prioriterade: members × proposals, open to every member once prioritisation has closed. */
export function MemberVotes({ round, results, view }: { round: RoundDetail; results: Results; view: { method?: Method; weighting?: Weighting } }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [page, setPage] = useState(1)
  const inputs = useMemberInputs(collaboration.id, round.id, view, page, MEMBERS_PER_PAGE)
  const ranking = round.ballotKind === 'ranking'
  return (
    <>
      <section className="card table-card" aria-labelledby="votes-heading" id="votes">
        <h2 id="votes-heading" className="card-heading planning-card-heading">
          {t('planning.votes.title')}
        </h2>
        <p className="field-hint planning-card-text">{ranking ? t('planning.votes.introRanking') : t('planning.votes.introPoints', { points: round.pointsPerMember })}</p>
        {results.voted === 0 ? (
          <p className="empty planning-card-text">{t('planning.votes.none')}</p>
        ) : (
          <QueryView query={inputs}>
            {(list) => (
              <>
                <PageCount info={list} shown={list.items.length} className="pager-count planning-card-text" />
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
                    {list.items.map((input) => (
                      <tr key={input.memberId}>
                        <th scope="row">{input.memberName}</th>
                        {results.ranking.map((r) => (
                          <td key={r.proposalId} className="numeric">
                            {cell(input, r.proposalId)}
                          </td>
                        ))}
                        <td className="cell-secondary nowrap">{formatDateTime(input.submittedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <Pager info={list} onPage={setPage} label={t('planning.votes.pages')} />
              </>
            )}
          </QueryView>
        )}
        {results.abstained.length > 0 && <p className="planning-card-text">{t('planning.votes.abstained', { count: results.abstained.length, names: results.abstained.map((a) => a.name).join(', ') })}</p>}
      </section>
      {inputs.data && inputs.data.items.length > 0 && <MemberScoreChart results={results} inputs={inputs.data.items} />}
    </>
  )
}
