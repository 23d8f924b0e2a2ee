import type { Queryable } from '../../server/db/database'
import type { Area, InitiativeStatus } from '../../shared/initiatives'
import type { LegalForm } from '../../shared/roles'
import { sqlWindow, type PageQuery } from '../../server/http/paging'
import type { InitiativeListQuery } from './initiatives.schema'
// The loaders read attachments through this module's repository; they belong to the attachments module.
export { listAttachments, type AttachmentMeta } from '../attachments'
import { LATEST_DECISION_FIRST, RECORDED_AT_SORTABLE } from './latest-decision'

export interface InitiativeRow {
  id: string
  collaborationId: string
  processModelId: string
  title: string
  need: string
  description: string
  areas: Area[]
  proposingMemberId: string | null
  projectManager: string
  status: InitiativeStatus
  statusReason: string
  phaseKey: string
  phaseEntry: number
  phaseEnteredOn: string
  gateDueOn: string | null
  registeredOn: string
  endedOn: string | null
  version: number
}

const columns = `i.id, i.collaboration_id as "collaborationId", i.process_model_id as "processModelId", i.title, i.need, i.description,
  i.areas, i.proposing_member_id as "proposingMemberId", i.project_manager as "projectManager", i.status, i.status_reason as "statusReason",
  i.phase_key as "phaseKey", i.phase_entry as "phaseEntry", i.phase_entered_on as "phaseEnteredOn", i.gate_due_on as "gateDueOn",
  i.registered_on as "registeredOn", i.ended_on as "endedOn", i.version`

// The portfolio's filters, over `initiative i`; $1 is the collaboration.
const matching = `i.collaboration_id = $1
       and ($2::text is null or $2 = any(i.areas))
       and ($3::uuid is null or exists (select 1 from initiative_participant p where p.initiative_id = i.id and p.member_id = $3 and p.state in ('joining', 'active')))
       and ($4::text is null or i.phase_key = $4)
       and ($5::text is null or i.status = $5)
       and ($6::int is null or (extract(year from i.registered_on) <= $6 and (i.ended_on is null or extract(year from i.ended_on) >= $6)))
       and ($7::text is null or i.title ilike '%' || $7 || '%' or i.need ilike '%' || $7 || '%' or i.description ilike '%' || $7 || '%')`
const filterParams = (collaborationId: string, filter: InitiativeListQuery) => [collaborationId, filter.area ?? null, filter.memberId ?? null, filter.phaseKey ?? null, filter.status ?? null, filter.year ?? null, filter.q || null]
/** Newest first; the id last so a page holds the same rows however often it is asked. */
const portfolioOrder = 'order by i.registered_on desc, i.title, i.id'

/** The initiatives matching the filters, all of them or one page. */
export async function listInitiatives(db: Queryable, collaborationId: string, filter: InitiativeListQuery = {}, page?: PageQuery) {
  const window = page ? sqlWindow(page) : { limit: null, offset: 0 }
  return db.query<InitiativeRow>(`select ${columns} from initiative i where ${matching} ${portfolioOrder} limit $8 offset $9`, [...filterParams(collaborationId, filter), window.limit, window.offset])
}

/** Over every initiative matching the filters (not only the page): how many per process model, phase and status. */
export interface InitiativeCount {
  processModelId: string
  phaseKey: string
  status: InitiativeStatus
  count: number
}
export const countInitiatives = (db: Queryable, collaborationId: string, filter: InitiativeListQuery) =>
  db.query<InitiativeCount>(
    `select i.process_model_id as "processModelId", i.phase_key as "phaseKey", i.status, count(*)::int as count from initiative i where ${matching} group by 1, 2, 3`,
    filterParams(collaborationId, filter),
  )

/** Over every initiative matching the filters: how many entered each phase, per process lineage (the funnel). */
export interface ReachedCount {
  lineageId: string
  phaseKey: string
  count: number
}
export const countReachedPhases = (db: Queryable, collaborationId: string, filter: InitiativeListQuery) =>
  db.query<ReachedCount>(
    `select pm.lineage_id as "lineageId", reached.phase_key as "phaseKey", count(*)::int as count
     from initiative i
     join process_model pm on pm.id = i.process_model_id
     -- Per matching initiative through its own events (an index lookup each), not every event of the table.
     cross join lateral (select distinct e.phase_key from initiative_event e where e.initiative_id = i.id and e.kind in ('registered', 'phase_entered')) reached
     where ${matching}
     group by 1, 2`,
    filterParams(collaborationId, filter),
  )

/** The initiatives a member takes part in now (joining included), in the portfolio's order, one page and the total. */
export async function listMemberInitiatives(db: Queryable, collaborationId: string, memberId: string, page: PageQuery) {
  const filter = { memberId }
  const window = sqlWindow(page)
  const [rows, [total]] = await Promise.all([
    db.query<InitiativeRow>(`select ${columns} from initiative i where ${matching} ${portfolioOrder} limit $8 offset $9`, [...filterParams(collaborationId, filter), window.limit, window.offset]),
    db.query<{ count: number }>(`select count(*)::int as count from initiative i where ${matching}`, filterParams(collaborationId, filter)),
  ])
  return { rows, total: total!.count }
}

/**
 * Where a member stands at the current gate of every running initiative it takes part in: its latest own
 * decision at this pass (null when it has none), for the decisions it owes.
 */
export const listMemberGates = (db: Queryable, collaborationId: string, memberId: string) =>
  db.query<Pick<InitiativeRow, 'id' | 'title' | 'processModelId' | 'phaseKey' | 'gateDueOn'> & { latest: 'approve' | 'reject' | 'defer' | null }>(
    `select i.id, i.title, i.process_model_id as "processModelId", i.phase_key as "phaseKey", i.gate_due_on as "gateDueOn",
       (select d.outcome from decision d where d.initiative_id = i.id and d.phase_key = i.phase_key and d.phase_entry = i.phase_entry and d.member_id = p.member_id
        order by ${LATEST_DECISION_FIRST} limit 1) as latest
     from initiative_participant p
     join initiative i on i.id = p.initiative_id
     where p.member_id = $2 and p.state in ('joining', 'active') and i.collaboration_id = $1 and i.status in ('active', 'paused')
     ${portfolioOrder}`,
    [collaborationId, memberId],
  )

/** A member's participations that ended in a decline or are invitations still open, with their initiative. */
export const listMemberParticipationHistory = (db: Queryable, collaborationId: string, memberId: string) =>
  db.query<{ initiativeId: string; title: string; processModelId: string; status: InitiativeStatus; proposingMember: string | null; state: ParticipationRow['state']; leftAtPhase: string | null; leftOn: string | null; requestedOn: string }>(
    `select i.id as "initiativeId", i.title, i.process_model_id as "processModelId", i.status, pm.name as "proposingMember",
       p.state, p.left_at_phase as "leftAtPhase", p.left_on as "leftOn", p.requested_on as "requestedOn"
     from initiative_participant p
     join initiative i on i.id = p.initiative_id
     left join member pm on pm.id = i.proposing_member_id
     where p.member_id = $2 and i.collaboration_id = $1 and (p.leave_reason = 'declined' or p.state = 'invited')
     order by p.requested_on, p.id`,
    [collaborationId, memberId],
  )

/** Every initiative's id and title, for the pickers that attach a case or a budget to one. */
export const listInitiativeTitles = (db: Queryable, collaborationId: string) =>
  db.query<{ id: string; title: string }>(`select i.id, i.title from initiative i where i.collaboration_id = $1 order by i.title, i.id`, [collaborationId])

/** Gates given as (process model, phase) pairs, over `initiative i`: $2 the models, $3 the phases. */
const atGates = `i.collaboration_id = $1 and i.status in ('active', 'paused')
       and (i.process_model_id, i.phase_key) in (select * from unnest($2::uuid[], $3::text[]))`

/** Running initiatives standing at one of these gates: one page in the portfolio's order, and how many in all. */
export async function listInitiativesAtGates(db: Queryable, collaborationId: string, gates: { processModelId: string; phaseKey: string }[], page: PageQuery) {
  const params = [collaborationId, gates.map((g) => g.processModelId), gates.map((g) => g.phaseKey)]
  const window = sqlWindow(page)
  const [rows, [total]] = await Promise.all([
    db.query<InitiativeRow>(`select ${columns} from initiative i where ${atGates} ${portfolioOrder} limit $4 offset $5`, [...params, window.limit, window.offset]),
    db.query<{ count: number }>(`select count(*)::int as count from initiative i where ${atGates}`, params),
  ])
  return { rows, total: total!.count }
}

/**
 * Per member taking part in a running initiative at one of these gates: at how many its own decision is still
 * missing or deferred (its latest at this pass decides), over the whole collaboration.
 */
export const countPendingMemberDecisions = (db: Queryable, collaborationId: string, gates: { processModelId: string; phaseKey: string }[]) =>
  db.query<{ memberId: string; name: string; pending: number }>(
    // The latest member decisions at those gates in one sorted pass, joined by hash (not a lookup per participant).
    `with at_gate as (select i.id, i.phase_key, i.phase_entry from initiative i where ${atGates}),
     latest as (
       select distinct on (d.initiative_id, d.member_id) d.initiative_id, d.member_id, d.outcome
       from decision d join at_gate g on g.id = d.initiative_id and g.phase_key = d.phase_key and g.phase_entry = d.phase_entry
       where d.member_id is not null
       order by d.initiative_id, d.member_id, ${LATEST_DECISION_FIRST}
     )
     select p.member_id as "memberId", m.name, count(*) filter (where latest.outcome is null or latest.outcome = 'defer')::int as pending
     from at_gate g
     join initiative_participant p on p.initiative_id = g.id and p.state in ('joining', 'active')
     join member m on m.id = p.member_id
     left join latest on latest.initiative_id = g.id and latest.member_id = p.member_id
     group by p.member_id, m.name`,
    [collaborationId, gates.map((g) => g.processModelId), gates.map((g) => g.phaseKey)],
  )

/**
 * Every (initiative, member) in these collaborations where a running initiative stands at one of these gates and
 * the member taking part has not decided there (its latest decision at this pass is missing or deferred): the
 * member decisions owed, for the to-do list. `gates` pairs a process model with a phase key.
 */
export const listPendingMemberDecisions = (db: Queryable, collaborationIds: string[], gates: { processModelId: string; phaseKey: string }[]) =>
  db.query<{ initiativeId: string; collaborationId: string; title: string; processModelId: string; phaseKey: string; phaseEntry: number; phaseEnteredOn: string; gateDueOn: string | null; memberId: string; memberName: string }>(
    `with at_gate as (
       select i.id, i.collaboration_id, i.title, i.process_model_id, i.phase_key, i.phase_entry, i.phase_entered_on, i.gate_due_on from initiative i
       where i.collaboration_id = any($3::uuid[]) and i.status in ('active', 'paused') and (i.process_model_id, i.phase_key) in (select * from unnest($1::uuid[], $2::text[]))
     ),
     latest as (
       select distinct on (d.initiative_id, d.member_id) d.initiative_id, d.member_id, d.outcome
       from decision d join at_gate g on g.id = d.initiative_id and g.phase_key = d.phase_key and g.phase_entry = d.phase_entry
       where d.member_id is not null
       order by d.initiative_id, d.member_id, ${LATEST_DECISION_FIRST}
     )
     select g.id as "initiativeId", g.collaboration_id as "collaborationId", g.title, g.process_model_id as "processModelId", g.phase_key as "phaseKey",
            g.phase_entry as "phaseEntry", g.phase_entered_on::text as "phaseEnteredOn", g.gate_due_on::text as "gateDueOn", p.member_id as "memberId", m.name as "memberName"
     from at_gate g
     join initiative_participant p on p.initiative_id = g.id and p.state in ('joining', 'active')
     join member m on m.id = p.member_id
     left join latest on latest.initiative_id = g.id and latest.member_id = p.member_id
     where latest.outcome is null or latest.outcome = 'defer'`,
    [gates.map((g) => g.processModelId), gates.map((g) => g.phaseKey), collaborationIds],
  )

/**
 * Every body decision a gate waits for in these collaborations: a running initiative stands at a gate that
 * requires a body's decision of a kind, and that body's latest decision of it at this pass is missing or
 * deferred. `required` pairs each gate (model and phase) with a decision kind and the body that decides it.
 */
export const listPendingBodyDecisions = (db: Queryable, collaborationIds: string[], required: { processModelId: string; phaseKey: string; decisionKindId: string; bodyId: string }[]) =>
  db.query<{ initiativeId: string; collaborationId: string; title: string; processModelId: string; phaseKey: string; phaseEntry: number; phaseEnteredOn: string; gateDueOn: string | null; decisionKindId: string; bodyId: string }>(
    `with required as (select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[]) as r(process_model_id, phase_key, decision_kind_id, body_id)),
     at_gate as (
       select i.id, i.collaboration_id, i.title, i.process_model_id, i.phase_key, i.phase_entry, i.phase_entered_on, i.gate_due_on from initiative i
       where i.collaboration_id = any($5::uuid[]) and i.status in ('active', 'paused') and (i.process_model_id, i.phase_key) in (select process_model_id, phase_key from required)
     ),
     latest as (
       select distinct on (d.initiative_id, d.body_id, d.decision_kind_id) d.initiative_id, d.body_id, d.decision_kind_id, d.outcome
       from decision d join at_gate g on g.id = d.initiative_id and g.phase_key = d.phase_key and g.phase_entry = d.phase_entry
       where d.member_id is null
       order by d.initiative_id, d.body_id, d.decision_kind_id, ${LATEST_DECISION_FIRST}
     )
     select g.id as "initiativeId", g.collaboration_id as "collaborationId", g.title, g.process_model_id as "processModelId", g.phase_key as "phaseKey",
            g.phase_entry as "phaseEntry", g.phase_entered_on::text as "phaseEnteredOn", g.gate_due_on::text as "gateDueOn", r.decision_kind_id as "decisionKindId", r.body_id as "bodyId"
     from at_gate g
     join required r on r.process_model_id = g.process_model_id and r.phase_key = g.phase_key
     left join latest l on l.initiative_id = g.id and l.body_id = r.body_id and l.decision_kind_id = r.decision_kind_id
     where l.outcome is null or l.outcome = 'defer'
     order by g.id, r.decision_kind_id`,
    [required.map((r) => r.processModelId), required.map((r) => r.phaseKey), required.map((r) => r.decisionKindId), required.map((r) => r.bodyId), collaborationIds],
  )

/** The latest reminder of each member at each of these initiatives' current gate pass. */
export const listGateReminders = (db: Queryable, initiativeIds: string[]) =>
  db.query<{ initiativeId: string; memberId: string; remindedAt: string }>(
    `select r.initiative_id as "initiativeId", r.member_id as "memberId", max(r.reminded_at)::text as "remindedAt"
     from member_reminder r join initiative i on i.id = r.initiative_id and i.phase_key = r.phase_key and i.phase_entry = r.phase_entry
     where r.initiative_id = any($1::uuid[])
     group by 1, 2`,
    [initiativeIds],
  )

/** What the gate rules need of the collaboration itself (who decides follows from its legal form). */
export const listCollaborationsForGates = (db: Queryable, collaborationIds: string[]) =>
  db.query<{ id: string; legalForm: LegalForm }>(`select id, legal_form as "legalForm" from collaboration where id = any($1::uuid[]) order by id`, [collaborationIds])

export async function findCollaborationForGates(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ id: string; legalForm: LegalForm }>(`select id, legal_form as "legalForm" from collaboration where id = $1`, [collaborationId])
  return row
}

export async function findInitiative(db: Queryable, collaborationId: string, id: string, forUpdate = false) {
  const [row] = await db.query<InitiativeRow>(`select ${columns} from initiative i where i.collaboration_id = $1 and i.id = $2${forUpdate ? ' for update' : ''}`, [collaborationId, id])
  return row
}

export async function insertInitiative(
  tx: Queryable,
  row: Pick<InitiativeRow, 'collaborationId' | 'processModelId' | 'title' | 'need' | 'description' | 'areas' | 'proposingMemberId' | 'projectManager' | 'phaseKey' | 'registeredOn'>,
) {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into initiative (collaboration_id, process_model_id, title, need, description, areas, proposing_member_id, project_manager, phase_key, phase_entered_on, registered_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) returning id`,
    [row.collaborationId, row.processModelId, row.title, row.need, row.description, row.areas, row.proposingMemberId, row.projectManager, row.phaseKey, row.registeredOn],
  )
  return inserted!.id
}

export async function updateInitiative(tx: Queryable, id: string, version: number, row: Pick<InitiativeRow, 'title' | 'need' | 'description' | 'areas' | 'projectManager' | 'gateDueOn'>) {
  const rows = await tx.query(
    `update initiative set title = $3, need = $4, description = $5, areas = $6, project_manager = $7, gate_due_on = $8, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, row.title, row.need, row.description, row.areas, row.projectManager, row.gateDueOn],
  )
  return rows.length === 1
}

export async function setStatus(tx: Queryable, id: string, version: number, status: InitiativeStatus, reason: string, endedOn: string | null) {
  const rows = await tx.query(`update initiative set status = $3, status_reason = $4, ended_on = $5, version = version + 1 where id = $1 and version = $2 returning id`, [id, version, status, reason, endedOn])
  return rows.length === 1
}

/** Enters a phase: a new pass, so decisions taken at an earlier pass through its gate no longer count. */
export async function enterPhase(tx: Queryable, id: string, version: number, phaseKey: string, on: string) {
  const rows = await tx.query(
    `update initiative set phase_key = $3, phase_entry = phase_entry + 1, phase_entered_on = $4, gate_due_on = null, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, phaseKey, on],
  )
  return rows.length === 1
}

export interface ParticipationRow {
  id: string
  initiativeId: string
  memberId: string
  name: string
  state: 'invited' | 'joining' | 'active' | 'left'
  requestedOn: string
  joinedAtPhase: string | null
  joinedOn: string | null
  leftAtPhase: string | null
  leftOn: string | null
  leaveReason: 'declined' | 'withdrew_request' | 'declined_invitation' | null
}

/** The initiatives to read: these (by id) or, with null, every one of the collaboration. */
const ofInitiatives = (column: string, ids: string[] | null) => (ids ? `${column} = any($2::uuid[])` : '$2::uuid[] is null')

export const listParticipations = (db: Queryable, collaborationId: string, initiativeIds: string[] | null) =>
  db.query<ParticipationRow>(
    `select p.id, p.initiative_id as "initiativeId", p.member_id as "memberId", m.name, p.state, p.requested_on as "requestedOn",
       p.joined_at_phase as "joinedAtPhase", p.joined_on as "joinedOn", p.left_at_phase as "leftAtPhase", p.left_on as "leftOn", p.leave_reason as "leaveReason"
     from initiative_participant p
     join initiative i on i.id = p.initiative_id
     join member m on m.id = p.member_id
     where i.collaboration_id = $1 and ${ofInitiatives('p.initiative_id', initiativeIds)}
     order by m.name collate "C", p.requested_on, p.id`,
    [collaborationId, initiativeIds],
  )

export async function insertParticipation(tx: Queryable, row: { initiativeId: string; memberId: string; state: 'invited' | 'joining' | 'active'; on: string }) {
  await tx.query(
    `insert into initiative_participant (initiative_id, member_id, state, requested_on, joined_on) values ($1, $2, $3, $4, case when $3 = 'active' then $4::date end)`,
    [row.initiativeId, row.memberId, row.state, row.on],
  )
}

export async function joinAtGate(tx: Queryable, participationId: string, phaseKey: string, on: string) {
  await tx.query(`update initiative_participant set state = 'active', joined_at_phase = $2, joined_on = $3 where id = $1`, [participationId, phaseKey, on])
}

/** An invitation accepted becomes a request to join at the next gate, dated the day it was accepted. */
export async function acceptInvitation(tx: Queryable, participationId: string, on: string) {
  await tx.query(`update initiative_participant set state = 'joining', requested_on = $2 where id = $1 and state = 'invited'`, [participationId, on])
}

export async function leave(tx: Queryable, participationId: string, phaseKey: string, on: string, reason: 'declined' | 'withdrew_request' | 'declined_invitation') {
  await tx.query(`update initiative_participant set state = 'left', left_at_phase = $2, left_on = $3, leave_reason = $4 where id = $1`, [participationId, phaseKey, on, reason])
}

export interface DocumentVersionRow {
  id: string
  initiativeId: string
  typeKey: string
  phaseKey: string
  number: number
  values: Record<string, string | number | null>
  final: boolean
  attachmentIds: string[]
  note: string
  createdBy: string
  createdAt: string
}

export const listDocumentVersions = (db: Queryable, collaborationId: string, initiativeIds: string[] | null) =>
  db.query<DocumentVersionRow>(
    `select v.id, d.initiative_id as "initiativeId", d.type_key as "typeKey", d.phase_key as "phaseKey", v.number, v."values", v.final,
       v.attachment_ids as "attachmentIds", v.note, v.created_by_name as "createdBy", v.created_at::text as "createdAt"
     from initiative_document_version v
     join initiative_document d on d.id = v.document_id
     join initiative i on i.id = d.initiative_id
     where i.collaboration_id = $1 and ${ofInitiatives('d.initiative_id', initiativeIds)}
     order by d.type_key, v.number desc`,
    [collaborationId, initiativeIds],
  )

/** What the gate engine needs of a decision at an initiative's current gate. */
export interface GateDecisionRow {
  id: string
  initiativeId: string
  phaseKey: string
  phaseEntry: number
  decisionKindId: string
  bodyId: string | null
  memberId: string | null
  outcome: 'approve' | 'reject' | 'defer'
  decidedOn: string
  recordedAt: string
  reference: string
}

/** Decisions taken at each initiative's current gate, this pass through it, oldest first (a later one replaces an earlier). */
export const listGateDecisions = (db: Queryable, collaborationId: string, initiativeIds: string[] | null) =>
  db.query<GateDecisionRow>(
    `select d.id, d.initiative_id as "initiativeId", d.phase_key as "phaseKey", d.phase_entry as "phaseEntry", d.decision_kind_id as "decisionKindId",
       d.body_id as "bodyId", d.member_id as "memberId", d.outcome, d.decided_on as "decidedOn", ${RECORDED_AT_SORTABLE} as "recordedAt", d.reference
     from decision d
     join initiative i on i.id = d.initiative_id and i.phase_key = d.phase_key and i.phase_entry = d.phase_entry
     where i.collaboration_id = $1 and ${ofInitiatives('d.initiative_id', initiativeIds)}
     order by d.decided_on, d.recorded_at, d.id`,
    [collaborationId, initiativeIds],
  )

export interface MemberName {
  id: string
  name: string
  leftOn: string | null
}

/**
 * The members these initiatives name (participants of any state, proposers) and any others asked for by id;
 * with null, every member of the collaboration.
 */
export const listMemberNames = (db: Queryable, collaborationId: string, initiativeIds: string[] | null, memberIds: string[]) =>
  db.query<MemberName>(
    `select m.id, m.name, m.left_on as "leftOn" from member m
     where m.collaboration_id = $1 and (${
       initiativeIds
         ? `m.id = any($3::uuid[])
       or m.id in (select p.member_id from initiative_participant p where p.initiative_id = any($2::uuid[]))
       or m.id in (select i.proposing_member_id from initiative i where i.id = any($2::uuid[]))`
         : '$2::uuid[] is null or $3::uuid[] is not null'
     })`,
    [collaborationId, initiativeIds, memberIds],
  )

export async function insertDocumentVersion(
  tx: Queryable,
  row: { initiativeId: string; typeKey: string; phaseKey: string; values: Record<string, unknown>; final: boolean; attachmentIds: string[]; note: string; createdBy: string },
) {
  await tx.query(`insert into initiative_document (initiative_id, type_key, phase_key) values ($1, $2, $3) on conflict (initiative_id, type_key) do nothing`, [row.initiativeId, row.typeKey, row.phaseKey])
  const [inserted] = await tx.query<{ id: string; number: number }>(
    `insert into initiative_document_version (document_id, number, "values", final, attachment_ids, note, created_by_name)
     select d.id, coalesce((select max(v.number) from initiative_document_version v where v.document_id = d.id), 0) + 1, $3, $4, $5, $6, $7
     from initiative_document d where d.initiative_id = $1 and d.type_key = $2
     returning id, number`,
    [row.initiativeId, row.typeKey, JSON.stringify(row.values), row.final, row.attachmentIds, row.note, row.createdBy],
  )
  return inserted!
}

export interface EventRow {
  id: number
  initiativeId: string
  kind: string
  phaseKey: string
  occurredOn: string
  details: Record<string, unknown>
  decisionIds: string[]
  actorName: string
}

export const listEvents = (db: Queryable, initiativeId: string) =>
  db.query<EventRow>(
    `select id, initiative_id as "initiativeId", kind, phase_key as "phaseKey", occurred_on as "occurredOn", details, decision_ids as "decisionIds", actor_name as "actorName"
     from initiative_event where initiative_id = $1 order by occurred_on, id`,
    [initiativeId],
  )

export async function insertEvent(tx: Queryable, row: Omit<EventRow, 'id' | 'decisionIds'> & { decisionIds?: string[] }) {
  await tx.query(
    `insert into initiative_event (initiative_id, kind, phase_key, occurred_on, details, decision_ids, actor_name) values ($1, $2, $3, $4, $5, $6, $7)`,
    [row.initiativeId, row.kind, row.phaseKey, row.occurredOn, JSON.stringify(row.details), row.decisionIds ?? [], row.actorName],
  )
}

export interface JoinedParticipation {
  initiativeId: string
  memberId: string
  joinedOn: string | null
  joinedAtPhase: string | null
  leftOn: string | null
}

/** The participations of the given initiatives that have begun (those that share costs), in the order they began. */
export const listJoinedParticipations = (db: Queryable, collaborationId: string, initiativeIds: readonly string[]) =>
  db.query<JoinedParticipation>(
    `select p.initiative_id as "initiativeId", p.member_id as "memberId", p.joined_on as "joinedOn", p.joined_at_phase as "joinedAtPhase", p.left_on as "leftOn"
     from initiative_participant p join initiative i on i.id = p.initiative_id
     where p.initiative_id = any($2::uuid[]) and i.collaboration_id = $1 and p.joined_on is not null
     order by p.joined_on, p.initiative_id, p.member_id, p.id`,
    [collaborationId, initiativeIds],
  )

/** How many running initiatives stand in each phase, per process model: the dashboard's bars. */
export const countRunningByPhase = (db: Queryable, collaborationId: string) =>
  db.query<{ processModelId: string; phaseKey: string; count: number }>(
    `select i.process_model_id as "processModelId", i.phase_key as "phaseKey", count(*)::int as count
     from initiative i where i.collaboration_id = $1 and i.status in ('active', 'paused') group by 1, 2`,
    [collaborationId],
  )

/**
 * Active initiatives whose current gate has a day set for its decision: the first `limit` by that day (what is
 * due first first), and how many in all.
 */
export async function listGatesWithDueDates(db: Queryable, collaborationId: string, limit: number) {
  const where = `i.collaboration_id = $1 and i.status = 'active' and i.gate_due_on is not null`
  const [rows, [total]] = await Promise.all([
    db.query<{ id: string; title: string; processModelId: string; phaseKey: string; gateDueOn: string }>(
      `select i.id, i.title, i.process_model_id as "processModelId", i.phase_key as "phaseKey", i.gate_due_on::text as "gateDueOn"
       from initiative i where ${where} order by i.gate_due_on, i.title, i.id limit $2`,
      [collaborationId, limit],
    ),
    db.query<{ count: number }>(`select count(*)::int as count from initiative i where ${where}`, [collaborationId]),
  ])
  return { rows, total: total!.count }
}

/** The gates with a day set for their decision in these Swedish days, for the annual wheel. */
export const listGateDueDatesBetween = (db: Queryable, collaborationId: string, from: string, to: string) =>
  db.query<{ id: string; title: string; processModelId: string; phaseKey: string; gateDueOn: string }>(
    `select i.id, i.title, i.process_model_id as "processModelId", i.phase_key as "phaseKey", i.gate_due_on::text as "gateDueOn"
     from initiative i where i.collaboration_id = $1 and i.status in ('active', 'paused') and i.gate_due_on between $2::date and $3::date
     order by i.gate_due_on, i.title, i.id`,
    [collaborationId, from, to],
  )
