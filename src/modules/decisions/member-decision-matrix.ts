import type { Ctx } from '../../server/http/context'
import * as initiativesRepo from '../initiatives/initiatives.repository'
import { currentParticipants, gateDecisions, gateView, loadState } from '../initiatives/initiatives.views'
import * as repo from './decisions.repository'

/** Members × initiatives whose current gate needs each participant's own decision. */
export async function memberDecisionMatrix(ctx: Ctx, collaborationId: string) {
  const state = await loadState(ctx.db, collaborationId)
  const rows = (await initiativesRepo.listInitiatives(ctx.db, collaborationId)).filter((row) => row.status === 'active' || row.status === 'paused')
  const columns = rows.flatMap((row) => {
    const gate = gateView(state, row, ctx.locale)
    return gate?.rule.requiresMemberDecisions ? [{ row, gate }] : []
  })
  const reminders = await repo.listReminders(ctx.db, collaborationId)
  const cells = columns.flatMap(({ row }) =>
    currentParticipants(state, row.id).map((p) => {
      const latest = gateDecisions(state, row).filter((d) => d.memberId === p.memberId).at(-1)
      const reminder = reminders.filter((r) => r.initiativeId === row.id && r.memberId === p.memberId && r.phaseKey === row.phaseKey && r.phaseEntry === row.phaseEntry).at(-1)
      return { initiativeId: row.id, memberId: p.memberId, state: latest?.outcome ?? ('pending' as const), decidedOn: latest?.decidedOn ?? null, reference: latest?.reference || null, remindedAt: reminder?.remindedAt ?? null }
    }),
  )
  const memberIds = [...new Set(cells.map((c) => c.memberId))]
  return {
    initiatives: columns.map(({ row, gate }) => ({
      id: row.id,
      title: row.title,
      phaseName: ctx.locale === 'en' ? gate.phase.nameEn : gate.phase.nameSv,
      gateName: ctx.locale === 'en' ? gate.phase.gate!.nameEn : gate.phase.gate!.nameSv,
      dueOn: row.gateDueOn,
    })),
    members: memberIds
      .map((id) => ({ id, name: state.members.get(id)!.name, pending: cells.filter((c) => c.memberId === id && (c.state === 'pending' || c.state === 'defer')).length }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    cells,
  }
}
