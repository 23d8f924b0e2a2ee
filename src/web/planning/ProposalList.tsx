import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatNumber, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { ErrorSummary } from '../ui/Status'
import { CRITERIA, SCREENING_BADGE } from './labels'
import type { RoundChanges } from './queries'
import { usePlanningRights } from './rights'
import type { Proposal, RoundDetail } from './types'

/** The round's proposals: who stands behind each, the screening questions answered, the screening and the cost. */
export function ProposalList({ round, changes, onScreen }: { round: RoundDetail; changes: RoundChanges; onScreen: (proposal: Proposal, opener: HTMLElement) => void }) {
  const { t } = useTranslation()
  const [announcement, setAnnouncement] = useState('')
  const counts = { accepted: 0, pending: 0, merged: 0, rejected: 0 }
  for (const p of round.proposals) counts[p.screening] += 1
  return (
    <section className="card" aria-labelledby="proposals-heading" id="proposals">
      <h2 id="proposals-heading">{t('planning.proposals.title', { count: round.proposals.length })}</h2>
      <p className="field-hint">{t('planning.proposals.intro', { count: round.minMembers, min: round.minMembers })}</p>
      {round.proposals.length > 0 && <p className="summary-line">{t('planning.proposals.summary', counts)}</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorSummary error={changes.cosign.error} />
      {round.proposals.length === 0 ? (
        <p className="empty">{t('planning.proposals.none')}</p>
      ) : (
        <ol className="proposal-list">
          {round.proposals.map((proposal) => (
            <li key={proposal.id}>
              <ProposalCard round={round} proposal={proposal} changes={changes} onScreen={onScreen} onAnnounce={setAnnouncement} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function ProposalCard({ round, proposal, changes, onScreen, onAnnounce }: { round: RoundDetail; proposal: Proposal; changes: RoundChanges; onScreen: (proposal: Proposal, opener: HTMLElement) => void; onAnnounce: (text: string) => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = usePlanningRights()
  const headingId = `proposal-${proposal.number}-title`
  const mergedInto = round.proposals.find((p) => p.id === proposal.mergedIntoId)
  // A representative co-signs for its own member; the office names co-signers when it submits.
  const signers = rights.actsForAnyMember ? [] : rights.actingMembers(round.members).filter((m) => m.memberId !== proposal.proposingMemberId)
  const mayCosign = round.allowed.includes('cosign')
  const mayScreen = round.allowed.includes('screen') && rights.manageRound
  const answer = (yes: boolean) => <span className={yes ? 'verdict verdict-yes' : 'verdict planning-verdict-no'}>{yes ? t('common.yes') : t('common.no')}</span>
  const cosign = (memberId: string, name: string, sign: boolean) =>
    changes.cosign.mutate(
      { proposalId: proposal.id, memberId, sign },
      { onSuccess: () => onAnnounce(t(sign ? 'planning.proposals.signedAnnounce' : 'planning.proposals.withdrawnAnnounce', { member: name, number: proposal.number })) },
    )
  return (
    <article className="proposal" aria-labelledby={headingId}>
      <div className="proposal-heading">
        <h3 id={headingId}>{t('planning.proposals.heading', { number: proposal.number, title: proposal.title })}</h3>
        <span className={SCREENING_BADGE[proposal.screening]}>{t(`planning.screening.${proposal.screening}`)}</span>
      </div>
      <p className="proposal-need">{proposal.need}</p>
      {proposal.expectedBenefit && <p className="proposal-benefit">{t('planning.proposals.benefit', { text: proposal.expectedBenefit })}</p>}
      <dl className="facts proposal-facts">
        <div>
          <dt>{t('planning.proposals.proposer')}</dt>
          <dd>{proposal.proposingMemberName}</dd>
        </div>
        <div>
          <dt>{t('planning.proposals.cosigners')}</dt>
          <dd>{proposal.cosigners.length > 0 ? proposal.cosigners.map((c) => c.name).join(', ') : t('planning.proposals.noCosigners')}</dd>
        </div>
        {proposal.invited.length > 0 && (
          <div>
            <dt>{t('planning.proposals.invited')}</dt>
            <dd>{proposal.invited.map((c) => c.name).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('planning.proposals.membersConcerned')}</dt>
          <dd>
            {t('planning.proposals.membersOfMin', { count: proposal.membersConcerned, min: round.minMembers })} {answer(proposal.enoughMembers)}
          </dd>
        </div>
        <div>
          <dt>{t('planning.proposals.cost')}</dt>
          <dd>{formatOre(proposal.estimatedCostOre)}</dd>
        </div>
        {proposal.estimatedEffortHours > 0 && (
          <div>
            <dt>{t('planning.proposals.effort')}</dt>
            <dd>{t('planning.proposals.hours', { count: proposal.estimatedEffortHours, hours: formatNumber(proposal.estimatedEffortHours) })}</dd>
          </div>
        )}
        {proposal.areas.length > 0 && (
          <div>
            <dt>{t('planning.proposals.areas')}</dt>
            <dd>{proposal.areas.map((area) => t(`areas.${area}`)).join(', ')}</dd>
          </div>
        )}
      </dl>
      <h4 className="proposal-subheading">{t('planning.criteria.title')}</h4>
      <dl className="criteria-list">
        {CRITERIA.map((criterion) => (
          <div key={criterion}>
            <dt>{t(`planning.criteria.${criterion}`)}</dt>
            <dd>{answer(proposal[criterion])}</dd>
          </div>
        ))}
      </dl>
      {proposal.criteriaComment && <p className="field-hint">{t('planning.criteria.comment', { text: proposal.criteriaComment })}</p>}
      {(proposal.screening === 'merged' || proposal.screening === 'rejected' || proposal.screeningReason !== '') && (
        <p className="proposal-screening">
          <strong>{t(`planning.screening.${proposal.screening}`)}</strong>
          {mergedInto && ` ${t('planning.proposals.mergedInto', { number: mergedInto.number, title: mergedInto.title })}`}
          {proposal.screeningReason && ` ${t('planning.proposals.reason', { reason: proposal.screeningReason })}`}
        </p>
      )}
      {proposal.initiativeId && (
        <p>
          <Link to={`/collaborations/${collaboration.id}/initiatives/${proposal.initiativeId}`}>{t('planning.proposals.initiative', { title: proposal.title })}</Link>
        </p>
      )}
      {((mayCosign && signers.length > 0) || mayScreen) && (
        <div className="planning-actions">
          {mayCosign &&
            signers.map((member) => {
              const signed = proposal.cosigners.some((c) => c.memberId === member.memberId)
              return (
                <button
                  key={member.memberId}
                  type="button"
                  className="button button-secondary button-small"
                  disabled={changes.cosign.isPending}
                  onClick={() => cosign(member.memberId, member.name, !signed)}
                >
                  {signed ? t('planning.proposals.withdraw', { member: member.name, number: proposal.number }) : t('planning.proposals.cosign', { member: member.name, number: proposal.number })}
                </button>
              )
            })}
          {mayScreen && (
            <button type="button" className="button button-secondary button-small" onClick={(e) => onScreen(proposal, e.currentTarget)}>
              {proposal.screening === 'pending' ? t('planning.proposals.screen', { number: proposal.number }) : t('planning.proposals.rescreen', { number: proposal.number })}
            </button>
          )}
        </div>
      )}
    </article>
  )
}
