import type { Queryable } from '../../server/db/database'
import { groupBy } from '../../shared/group-by'
import { notFound } from '../../server/http/errors'
import type { Locale } from '../../server/http/messages'
import { listDecisions, type DecisionRow } from '../decisions/decisions.repository'
import { whoDecidesAtGate, type DecisionPath, type MemberDecisionReason } from '../governance/decision-path'
import type { GovernanceState } from '../governance/governance.model'
import { listBodies, listDecisionKinds, listMandates } from '../governance/governance.repository'
import { documentTypesOf } from '../processes/process-rules'
import { listProcessModels, type ProcessModelRow } from '../processes/processes.repository'
import type { Phase } from '../processes/processes.schema'
import { describeUnmet, evaluateGate, type GateEvaluation, type GateRule } from './gate-engine'
import { describeEvent } from './initiatives.texts'
import * as repo from './initiatives.repository'
import type { GateDecisionRow, InitiativeRow } from './initiatives.repository'

const byInitiative = (row: { initiativeId: string }) => row.initiativeId

/**
 * Everything the gate rules need for the initiatives a page shows (one, a page of them, or with null every one
 * of the collaboration), read in one go and grouped once by initiative; and the views built from it: the
 * summaries of the portfolio, the initiative page, the member view and the matrix.
 * Members: those the rows name, and `memberIds`; one initiative given by its id alone (the writes, which may name
 * a member that takes no part) reads every member's name.
 */
export async function loadState(db: Queryable, collaborationId: string, initiatives: string | readonly string[] | null = null, memberIds: string[] | 'every' = typeof initiatives === 'string' ? 'every' : []) {
  const collaboration = await repo.findCollaborationForGates(db, collaborationId)
  if (!collaboration) throw notFound('collaboration')
  const ids = initiatives === null ? null : typeof initiatives === 'string' ? [initiatives] : [...new Set(initiatives)]
  const [bodies, mandates, decisionKinds, models, members, participations, documents, decisions] = await Promise.all([
    listBodies(db, collaborationId),
    listMandates(db, collaborationId),
    listDecisionKinds(db, collaborationId),
    listProcessModels(db, collaborationId),
    repo.listMemberNames(db, collaborationId, memberIds === 'every' ? null : ids, memberIds === 'every' ? [] : memberIds),
    ids?.length === 0 ? [] : repo.listParticipations(db, collaborationId, ids),
    ids?.length === 0 ? [] : repo.listDocumentVersions(db, collaborationId, ids),
    ids?.length === 0 ? [] : repo.listGateDecisions(db, collaborationId, ids),
  ])
  const governance: Pick<GovernanceState, 'legalForm' | 'bodies' | 'mandates' | 'decisionKinds'> = { legalForm: collaboration.legalForm, bodies, mandates, decisionKinds }
  return {
    collaboration,
    governance,
    decisionKinds,
    models: new Map(models.map((m) => [m.id, m])),
    members: new Map(members.map((m) => [m.id, m])),
    participations: groupBy(participations, byInitiative),
    documents: groupBy(documents, byInitiative),
    gateDecisions: groupBy(decisions, byInitiative),
    gateRules: new Map<string, GateRuleView | null>(),
  }
}
export type State = Awaited<ReturnType<typeof loadState>>

/** Every participation of the initiative, left and invited ones included. */
export const participationsOf = (state: State, initiativeId: string) => state.participations.get(initiativeId) ?? []

/** Every version of every document of the initiative. */
export const documentsOf = (state: State, initiativeId: string) => state.documents.get(initiativeId) ?? []

const named = <T extends { nameSv: string; nameEn: string }>(locale: Locale, item: T) => (locale === 'en' ? item.nameEn : item.nameSv)

export function modelOf(state: State, initiative: InitiativeRow): ProcessModelRow {
  return state.models.get(initiative.processModelId)!
}

export function phaseOf(model: ProcessModelRow, phaseKey: string) {
  const index = model.definition.phases.findIndex((phase) => phase.key === phaseKey)
  return { index, phase: model.definition.phases[index]! }
}

/** Members taking part now, joining ones included (they decide at the next gate); an invitation is not yet taking part. */
export const currentParticipants = (state: State, initiativeId: string) => participationsOf(state, initiativeId).filter((p) => p.state === 'active' || p.state === 'joining')

/** Decisions that count at the initiative's current gate: this phase, this pass through it. */
export const gateDecisions = (state: State, initiative: InitiativeRow) =>
  (state.gateDecisions.get(initiative.id) ?? []).filter((d) => d.phaseKey === initiative.phaseKey && d.phaseEntry === initiative.phaseEntry)

export interface GateView {
  phase: Phase
  rule: GateRule
  evaluation: GateEvaluation
  paths: DecisionPath[]
  memberDecisionReason: MemberDecisionReason | null
  completes: boolean
}

/** A gate's rules depend on its model and phase only, so they are worked out once per state, not once per initiative. */
interface GateRuleView {
  phase: Phase
  rule: GateRule
  paths: DecisionPath[]
  memberDecisionReason: MemberDecisionReason | null
  completes: boolean
}

/** The rules of the gate that ends a phase of a model (from the model and the collaboration's governance); null when it has none. */
export function gateRuleOf(state: State, model: ProcessModelRow, phaseKey: string, locale: Locale): GateRuleView | null {
  const key = `${model.id} ${phaseKey} ${locale}`
  const known = state.gateRules.get(key)
  if (known !== undefined) return known
  const { index, phase } = phaseOf(model, phaseKey)
  const gate = phase.gate
  let view: GateRuleView | null = null
  if (gate) {
    const kinds = gate.decisionKinds.map((k) => state.decisionKinds.find((kind) => kind.key === k)).filter((kind) => kind !== undefined)
    // Who decides at the gate comes from governance's one answer (decision-path.ts), the model's gate setting included.
    const { paths, participantsMustDecide, memberDecisionReason } = whoDecidesAtGate(state.governance, kinds.map((kind) => kind.id), gate.requiresMemberDecisions)
    const types = documentTypesOf(model.definition)
    const rule: GateRule = {
      requiredDecisions: kinds.map((kind, k) => ({ decisionKindId: kind.id, name: named(locale, kind), body: paths[k]!.decidedBy[0] ?? null })),
      requiresMemberDecisions: participantsMustDecide,
      minParticipants: gate.minParticipants,
      requiredDocuments: gate.requiredDocuments.map((k) => {
        const type = types.find((t) => t.key === k)
        return { typeKey: k, name: type ? named(locale, type) : k }
      }),
    }
    view = { phase, rule, paths, memberDecisionReason, completes: index === model.definition.phases.length - 1 }
  }
  state.gateRules.set(key, view)
  return view
}

/** The current gate as rules and its evaluation. */
export function gateView(state: State, initiative: InitiativeRow, locale: Locale): GateView | null {
  const gate = gateRuleOf(state, modelOf(state, initiative), initiative.phaseKey, locale)
  if (!gate) return null
  const evaluation = evaluateGate(gate.rule, {
    participants: currentParticipants(state, initiative.id).map((p) => ({ memberId: p.memberId, name: p.name })),
    documents: documentsOf(state, initiative.id).map((d) => ({ typeKey: d.typeKey, final: d.final })),
    decisions: gateDecisions(state, initiative).map((d) => ({ decisionKindId: d.decisionKindId, bodyId: d.bodyId, memberId: d.memberId, outcome: d.outcome })),
  })
  return { ...gate, evaluation }
}

const latestBy = <D extends GateDecisionRow>(decisions: D[], match: (d: D) => boolean) => decisions.filter(match).at(-1) ?? null

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

export function decisionView(state: State, decision: DecisionRow, locale: Locale, current: boolean, attachments: Map<string, repo.AttachmentMeta>) {
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

export async function detailOf(db: Queryable, state: State, initiative: InitiativeRow, locale: Locale) {
  const model = modelOf(state, initiative)
  const summary = summaryOf(state, initiative, locale)
  const gate = initiative.status === 'completed' ? null : gateView(state, initiative, locale)
  const atGate = gateDecisions(state, initiative)
  const current = new Set(atGate.map((d) => d.id))
  const documents = documentsOf(state, initiative.id)
  const decisions = await listDecisions(db, initiative.collaborationId, { initiativeId: initiative.id })
  const attachmentIds = [...new Set([...documents.flatMap((d) => d.attachmentIds), ...decisions.flatMap((d) => (d.attachmentId ? [d.attachmentId] : []))])]
  const attachments = new Map((await repo.listAttachments(db, initiative.collaborationId, attachmentIds)).map((a) => [a.id, a]))
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
        const outcome = required?.body ? latestBy(atGate, (d) => d.memberId === null && d.bodyId === required.body!.id && d.decisionKindId === required.decisionKindId)?.outcome : undefined
        return { decisionKindId: required?.decisionKindId ?? null, key, name: required?.name ?? key, body: required?.body ? bodyRef(required.body) : null, outcome: outcome ?? null }
      }),
      requiredDocuments: gate.rule.requiredDocuments.map((doc) => ({ ...doc, final: documents.some((d) => d.typeKey === doc.typeKey && d.final) })),
      memberDecisions: currentParticipants(state, initiative.id).map((p) => {
        const latest = latestBy(atGate, (d) => d.memberId === p.memberId)
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
    decisions: decisions.map((d) => decisionView(state, d, locale, current.has(d.id), attachments)),
    timeline: (await repo.listEvents(db, initiative.id)).map((event) => ({
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
