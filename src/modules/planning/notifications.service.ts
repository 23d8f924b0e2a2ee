import { today as clockToday } from '../../server/clock'
import { actingUserId, type Ctx } from '../../server/http/context'
import { todayInSweden } from '../../shared/format'
import * as repo from './planning.repository'
import { STAGE_NAMES } from './planning.service'
import { allowed, currentStage } from './stages'

/**
 * Notifications follow from the rounds' state rather than being stored: a stage that opened in the last
 * 30 days, and for a representative, a prioritisation its member has not handed in.
 */
export async function myNotifications(ctx: Ctx) {
  const userId = actingUserId(ctx)
  const collaborationIds = [...new Set(ctx.actor.grants.map((g) => g.collaborationId))]
  if (collaborationIds.length === 0) return []
  const read = await repo.listReadKeys(ctx.db, userId)
  const names = new Map((await repo.collaborationNames(ctx.db, collaborationIds)).map((c) => [c.id, c.name]))
  const rounds = await repo.listRounds(ctx.db, collaborationIds)
  const stages = await repo.listStages(ctx.db, rounds.map((r) => r.id))
  const today = clockToday()
  const monthAgo = new Date(Date.parse(today) - 30 * 86_400_000).toISOString().slice(0, 10)
  const names_ = STAGE_NAMES[ctx.locale]
  const notes = []
  for (const round of rounds) {
    const own = stages.filter((s) => s.roundId === round.id)
    const stage = currentStage(own, today, round.manualStage ? { key: round.manualStage, at: round.manualStageAt! } : null)
    if (stage === 'not_started') continue
    // A stage opened by hand opened that day, whatever its scheduled date.
    const since = round.manualStage === stage ? todayInSweden(new Date(round.manualStageAt!)) : own.find((s) => s.key === stage)!.startsOn
    const link = `/collaborations/${round.collaborationId}/planning/${round.id}`
    const collaborationName = names.get(round.collaborationId)!
    if (since >= monthAgo) {
      const key = `stage:${round.id}:${stage}`
      notes.push({ key, collaborationId: round.collaborationId, collaborationName, kind: 'stage_opened' as const, text: ctx.locale === 'sv' ? `${round.title}: ${names_[stage]}.` : `${round.title}: ${names_[stage]}.`, link, since, read: read.has(key) })
    }
    if (allowed(stage, 'cosign')) {
      const representing = ctx.actor.grants.filter((g) => g.collaborationId === round.collaborationId && g.role === 'member_representative' && g.memberId).map((g) => g.memberId!)
      if (representing.length > 0) {
        const proposals = await repo.listProposals(ctx.db, round.id)
        const cosigners = await repo.listCosigners(ctx.db, round.id)
        for (const proposal of proposals) {
          for (const memberId of proposal.invitedMemberIds.filter((id) => representing.includes(id) && !cosigners.some((c) => c.proposalId === proposal.id && c.memberId === id))) {
            const key = `cosign:${proposal.id}:${memberId}`
            const text = ctx.locale === 'sv' ? `${proposal.proposingMemberName} ber er medunderteckna förslag ${proposal.number}: ${proposal.title}.` : `${proposal.proposingMemberName} asks you to co-sign proposal ${proposal.number}: ${proposal.title}.`
            notes.push({ key, collaborationId: round.collaborationId, collaborationName, kind: 'cosign_requested' as const, text, link, since: todayInSweden(new Date(proposal.submittedAt)), read: read.has(key) })
          }
        }
      }
    }
    if (stage === 'published') {
      const closes = own.find((s) => s.key === 'prioritisation_closed')?.startsOn ?? ''
      const ballots = await repo.listBallots(ctx.db, round.id)
      for (const grant of ctx.actor.grants.filter((g) => g.collaborationId === round.collaborationId && g.role === 'member_representative' && g.memberId)) {
        if (ballots.some((b) => b.memberId === grant.memberId)) continue
        const key = `prio:${round.id}:${grant.memberId}`
        const text = ctx.locale === 'sv' ? `${round.title}: er kommun har inte prioriterat än. Prioriteringen stänger ${closes}.` : `${round.title}: your member has not prioritised yet. Prioritisation closes on ${closes}.`
        notes.push({ key, collaborationId: round.collaborationId, collaborationName, kind: 'prioritisation_missing' as const, text, link, since, read: read.has(key) })
      }
    }
  }
  return notes.sort((a, b) => (a.since < b.since ? 1 : -1))
}

export async function markRead(ctx: Ctx, key: string) {
  await repo.markRead(ctx.db, actingUserId(ctx), key)
}
