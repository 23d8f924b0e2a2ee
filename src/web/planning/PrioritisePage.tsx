import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatDate, formatDateTime, formatNumber } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { SelectField } from '../ui/SelectField'
import { QueryView } from '../ui/Status'
import { reached } from './labels'
import { PointsBallot, RankingBallot } from './BallotForms'
import { useBallot, useRoundChanges } from './queries'
import { RoundPageFrame } from './RoundLoader'
import { usePlanningRights } from './rights'
import type { Ballot, RoundDetail } from './types'

/** Prioritera: the member's own points or ranking while prioritisation is open, and who has handed in. */
export function PrioritisePage() {
  const { t } = useTranslation()
  return <RoundPageFrame page={t('planning.prioritise.title')}>{(round) => <PrioritiseView round={round} />}</RoundPageFrame>
}

function PrioritiseView({ round }: { round: RoundDetail }) {
  const { t } = useTranslation()
  const rights = usePlanningRights()
  const members = rights.actingMembers(round.members)
  const [memberId, setMemberId] = useState(members.length === 1 ? (members[0]?.memberId ?? '') : '')
  if (!rights.actsForMembers) return <p className="card empty">{t('planning.prioritise.notForYou')}</p>
  const member = members.find((m) => m.memberId === memberId)
  return (
    <>
      <div className="two-columns planning-stage-columns">
        <section className="card" aria-labelledby="ballot-member-heading">
          <h2 id="ballot-member-heading">{t('planning.prioritise.howTitle')}</h2>
          <p>{round.ballotKind === 'points' ? t('planning.prioritise.howPoints', { count: round.pointsPerMember, points: round.pointsPerMember }) : t('planning.prioritise.howRanking')}</p>
          <p className="field-hint">{t('planning.prioritise.sealed')}</p>
          {members.length > 1 ? (
            <SelectField
              id="ballot-member"
              label={t('planning.prioritise.member')}
              hint={t('planning.prioritise.memberHint')}
              value={memberId}
              onChange={setMemberId}
              empty={t('planning.prioritise.chooseMember')}
              options={members.map((m) => ({ value: m.memberId, label: m.name }))}
            />
          ) : (
            <p className="acting-for">{t('planning.prioritise.forMember', { member: member?.name ?? '' })}</p>
          )}
        </section>
        <HandedIn round={round} />
      </div>
      {member && <MemberBallot key={member.memberId} round={round} memberId={member.memberId} memberName={member.name} />}
    </>
  )
}

/** Who has handed in, never what: before the close the API keeps every member's content sealed. */
function HandedIn({ round }: { round: RoundDetail }) {
  const { t } = useTranslation()
  const handedIn = new Map(round.prioritised.map((p) => [p.memberId, p.submittedAt]))
  return (
    <section className="card" aria-labelledby="handed-in-heading">
      <h2 id="handed-in-heading">{t('planning.prioritise.handedInTitle')}</h2>
      <p className="summary-line">{t('planning.prioritise.handedInCount', { count: round.prioritised.length, members: round.members.length })}</p>
      <ul className="plain-list planning-handed-in">
        {[...round.members].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m) => {
          const at = handedIn.get(m.memberId)
          return (
            <li key={m.memberId}>
              <span>{m.name}</span> {at ? <span className="verdict verdict-yes">{t('planning.prioritise.handedInAt', { date: formatDate(at) })}</span> : <span className="muted">{t('planning.prioritise.notYet')}</span>}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function MemberBallot({ round, memberId, memberName }: { round: RoundDetail; memberId: string; memberName: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const ballot = useBallot(collaboration.id, round.id, memberId)
  const changes = useRoundChanges(collaboration.id, round.id)
  const open = round.allowed.includes('prioritise')
  const published = round.proposals.filter((p) => p.screening === 'accepted')
  const opensOn = round.stages.find((s) => s.key === 'published')?.startsOn ?? ''
  const closesOn = round.stages.find((s) => s.key === 'prioritisation_closed')?.startsOn ?? ''
  return (
    <section className="card" aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">{t('planning.prioritise.ballotTitle', { member: memberName })}</h2>
      <QueryView query={ballot}>
        {(saved: Ballot | null) => (
          <>
            {saved ? <p className="summary-line">{t('planning.prioritise.saved', { date: formatDateTime(saved.submittedAt), by: saved.submittedBy })}</p> : <p className="summary-line">{t('planning.prioritise.notSaved')}</p>}
            {open ? (
              <>
                <p className="field-hint">{t('planning.prioritise.closes', { date: formatDate(closesOn) })}</p>
                {published.length === 0 ? (
                  <p className="empty">{t('planning.prioritise.noProposals')}</p>
                ) : round.ballotKind === 'points' ? (
                  <PointsBallot round={round} proposals={published} memberId={memberId} saved={saved} changes={changes} />
                ) : (
                  <RankingBallot round={round} proposals={published} memberId={memberId} saved={saved} changes={changes} />
                )}
              </>
            ) : reached(round.stage, 'prioritisation_closed') ? (
              <>
                <p>{t('planning.prioritise.closed')}</p>
                {saved && <SavedBallot round={round} saved={saved} />}
                <p>
                  <Link to="../results" relative="path">
                    {t('planning.now.results')}
                  </Link>
                </p>
              </>
            ) : (
              <p>{t('planning.prioritise.notOpen', { date: formatDate(opensOn) })}</p>
            )}
          </>
        )}
      </QueryView>
    </section>
  )
}

/** A handed-in ballot, read only, after the close. */
function SavedBallot({ round, saved }: { round: RoundDetail; saved: Ballot }) {
  const { t } = useTranslation()
  const name = (id: string) => {
    const p = round.proposals.find((x) => x.id === id)
    return p ? t('planning.proposals.heading', { number: p.number, title: p.title }) : id
  }
  if (saved.ranking) {
    return (
      <ol className="planning-saved-ranking">
        {saved.ranking.map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ol>
    )
  }
  return (
    <ul className="plain-list">
      {Object.entries(saved.points ?? {}).map(([id, points]) => (
        <li key={id}>
          {name(id)}: {t('planning.prioritise.pointsValue', { count: points, points: formatNumber(points) })}
        </li>
      ))}
    </ul>
  )
}
