import { groupBy } from '../../shared/group-by'
import type { Duty, DutySource } from '../duties'
import * as notices from './notifications.repository'
import { currentStage, type DatedStage, type StageKey } from './stages'

/** The day before a stage starts: the last day of the one before it. */
const dayBefore = (stages: readonly DatedStage[], key: StageKey) => {
  const starts = stages.find((s) => s.key === key)?.startsOn
  if (!starts) return null
  const day = new Date(`${starts}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() - 1)
  return day.toISOString().slice(0, 10)
}

/**
 * What the planning rounds ask of the members, from four queries for all the collaborations: while proposals
 * are open, each invited member's representatives owe its co-signature by the last day for proposals; while
 * prioritisation is open, each member's representatives owe its priorities by the stage's last day.
 */
export const planningDuties: DutySource = {
  name: 'planning',
  kinds: ['cosign_proposal', 'cast_ballot'],
  async list(db, scope) {
    const { rounds, stages } = await notices.roundsWithStages(db, scope.collaborationIds)
    const stagesOf = groupBy(stages, (s) => s.roundId)
    const open = rounds.map((round) => {
      const own = stagesOf.get(round.id) ?? []
      const stage = currentStage(own, scope.today, round.manualStage ? { key: round.manualStage, at: round.manualStageAt! } : null)
      const since = round.manualStage === stage && round.manualStageSince ? round.manualStageSince : (own.find((s) => s.key === stage)?.startsOn ?? scope.today)
      return { round, own, stage, since }
    })
    const proposing = open.filter((r) => r.stage === 'proposals_open')
    const prioritising = open.filter((r) => r.stage === 'published')
    const [invitations, missing] = await Promise.all([
      notices.unsignedInvitationsOfRounds(db, proposing.map((r) => r.round.id), scope.today),
      notices.membersWithoutBallot(db, prioritising.map((r) => r.round.id), scope.today),
    ])
    const byId = new Map(open.map((r) => [r.round.id, r]))
    const duties: Duty[] = []
    for (const invitation of invitations) {
      const { round, own } = byId.get(invitation.roundId)!
      duties.push({
        key: `cosign_proposal:${invitation.proposalId}:${invitation.memberId}`,
        kind: 'cosign_proposal',
        collaborationId: round.collaborationId,
        owners: [{ role: 'member_representative', memberId: invitation.memberId }],
        member: { id: invitation.memberId, name: invitation.memberName },
        subject: `${invitation.title} (${round.title})`,
        detail: null,
        link: `/collaborations/${round.collaborationId}/planning/${round.id}`,
        dueOn: dayBefore(own, 'proposals_closed'),
        since: invitation.since,
      })
    }
    for (const member of missing) {
      const { round, own, since } = byId.get(member.roundId)!
      duties.push({
        key: `cast_ballot:${round.id}:${member.memberId}`,
        kind: 'cast_ballot',
        collaborationId: round.collaborationId,
        owners: [{ role: 'member_representative', memberId: member.memberId }],
        member: { id: member.memberId, name: member.memberName },
        subject: round.title,
        detail: null,
        link: `/collaborations/${round.collaborationId}/planning/${round.id}/prioritise`,
        dueOn: dayBefore(own, 'prioritisation_closed'),
        since,
      })
    }
    return duties
  },
}
