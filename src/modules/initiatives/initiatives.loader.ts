import type { Queryable } from '../../server/db/database'
import { groupBy } from '../../shared/group-by'
import { notFound } from '../../server/http/errors'
import { listDecisions } from './decision-records'
import type { GovernanceState } from '../governance'
import { listBodies, listDecisionKinds, listGovernanceIn, listMandates } from '../governance'
import { listProcessModels, listProcessModelsIn } from '../processes'
import { membersWithBaselines } from './baseline-port'
import * as repo from './initiatives.repository'

/**
 * The reads of the initiative pages and writes, and nothing else: what the gate rules (initiative-gate.ts) and
 * the presenter (initiatives.presenter.ts) work from. Each reads only what its caller shows or checks.
 */

const byInitiative = (row: { initiativeId: string }) => row.initiativeId

type Collaboration = NonNullable<Awaited<ReturnType<typeof repo.findCollaborationForGates>>>

/** What every gate's rules depend on: the collaboration's governance and its process models. */
async function readGateRules(db: Queryable, collaboration: Collaboration) {
  const [bodies, mandates, decisionKinds, models] = await Promise.all([listBodies(db, collaboration.id), listMandates(db, collaboration.id), listDecisionKinds(db, collaboration.id), listProcessModels(db, collaboration.id)])
  const governance: Pick<GovernanceState, 'legalForm' | 'bodies' | 'mandates' | 'decisionKinds'> = { legalForm: collaboration.legalForm, bodies, mandates, decisionKinds }
  return { collaboration, governance, decisionKinds, models: new Map(models.map((m) => [m.id, m])) }
}

/**
 * What the gates of these initiatives (null: every one of the collaboration) stand on: participations, document
 * versions and the decisions at the current gate, grouped once by initiative; and the names of the members the
 * rows name and of `memberIds` ('every': every member of the collaboration).
 */
async function readInitiativeRecords(db: Queryable, collaborationId: string, ids: string[] | null, memberIds: string[] | 'every') {
  const [members, participations, documents, decisions, baselines] = await Promise.all([
    repo.listMemberNames(db, collaborationId, memberIds === 'every' ? null : ids, memberIds === 'every' ? [] : memberIds),
    ids?.length === 0 ? [] : repo.listParticipations(db, collaborationId, ids),
    ids?.length === 0 ? [] : repo.listDocumentVersions(db, collaborationId, ids),
    ids?.length === 0 ? [] : repo.listGateDecisions(db, collaborationId, ids),
    ids?.length === 0 ? [] : membersWithBaselines(db, collaborationId, ids),
  ])
  return {
    members: new Map(members.map((m) => [m.id, m])),
    participations: groupBy(participations, byInitiative),
    documents: groupBy(documents, byInitiative),
    gateDecisions: groupBy(decisions, byInitiative),
    baselines: groupBy(baselines, byInitiative),
  }
}

async function findCollaboration(db: Queryable, collaborationId: string) {
  const collaboration = await repo.findCollaborationForGates(db, collaborationId)
  if (!collaboration) throw notFound('collaboration')
  return collaboration
}

/** The rules of every gate of the collaboration's models, without any initiative (the matrix picks its gates by them). */
export async function loadGateRules(db: Queryable, collaborationId: string) {
  return readGateRules(db, await findCollaboration(db, collaborationId))
}
export type GateRules = Awaited<ReturnType<typeof loadGateRules>>

/** The gate rules of many collaborations at once (a person's to-do list, a digest run): five queries, whatever their number. */
export async function loadGateRulesOf(db: Queryable, collaborationIds: string[]): Promise<GateRules[]> {
  if (collaborationIds.length === 0) return []
  const [collaborations, { bodies, mandates, decisionKinds }, models] = await Promise.all([
    repo.listCollaborationsForGates(db, collaborationIds),
    listGovernanceIn(db, collaborationIds),
    listProcessModelsIn(db, collaborationIds),
  ])
  const of = <T extends { collaborationId: string }>(rows: T[]) => groupBy(rows, (row) => row.collaborationId)
  const [bodiesOf, mandatesOf, kindsOf, modelsOf] = [of(bodies), of(mandates), of(decisionKinds), of(models)]
  return collaborations.map((collaboration) => {
    const kinds = kindsOf.get(collaboration.id) ?? []
    const governance: GateRules['governance'] = { legalForm: collaboration.legalForm, bodies: bodiesOf.get(collaboration.id) ?? [], mandates: mandatesOf.get(collaboration.id) ?? [], decisionKinds: kinds }
    return { collaboration, governance, decisionKinds: kinds, models: new Map((modelsOf.get(collaboration.id) ?? []).map((m) => [m.id, m])) }
  })
}

/** The records of these initiatives to put beside gate rules already loaded (see `loadState` for the members read). */
export const loadInitiativeRecords = (db: Queryable, collaborationId: string, initiatives: readonly string[], memberIds: string[] = []) => readInitiativeRecords(db, collaborationId, [...new Set(initiatives)], memberIds)

/**
 * Everything the gate rules need for the initiatives a page shows (one, a page of them, or with null every one
 * of the collaboration), read in one go.
 * Members: those the rows name, and `memberIds`; one initiative given by its id alone (the writes, which may name
 * a member that takes no part) reads every member's name.
 */
export async function loadState(db: Queryable, collaborationId: string, initiatives: string | readonly string[] | null = null, memberIds: string[] | 'every' = typeof initiatives === 'string' ? 'every' : []) {
  const collaboration = await findCollaboration(db, collaborationId)
  const ids = initiatives === null ? null : typeof initiatives === 'string' ? [initiatives] : [...new Set(initiatives)]
  const [rules, records] = await Promise.all([readGateRules(db, collaboration), readInitiativeRecords(db, collaborationId, ids, memberIds)])
  return { ...rules, ...records }
}
export type State = Awaited<ReturnType<typeof loadState>>

/** What an initiative's own page shows beyond its state: every decision record, the attachments named, the timeline. */
export async function loadDetail(db: Queryable, initiative: repo.InitiativeRow, documents: readonly repo.DocumentVersionRow[]) {
  const decisions = await listDecisions(db, initiative.collaborationId, { initiativeId: initiative.id })
  const attachmentIds = [...new Set([...documents.flatMap((d) => d.attachmentIds), ...decisions.flatMap((d) => (d.attachmentId ? [d.attachmentId] : []))])]
  const attachments = new Map((await repo.listAttachments(db, initiative.collaborationId, attachmentIds)).map((a) => [a.id, a]))
  const events = await repo.listEvents(db, initiative.id)
  return { decisions, attachments, events }
}
export type Detail = Awaited<ReturnType<typeof loadDetail>>
