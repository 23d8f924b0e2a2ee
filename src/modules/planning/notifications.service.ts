import { today as clockToday } from '../../server/clock'
import { representedMembers } from '../../server/http/access'
import { actingUserId, type Ctx } from '../../server/http/context'
import { groupBy } from '../../shared/group-by'
import * as notices from './notifications.repository'
import * as repo from './planning.repository'
import { STAGE_NAMES } from './planning.service'
import { allowed, currentStage } from './stages'

/**
 * The bell: a stage that opened in the last 30 days, a request to co-sign, and for a representative a
 * prioritisation its member has not handed in. The reactions to a change (a request to co-sign, a stage
 * opened by hand) are stored by the subscribers in notifications.subscribers.ts; dated ones (a scheduled
 * stage opening, a prioritisation not handed in) follow from the rounds' state and the date. Each shows
 * only while it still holds.
 */
export async function myNotifications(ctx: Ctx) {
  const userId = actingUserId(ctx)
  const collaborationIds = [...new Set(ctx.actor.grants.map((g) => g.collaborationId))]
  if (collaborationIds.length === 0) return []
  const [read, { rounds, stages }] = await Promise.all([repo.listReadKeys(ctx.db, userId), notices.roundsWithStages(ctx.db, collaborationIds)])
  const stagesOf = groupBy(stages, (s) => s.roundId)
  const today = clockToday()
  const monthAgo = new Date(Date.parse(today) - 30 * 86_400_000).toISOString().slice(0, 10)
  const names_ = STAGE_NAMES[ctx.locale]
  const current = rounds.flatMap((round) => {
    const own = stagesOf.get(round.id) ?? []
    const stage = currentStage(own, today, round.manualStage ? { key: round.manualStage, at: round.manualStageAt! } : null)
    if (stage === 'not_started') return []
    // A stage opened by hand opened the day its stored notice has (written by the subscriber of the move), whatever its scheduled date.
    const since = round.manualStage === stage && round.manualStageSince ? round.manualStageSince : own.find((s) => s.key === stage)!.startsOn
    // The members this person represents there: only their co-signatures and ballots are asked for.
    const members = representedMembers(ctx.actor, round.collaborationId)
    return [{ round, own, stage, since, members, link: `/collaborations/${round.collaborationId}/planning/${round.id}` }]
  })
  const memberIds = [...new Set(current.flatMap((c) => c.members))]
  const [invitations, ballots] = await Promise.all([
    notices.unsignedInvitations(ctx.db, current.filter((c) => c.members.length && allowed(c.stage, 'cosign')).map((c) => c.round.id), memberIds),
    notices.ballotsHandedIn(ctx.db, current.filter((c) => c.members.length && c.stage === 'published').map((c) => c.round.id), memberIds),
  ])
  const invitationsOf = groupBy(invitations, (i) => i.roundId)
  const handedIn = new Set(ballots.map((b) => `${b.roundId}:${b.memberId}`))
  const notes = []
  for (const { round, own, stage, since, members, link } of current) {
    const { collaborationId, collaborationName } = round
    if (since >= monthAgo) {
      const key = `stage:${round.id}:${stage}`
      notes.push({ key, collaborationId, collaborationName, kind: 'stage_opened' as const, text: `${round.title}: ${names_[stage]}.`, link, since, read: read.has(key) })
    }
    if (allowed(stage, 'cosign')) {
      for (const proposal of (invitationsOf.get(round.id) ?? []).filter((i) => members.includes(i.memberId))) {
        const key = `cosign:${proposal.proposalId}:${proposal.memberId}`
        const text = ctx.locale === 'sv' ? `${proposal.proposingMemberName} ber er medunderteckna förslag ${proposal.number}: ${proposal.title}.` : `${proposal.proposingMemberName} asks you to co-sign proposal ${proposal.number}: ${proposal.title}.`
        notes.push({ key, collaborationId, collaborationName, kind: 'cosign_requested' as const, text, link, since: proposal.since, read: read.has(key) })
      }
    }
    if (stage === 'published') {
      const closes = own.find((s) => s.key === 'prioritisation_closed')?.startsOn ?? ''
      for (const memberId of members) {
        if (handedIn.has(`${round.id}:${memberId}`)) continue
        const key = `prio:${round.id}:${memberId}`
        const text = ctx.locale === 'sv' ? `${round.title}: er kommun har inte prioriterat än. Prioriteringen stänger ${closes}.` : `${round.title}: your member has not prioritised yet. Prioritisation closes on ${closes}.`
        notes.push({ key, collaborationId, collaborationName, kind: 'prioritisation_missing' as const, text, link, since, read: read.has(key) })
      }
    }
  }
  return notes.sort((a, b) => (a.since < b.since ? 1 : -1))
}

export async function markRead(ctx: Ctx, key: string) {
  await repo.markRead(ctx.db, actingUserId(ctx), key)
}
