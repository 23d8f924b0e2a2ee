/**
 * The initiative answers of the API, shaped from what initiatives.loader.ts read and what initiative-gate.ts
 * decided: the summaries of the portfolio, the initiative page, the member view and the funnels. Names in the
 * reader's language are chosen here.
 */
import type { Locale } from '../../server/http/messages'
import type { DecisionRow } from './decision-records'
import { latestOfBody, latestOfMember } from './latest-decision'
import { documentTypesOf } from '../processes'
import type { ProcessModelRow } from '../processes'
import { describeUnmet } from './gate-engine'
import { currentParticipants, documentsOf, gateDecisions, gateView, modelOf, named, participationsOf, phaseOf } from './initiative-gate'
import type { Detail, State } from './initiatives.loader'
import { describeEvent } from './initiatives.texts'
import type * as repo from './initiatives.repository'
import type { InitiativeRow } from './initiatives.repository'

export function summaryOf(state: State, initiative: InitiativeRow, locale: Locale) {
  const model = modelOf(state, initiative)
  const { index, phase } = phaseOf(model, initiative.phaseKey)
  const gate = initiative.status === 'completed' ? null : gateView(state, initiative, locale)
  const proposer = initiative.proposingMemberId ? state.members.get(initiative.proposingMemberId) : undefined
  return {
    id: initiative.id,
    title: initiative.title,
    areas: initiative.areas,
    status: initiative.status,
    statusReason: initiative.statusReason,
    processModelId: model.id,
    processLineageId: model.lineageId,
    processName: named(locale, model),
    phaseKey: phase.key,
    phaseName: named(locale, phase),
    phaseIndex: index,
    phaseCount: model.definition.phases.length,
    proposingMember: proposer ? { id: proposer.id, name: proposer.name } : null,
    participantCount: currentParticipants(state, initiative.id).length,
    projectManager: initiative.projectManager,
    registeredOn: initiative.registeredOn,
    endedOn: initiative.endedOn,
    gateName: gate ? named(locale, gate.phase.gate!) : null,
    gateDueOn: initiative.gateDueOn,
    gateUnmet: gate?.evaluation.unmet.length ?? 0,
    version: initiative.version,
  }
}

function decisionView(decision: DecisionRow, locale: Locale, current: boolean, attachments: Map<string, repo.AttachmentMeta>) {
  const attachment = decision.attachmentId ? attachments.get(decision.attachmentId) : undefined
  return {
    id: decision.id,
    initiativeId: decision.initiativeId,
    initiativeTitle: decision.initiativeTitle,
    phaseKey: decision.phaseKey,
    decisionKindId: decision.decisionKindId,
    decisionKindName: locale === 'en' ? decision.kindNameEn : decision.kindNameSv,
    bodyId: decision.bodyId,
    bodyName: decision.bodyName,
    memberId: decision.memberId,
    memberName: decision.memberName,
    decidedOn: decision.decidedOn,
    outcome: decision.outcome,
    conditions: decision.conditions,
    reference: decision.reference,
    source: decision.meetingItemId ? ('minutes' as const) : ('external' as const),
    meetingId: decision.meetingId,
    paragraph: decision.paragraph,
    attachment: attachment ? { id: attachment.id, fileName: attachment.fileName, sizeBytes: attachment.sizeBytes } : null,
    current,
    recordedBy: decision.recordedBy,
    recordedAt: decision.recordedAt,
  }
}

/** The initiative's own page: its summary, participants, gate with every requirement, documents, decisions and timeline. */
export function detailOf(state: State, detail: Detail, initiative: InitiativeRow, locale: Locale) {
  const model = modelOf(state, initiative)
  const summary = summaryOf(state, initiative, locale)
  const gate = initiative.status === 'completed' ? null : gateView(state, initiative, locale)
  const atGate = gateDecisions(state, initiative)
  const current = new Set(atGate.map((d) => d.id))
  const documents = documentsOf(state, initiative.id)
  const { decisions, attachments, events } = detail
  const phaseName = (key: string | null | undefined) => {
    const phase = key ? model.definition.phases.find((p) => p.key === key) : undefined
    return phase ? named(locale, phase) : (key ?? '')
  }
  const bodyRef = (body: { id: string; name: string }) => ({ id: body.id, name: body.name })
  const types = documentTypesOf(model.definition)
  return {
    ...summary,
    participants: currentParticipants(state, initiative.id).map((p) => ({ memberId: p.memberId, name: p.name })),
    need: initiative.need,
    description: initiative.description,
    processVersion: model.version,
    process: model.definition,
    participations: participationsOf(state, initiative.id).map(({ initiativeId: _id, ...p }) => p),
    gate: gate && {
      phaseKey: gate.phase.key,
      name: named(locale, gate.phase.gate!),
      requiresMemberDecisions: gate.rule.requiresMemberDecisions,
      memberDecisionReason: gate.memberDecisionReason,
      minParticipants: gate.rule.minParticipants,
      dueOn: initiative.gateDueOn,
      requiredDecisions: gate.phase.gate!.decisionKinds.map((key) => {
        const required = gate.rule.requiredDecisions.find((r) => state.decisionKinds.find((k) => k.id === r.decisionKindId)?.key === key)
        const outcome = required?.body ? latestOfBody(atGate, required.body.id, required.decisionKindId)?.outcome : undefined
        return { decisionKindId: required?.decisionKindId ?? null, key, name: required?.name ?? key, body: required?.body ? bodyRef(required.body) : null, outcome: outcome ?? null }
      }),
      requiredDocuments: gate.rule.requiredDocuments.map((doc) => ({ ...doc, final: documents.some((d) => d.typeKey === doc.typeKey && d.final) })),
      memberDecisions: currentParticipants(state, initiative.id).map((p) => {
        const latest = latestOfMember(atGate, p.memberId)
        return { memberId: p.memberId, name: p.name, outcome: latest?.outcome ?? null, decidedOn: latest?.decidedOn ?? null }
      }),
      unmet: gate.evaluation.unmet.map((u) => describeUnmet(locale, u)),
      mayAdvance: gate.evaluation.mayAdvance,
      declined: gate.evaluation.declined,
      remaining: gate.evaluation.remaining,
      completes: gate.completes,
      decisionPaths: gate.paths.map((path) => ({
        decisionKindId: path.decisionKindId,
        name: named(locale, state.decisionKinds.find((k) => k.id === path.decisionKindId)!),
        preparedBy: path.preparedBy.map(bodyRef),
        decidedBy: path.decidedBy.map(bodyRef),
        membersMustDecide: path.membersMustDecide,
        memberDecisionReason: path.memberDecisionReason,
        ladder: path.ladder.map(bodyRef),
      })),
    },
    documents: [...new Set(documents.map((d) => d.typeKey))].map((typeKey) => {
      const type = types.find((t) => t.key === typeKey)
      const versions = documents.filter((d) => d.typeKey === typeKey)
      return {
        typeKey,
        name: type ? named(locale, type) : typeKey,
        phaseKey: versions[0]!.phaseKey,
        versions: versions.map((v) => ({
          id: v.id,
          number: v.number,
          values: v.values,
          final: v.final,
          attachments: v.attachmentIds.flatMap((id) => {
            const a = attachments.get(id)
            return a ? [{ id: a.id, fileName: a.fileName, sizeBytes: a.sizeBytes }] : []
          }),
          note: v.note,
          createdBy: v.createdBy,
          createdAt: v.createdAt,
        })),
      }
    }),
    decisions: decisions.map((d) => decisionView(d, locale, current.has(d.id), attachments)),
    timeline: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      phaseKey: event.phaseKey,
      phaseName: phaseName(event.phaseKey),
      occurredOn: event.occurredOn,
      text: describeEvent(locale, event, phaseName),
      actorName: event.actorName,
      decisionIds: event.decisionIds,
    })),
  }
}

/**
 * Per process lineage in use (and the default one, so a filter that matches nothing still shows its phases):
 * its phases, with how many of the initiatives matching the filters ever reached each (the funnel), are there
 * now running, and are there now whatever their status (the board's columns). The counts come from SQL over
 * every matching initiative, not only the page shown.
 */
export function funnelsOf(state: State, counts: repo.InitiativeCount[], reached: repo.ReachedCount[], locale: Locale) {
  const lineageOf = (modelId: string) => state.models.get(modelId)!.lineageId
  const lineages = new Map<string, ProcessModelRow>()
  const used = counts.map((c) => state.models.get(c.processModelId)!)
  for (const model of [...state.models.values()].filter((m) => m.isDefault && m.latest).concat(used)) {
    const known = lineages.get(model.lineageId)
    if (!known || known.version < model.version) lineages.set(model.lineageId, model)
  }
  const sum = (rows: repo.InitiativeCount[]) => rows.reduce((total, row) => total + row.count, 0)
  return [...lineages.values()].map((model) => {
    const inLineage = counts.filter((c) => lineageOf(c.processModelId) === model.lineageId)
    return {
      lineageId: model.lineageId,
      name: named(locale, model),
      phases: model.definition.phases.map((phase) => {
        const inPhase = inLineage.filter((c) => c.phaseKey === phase.key)
        return {
          key: phase.key,
          name: named(locale, phase),
          reached: reached.find((r) => r.lineageId === model.lineageId && r.phaseKey === phase.key)?.count ?? 0,
          current: sum(inPhase.filter((c) => c.status === 'active' || c.status === 'paused')),
          inPhase: sum(inPhase),
        }
      }),
    }
  })
}
