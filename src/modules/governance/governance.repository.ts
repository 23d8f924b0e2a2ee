import type { Queryable } from '../../server/db/database'
import type { LegalForm } from '../../shared/roles'
import type { BodyKind, DecisionKindInfo, MandateInfo, SeatInfo } from './governance.model'
import { today } from '../../server/clock'
import { notLeftBySql } from '../members'

export interface BodyRow {
  id: string
  name: string
  kind: BodyKind
  purpose: string
  meetingCadence: string
  escalatesToBodyId: string | null
  /** From this day the body's meetings and minutes are kept in Samverka. */
  minutesKeptFrom: string | null
  version: number
}

export interface SeatRow extends SeatInfo {
  id: string
  personName: string
  position: 'chair' | 'vice_chair' | null
  /** The person's account, so that they can chair and approve minutes in Samverka. */
  userId: string | null
  /** For an ersättare: the order in which it steps in for an absent ledamot of its member. */
  substituteOrder: number | null
  version: number
}

/** Every new collaboration starts with the default catalogue of decision kinds. */
export async function copyDefaultDecisionKinds(tx: Queryable, collaborationId: string) {
  await tx.query(
    `insert into decision_kind (collaboration_id, key, name_sv, name_en, binding, requires_member_decisions, sort_order)
     select $1, key, name_sv, name_en, binding, requires_member_decisions, sort_order from default_decision_kind`,
    [collaborationId],
  )
}

const bodyColumns = `id, name, kind, purpose, meeting_cadence as "meetingCadence", escalates_to_body_id as "escalatesToBodyId", minutes_kept_from::text as "minutesKeptFrom", version`

/** What the governance rules read of the collaboration itself (not its members' population totals). */
export async function findGovernedCollaboration(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ legalForm: LegalForm; hostMemberId: string | null; recordsPublicSetting: boolean | null }>(
    `select legal_form as "legalForm", host_member_id as "hostMemberId", records_public as "recordsPublicSetting" from collaboration where id = $1`,
    [collaborationId],
  )
  return row
}

export const listBodies = (db: Queryable, collaborationId: string) =>
  db.query<BodyRow>(`select ${bodyColumns} from body where collaboration_id = $1 order by name`, [collaborationId])

export async function findBody(db: Queryable, collaborationId: string, bodyId: string) {
  const [row] = await db.query<BodyRow>(`select ${bodyColumns} from body where collaboration_id = $1 and id = $2`, [collaborationId, bodyId])
  return row
}

export const listSeats = (db: Queryable, collaborationId: string) =>
  db.query<SeatRow & { userName: string | null }>(
    `select s.id, s.body_id as "bodyId", s.person_name as "personName", s.seat_role as "seatRole", s.member_id as "memberId",
       s.position, s.term_start as "termStart", s.term_end as "termEnd", s.user_id as "userId", u.name as "userName", s.substitute_order as "substituteOrder", s.version
     from body_seat s join body b on b.id = s.body_id left join app_user u on u.id = s.user_id
     where b.collaboration_id = $1
     order by s.position nulls last, s.seat_role, s.person_name`,
    [collaborationId],
  )

/** The members taking part on `on` (the Swedish today), by name: all the rules and the seat list need of them (not the member list's population figures). */
export const listCurrentMemberNames = (db: Queryable, collaborationId: string, on: string = today()) =>
  db.query<{ id: string; name: string }>(
    `select m.id, m.name from member m where m.collaboration_id = $1 and ${notLeftBySql('m', '$2')} order by m.name collate "C"`,
    [collaborationId, on],
  )

export const listMandates = (db: Queryable, collaborationId: string) =>
  db.query<MandateInfo>(
    `select m.body_id as "bodyId", m.decision_kind_id as "decisionKindId", m.mandate
     from body_mandate m join body b on b.id = m.body_id where b.collaboration_id = $1`,
    [collaborationId],
  )

export const listDecisionKinds = (db: Queryable, collaborationId: string) =>
  db.query<DecisionKindInfo & { sortOrder: number; version: number }>(
    `select id, key, name_sv as "nameSv", name_en as "nameEn", binding, requires_member_decisions as "requiresMemberDecisions",
       sort_order as "sortOrder", version
     from decision_kind where collaboration_id = $1 order by sort_order, name_sv`,
    [collaborationId],
  )

export async function insertBody(tx: Queryable, collaborationId: string, body: Omit<BodyRow, 'id' | 'version'>) {
  const [row] = await tx.query<{ id: string }>(
    `insert into body (collaboration_id, name, kind, purpose, meeting_cadence, escalates_to_body_id, minutes_kept_from)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [collaborationId, body.name, body.kind, body.purpose, body.meetingCadence, body.escalatesToBodyId, body.minutesKeptFrom],
  )
  return row!.id
}

export async function updateBody(tx: Queryable, bodyId: string, version: number, body: Omit<BodyRow, 'id' | 'version'>) {
  const rows = await tx.query(
    `update body set name = $3, kind = $4, purpose = $5, meeting_cadence = $6, escalates_to_body_id = $7, minutes_kept_from = $8, version = version + 1
     where id = $1 and version = $2 returning id`,
    [bodyId, version, body.name, body.kind, body.purpose, body.meetingCadence, body.escalatesToBodyId, body.minutesKeptFrom],
  )
  return rows.length === 1
}

export async function deleteBody(tx: Queryable, bodyId: string) {
  await tx.query('update body set escalates_to_body_id = null where escalates_to_body_id = $1', [bodyId])
  await tx.query('delete from body where id = $1', [bodyId])
}

export async function insertSeat(tx: Queryable, seat: Omit<SeatRow, 'id' | 'version'>) {
  const [row] = await tx.query<{ id: string }>(
    `insert into body_seat (body_id, person_name, seat_role, member_id, position, term_start, term_end, user_id, substitute_order)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [seat.bodyId, seat.personName, seat.seatRole, seat.memberId, seat.position, seat.termStart, seat.termEnd, seat.userId, seat.substituteOrder],
  )
  return row!.id
}

export async function updateSeat(tx: Queryable, seatId: string, version: number, seat: Omit<SeatRow, 'id' | 'version' | 'bodyId'>) {
  const rows = await tx.query(
    `update body_seat set person_name = $3, seat_role = $4, member_id = $5, position = $6, term_start = $7, term_end = $8,
       user_id = $9, substitute_order = $10, version = version + 1
     where id = $1 and version = $2 returning id`,
    [seatId, version, seat.personName, seat.seatRole, seat.memberId, seat.position, seat.termStart, seat.termEnd, seat.userId, seat.substituteOrder],
  )
  return rows.length === 1
}

export async function deleteSeat(tx: Queryable, seatId: string) {
  await tx.query('delete from body_seat where id = $1', [seatId])
}

/** Replaces what a body decides and prepares. */
export async function replaceMandates(tx: Queryable, bodyId: string, mandates: { decides: string[]; prepares: string[] }) {
  await tx.query('delete from body_mandate where body_id = $1', [bodyId])
  await tx.query(
    `insert into body_mandate (body_id, decision_kind_id, mandate)
     select $1::uuid, kind_id, 'decides' from unnest($2::uuid[]) as kind_id
     union all select $1::uuid, kind_id, 'prepares' from unnest($3::uuid[]) as kind_id`,
    [bodyId, mandates.decides, mandates.prepares],
  )
}

export async function insertDecisionKind(tx: Queryable, collaborationId: string, kind: Omit<DecisionKindInfo, 'id'> & { sortOrder: number }) {
  const [row] = await tx.query<{ id: string }>(
    `insert into decision_kind (collaboration_id, key, name_sv, name_en, binding, requires_member_decisions, sort_order)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [collaborationId, kind.key, kind.nameSv, kind.nameEn, kind.binding, kind.requiresMemberDecisions, kind.sortOrder],
  )
  return row!.id
}

export async function updateDecisionKind(
  tx: Queryable,
  id: string,
  version: number,
  kind: { nameSv: string; nameEn: string; binding: boolean; requiresMemberDecisions: boolean },
) {
  const rows = await tx.query(
    `update decision_kind set name_sv = $3, name_en = $4, binding = $5, requires_member_decisions = $6, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, kind.nameSv, kind.nameEn, kind.binding, kind.requiresMemberDecisions],
  )
  return rows.length === 1
}

export interface DisagreementRow {
  id: string
  title: string
  description: string
  raisedAtBodyId: string
  currentBodyId: string
  status: 'open' | 'resolved'
  resolution: string | null
  createdAt: string
  version: number
  steps: { kind: 'raised' | 'escalated' | 'resolved'; fromBodyId: string | null; toBodyId: string | null; note: string; actorName: string; occurredAt: string }[]
}

export async function listDisagreements(db: Queryable, collaborationId: string, id?: string): Promise<DisagreementRow[]> {
  const rows = await db.query<DisagreementRow & { createdAt: Date }>(
    `select d.id, d.title, d.description, d.raised_at_body_id as "raisedAtBodyId", d.current_body_id as "currentBodyId",
       d.status, d.resolution, d.created_at as "createdAt", d.version,
       (select json_agg(json_build_object('kind', s.kind, 'fromBodyId', s.from_body_id, 'toBodyId', s.to_body_id, 'note', s.note,
                 'actorName', s.actor_name, 'occurredAt', s.occurred_at) order by s.id)
        from disagreement_step s where s.disagreement_id = d.id) as steps
     from disagreement d where d.collaboration_id = $1 and ($2::uuid is null or d.id = $2)
     order by d.status, d.created_at desc`,
    [collaborationId, id ?? null],
  )
  return rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    steps: (row.steps ?? []).map((step) => ({ ...step, occurredAt: new Date(step.occurredAt).toISOString() })),
  }))
}

export async function insertDisagreement(tx: Queryable, collaborationId: string, input: { title: string; description: string; bodyId: string }) {
  const [row] = await tx.query<{ id: string }>(
    `insert into disagreement (collaboration_id, title, description, raised_at_body_id, current_body_id)
     values ($1, $2, $3, $4, $4) returning id`,
    [collaborationId, input.title, input.description, input.bodyId],
  )
  return row!.id
}

export async function moveDisagreement(
  tx: Queryable,
  id: string,
  version: number,
  change: { currentBodyId: string; status: 'open' | 'resolved'; resolution: string | null },
) {
  const rows = await tx.query(
    `update disagreement set current_body_id = $3, status = $4, resolution = $5, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, change.currentBodyId, change.status, change.resolution],
  )
  return rows.length === 1
}

export async function insertDisagreementStep(
  tx: Queryable,
  step: { disagreementId: string; kind: 'raised' | 'escalated' | 'resolved'; fromBodyId: string | null; toBodyId: string | null; note: string; actorUserId: string | null; actorName: string },
) {
  await tx.query(
    `insert into disagreement_step (disagreement_id, kind, from_body_id, to_body_id, note, actor_user_id, actor_name)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [step.disagreementId, step.kind, step.fromBodyId, step.toBodyId, step.note, step.actorUserId, step.actorName],
  )
}

/**
 * The bodies, mandates and decision kinds of many collaborations at once, each row naming its collaboration:
 * what every gate's rules stand on, for the to-do list of a person in several collaborations.
 */
export async function listGovernanceIn(db: Queryable, collaborationIds: string[]) {
  const [bodies, mandates, decisionKinds] = await Promise.all([
    db.query<BodyRow & { collaborationId: string }>(`select collaboration_id as "collaborationId", ${bodyColumns} from body where collaboration_id = any($1::uuid[]) order by name`, [collaborationIds]),
    db.query<MandateInfo & { collaborationId: string }>(
      `select b.collaboration_id as "collaborationId", m.body_id as "bodyId", m.decision_kind_id as "decisionKindId", m.mandate
       from body_mandate m join body b on b.id = m.body_id where b.collaboration_id = any($1::uuid[])`,
      [collaborationIds],
    ),
    db.query<DecisionKindInfo & { collaborationId: string; sortOrder: number; version: number }>(
      `select collaboration_id as "collaborationId", id, key, name_sv as "nameSv", name_en as "nameEn", binding, requires_member_decisions as "requiresMemberDecisions",
         sort_order as "sortOrder", version
       from decision_kind where collaboration_id = any($1::uuid[]) order by sort_order, name_sv`,
      [collaborationIds],
    ),
  ])
  return { bodies, mandates, decisionKinds }
}
