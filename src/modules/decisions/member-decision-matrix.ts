import type { Ctx } from '../../server/http/context'
import type { PageQuery } from '../../server/http/paging'
import * as initiativesRepo from '../initiatives'
import { currentParticipants, gateDecisions, gateRuleOf, gateView, latestOfMember, loadGateRules, loadInitiativeRecords } from '../initiatives'

/**
 * Members × initiatives whose current gate needs each participant's own decision: one page of initiatives
 * (the columns) with their cells, and every member taking part at any such gate with its pending count over
 * the whole collaboration. Whether a gate needs member decisions depends on its model and phase only, so
 * the initiatives at such gates are found in SQL; the gate rules are read once, the page's records beside them.
 */
export async function memberDecisionMatrix(ctx: Ctx, collaborationId: string, page: PageQuery) {
  const rules = await loadGateRules(ctx.db, collaborationId)
  const gates = [...rules.models.values()].flatMap((model) =>
    model.definition.phases.filter((phase) => gateRuleOf(rules, model, phase.key, ctx.locale)?.rule.requiresMemberDecisions).map((phase) => ({ processModelId: model.id, phaseKey: phase.key })),
  )
  const [{ rows, total }, members] = await Promise.all([initiativesRepo.listInitiativesAtGates(ctx.db, collaborationId, gates, page), initiativesRepo.countPendingMemberDecisions(ctx.db, collaborationId, gates)])
  const ids = rows.map((row) => row.id)
  const [records, reminders] = await Promise.all([loadInitiativeRecords(ctx.db, collaborationId, ids), initiativesRepo.listGateReminders(ctx.db, ids)])
  const state = { ...rules, ...records }
  const remindedAt = new Map(reminders.map((r) => [`${r.initiativeId} ${r.memberId}`, r.remindedAt]))
  const columns = rows.map((row) => ({ row, gate: gateView(state, row, ctx.locale)! }))
  const cells = rows.flatMap((row) => {
    const atGate = gateDecisions(state, row)
    return currentParticipants(state, row.id).map((p) => {
      const latest = latestOfMember(atGate, p.memberId)
      return { initiativeId: row.id, memberId: p.memberId, state: latest?.outcome ?? ('pending' as const), decidedOn: latest?.decidedOn ?? null, reference: latest?.reference || null, remindedAt: remindedAt.get(`${row.id} ${p.memberId}`) ?? null }
    })
  })
  return {
    initiatives: columns.map(({ row, gate }) => ({
      id: row.id,
      title: row.title,
      phaseName: ctx.locale === 'en' ? gate.phase.nameEn : gate.phase.nameSv,
      gateName: ctx.locale === 'en' ? gate.phase.gate!.nameEn : gate.phase.gate!.nameSv,
      dueOn: row.gateDueOn,
    })),
    total,
    page: page.page,
    limit: page.limit,
    members: members.map((m) => ({ id: m.memberId, name: m.name, pending: m.pending })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    cells,
  }
}
