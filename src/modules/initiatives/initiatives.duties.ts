import type { Queryable } from '../../server/db/database'
import { groupBy } from '../../shared/group-by'
import type { Duty, DutyScope, DutySource } from '../duties'
import { gateRuleOf } from './initiative-gate'
import { loadGateRulesOf } from './initiatives.loader'
import * as repo from './initiatives.repository'

type Names = { sv: string; en: string }

/**
 * The gates of these collaborations' process models, with their names: those at which every participant must
 * decide, and each body decision a gate requires (of a body that has the mandate), named in both languages.
 */
async function gatesOf(db: Queryable, collaborationIds: string[]) {
  const memberGates: { processModelId: string; phaseKey: string; name: Names }[] = []
  const bodyDecisions: { processModelId: string; phaseKey: string; decisionKindId: string; bodyId: string; name: Names }[] = []
  for (const rules of await loadGateRulesOf(db, collaborationIds)) {
    for (const model of rules.models.values()) {
      for (const phase of model.definition.phases) {
        const sv = phase.gate && gateRuleOf(rules, model, phase.key, 'sv')
        const en = phase.gate && gateRuleOf(rules, model, phase.key, 'en')
        if (!phase.gate || !sv || !en) continue
        if (sv.rule.requiresMemberDecisions) memberGates.push({ processModelId: model.id, phaseKey: phase.key, name: { sv: phase.gate.nameSv, en: phase.gate.nameEn } })
        sv.rule.requiredDecisions.forEach((required, k) => {
          if (!required.body) return
          const name = { sv: `${required.name} (${required.body.name})`, en: `${en.rule.requiredDecisions[k]!.name} (${required.body.name})` }
          bodyDecisions.push({ processModelId: model.id, phaseKey: phase.key, decisionKindId: required.decisionKindId, bodyId: required.body.id, name })
        })
      }
    }
  }
  return { memberGates, bodyDecisions }
}

/**
 * What the gates wait for: each participant's representatives owe their member's decision by the gate's due
 * date; the coordinators see, per initiative, how many members have not decided yet, and (with the secretaries,
 * who put it before the body) each body decision the gate still lacks.
 */
export const initiativeDuties: DutySource = {
  name: 'initiatives',
  kinds: ['member_decision', 'member_decisions_waiting', 'gate_decision'],
  async list(db, scope: DutyScope) {
    const { memberGates, bodyDecisions } = await gatesOf(db, scope.collaborationIds)
    const [pending, bodiesPending] = await Promise.all([
      memberGates.length ? repo.listPendingMemberDecisions(db, scope.collaborationIds, memberGates) : [],
      bodyDecisions.length ? repo.listPendingBodyDecisions(db, scope.collaborationIds, bodyDecisions) : [],
    ])
    const gateName = new Map(memberGates.map((g) => [`${g.processModelId} ${g.phaseKey}`, g.name]))
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
    const requiredName = new Map(bodyDecisions.map((b) => [`${b.processModelId} ${b.phaseKey} ${b.decisionKindId} ${b.bodyId}`, b.name]))
    for (const b of bodiesPending) {
      duties.push({
        key: `gate_decision:${b.initiativeId}:${b.phaseKey}:${b.phaseEntry}:${b.decisionKindId}:${b.bodyId}`,
        kind: 'gate_decision',
        collaborationId: b.collaborationId,
        owners: [{ role: 'coordinator' }, { role: 'secretary' }],
        member: null,
        subject: b.title,
        detail: requiredName.get(`${b.processModelId} ${b.phaseKey} ${b.decisionKindId} ${b.bodyId}`)!,
        link: `/collaborations/${b.collaborationId}/initiatives/${b.initiativeId}`,
        dueOn: b.gateDueOn,
        since: b.phaseEnteredOn,
      })
    }
    return duties
  },
}
