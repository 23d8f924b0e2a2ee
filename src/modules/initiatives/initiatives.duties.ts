import type { Queryable } from '../../server/db/database'
import { groupBy } from '../../shared/group-by'
import type { Duty, DutyScope, DutySource } from '../duties'
import { gateRuleOf } from './initiative-gate'
import { loadGateRules } from './initiatives.loader'
import * as repo from './initiatives.repository'

/** The gates of these collaborations' process models at which every participant must decide, with their names. */
async function memberDecisionGates(db: Queryable, collaborationIds: string[]) {
  const gates: { processModelId: string; phaseKey: string; name: { sv: string; en: string } }[] = []
  for (const collaborationId of collaborationIds) {
    const rules = await loadGateRules(db, collaborationId)
    for (const model of rules.models.values()) {
      for (const phase of model.definition.phases) {
        if (phase.gate && gateRuleOf(rules, model, phase.key, 'sv')?.rule.requiresMemberDecisions) gates.push({ processModelId: model.id, phaseKey: phase.key, name: { sv: phase.gate.nameSv, en: phase.gate.nameEn } })
      }
    }
  }
  return gates
}

/**
 * The member decisions owed at the gates: each participant's representatives owe their member's decision by the
 * gate's due date; the coordinators see, per initiative, how many members have not decided yet.
 */
export const initiativeDuties: DutySource = {
  name: 'initiatives',
  kinds: ['member_decision', 'member_decisions_waiting'],
  async list(db, scope: DutyScope) {
    const gates = await memberDecisionGates(db, scope.collaborationIds)
    if (gates.length === 0) return []
    const gateName = new Map(gates.map((g) => [`${g.processModelId} ${g.phaseKey}`, g.name]))
    const pending = await repo.listPendingMemberDecisions(db, scope.collaborationIds, gates)
    const duties: Duty[] = pending.map((p) => ({
      key: `member_decision:${p.initiativeId}:${p.phaseKey}:${p.phaseEntry}:${p.memberId}`,
      kind: 'member_decision',
      collaborationId: p.collaborationId,
      owners: [{ role: 'member_representative', memberId: p.memberId }],
      member: { id: p.memberId, name: p.memberName },
      subject: p.title,
      detail: gateName.get(`${p.processModelId} ${p.phaseKey}`)!,
      link: `/collaborations/${p.collaborationId}/initiatives/${p.initiativeId}`,
      dueOn: p.gateDueOn,
      since: p.phaseEnteredOn,
    }))
    for (const [initiativeId, members] of groupBy(pending, (p) => p.initiativeId)) {
      const first = members[0]!
      const gate = gateName.get(`${first.processModelId} ${first.phaseKey}`)!
      const names = members.map((m) => m.memberName).sort((a, b) => a.localeCompare(b, 'sv'))
      const who = names.length <= 3 ? { sv: names.join(', '), en: names.join(', ') } : { sv: `${names.length} medlemmar`, en: `${names.length} members` }
      duties.push({
        key: `member_decisions_waiting:${initiativeId}:${first.phaseKey}:${first.phaseEntry}`,
        kind: 'member_decisions_waiting',
        collaborationId: first.collaborationId,
        owners: [{ role: 'coordinator' }],
        member: null,
        subject: first.title,
        detail: { sv: `${who.sv} har inte beslutat om ${gate.sv.toLowerCase()}`, en: `${who.en} ${names.length === 1 ? 'has' : 'have'} not decided on ${gate.en.toLowerCase()}` },
        link: `/collaborations/${first.collaborationId}/member-decisions`,
        dueOn: first.gateDueOn,
        since: first.phaseEnteredOn,
      })
    }
    return duties
  },
}
