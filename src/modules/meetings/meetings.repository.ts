import type { Queryable } from '../../server/db/database'
import { takeYearlyNumber } from '../../server/db/yearly-counter'
import type { Outcome } from '../../shared/initiatives'

export interface MeetingRow {
  id: string
  collaborationId: string
  bodyId: string
  bodyName: string
  startsAt: string
  endsAt: string | null
  place: string
  link: string
  status: 'planned' | 'notice_sent' | 'held' | 'minutes_approved' | 'published' | 'cancelled'
  noticeSentAt: string | null
  chairUserId: string | null
  adjusterUserIds: string[]
  secretaryName: string
  publishedOn: string | null
  appealEndsOn: string | null
  /** When the meeting was closed (declared held), and why it was cancelled. */
  heldAt: string | null
  cancelledReason: string | null
  version: number
  /** The meeting's date and year in Swedish time. */
  meetingDate: string
  year: number
}

const columns = `m.id, m.collaboration_id as "collaborationId", m.body_id as "bodyId", b.name as "bodyName",
  to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
  to_char(m.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "endsAt",
  m.place, m.link, m.status, m.notice_sent_at::text as "noticeSentAt", m.chair_user_id as "chairUserId", m.adjuster_user_ids as "adjusterUserIds",
  m.secretary_name as "secretaryName", m.published_on as "publishedOn", m.appeal_ends_on as "appealEndsOn", m.version,
  m.held_at::text as "heldAt", m.cancelled_reason as "cancelledReason",
  (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate", extract(year from m.starts_at at time zone 'Europe/Stockholm')::int as year`

export const listMeetings = (db: Queryable, collaborationId: string, filter: { bodyId?: string; from?: string; to?: string; ids?: string[] } = {}) =>
  db.query<MeetingRow>(
    `select ${columns} from meeting m join body b on b.id = m.body_id
     where m.collaboration_id = $1 and ($2::uuid is null or m.body_id = $2)
       and ($3::date is null or (m.starts_at at time zone 'Europe/Stockholm')::date >= $3)
       and ($4::date is null or (m.starts_at at time zone 'Europe/Stockholm')::date <= $4)
       and ($5::uuid[] is null or m.id = any($5))
     order by m.starts_at`,
    [collaborationId, filter.bodyId ?? null, filter.from ?? null, filter.to ?? null, filter.ids ?? null],
  )

/**
 * One page of the register of minutes: posted minutes, newest meeting first (id last, so pages never tie), each
 * with its §§; `postedBy` keeps out minutes whose posting day is still to come. The total is counted alongside.
 */
export async function publishedMinutesPage(db: Queryable, collaborationId: string, postedBy: string | null, window: { limit: number; offset: number }) {
  const where = `m.collaboration_id = $1 and m.status = 'published' and m.published_on is not null and m.appeal_ends_on is not null and ($2::date is null or m.published_on <= $2)`
  const [rows, [count]] = await Promise.all([
    db.query<{ meetingId: string; bodyName: string; meetingDate: string; publishedOn: string; appealEndsOn: string; paragraphs: number[] | null }>(
      `select m.id as "meetingId", b.name as "bodyName", (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate",
         m.published_on as "publishedOn", m.appeal_ends_on as "appealEndsOn",
         (select array_agg(a.paragraph order by a.paragraph) from agenda_item a where a.meeting_id = m.id and a.paragraph is not null) as paragraphs
       from meeting m join body b on b.id = m.body_id
       where ${where} order by m.starts_at desc, m.id desc limit $3 offset $4`,
      [collaborationId, postedBy, window.limit, window.offset],
    ),
    db.query<{ n: number }>(`select count(*)::int as n from meeting m where ${where}`, [collaborationId, postedBy]),
  ])
  return { rows, total: count?.n ?? 0 }
}

/** The collaboration's name for a meeting's documents (not the whole collaboration with its population totals). */
export async function findCollaborationName(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ name: string }>('select name from collaboration where id = $1', [collaborationId])
  return row
}

export async function findMeeting(db: Queryable, collaborationId: string, id: string, forUpdate = false) {
  if (forUpdate) await db.query('select id from meeting where id = $1 for update', [id])
  const [row] = await listMeetings(db, collaborationId, { ids: [id] })
  return row
}

export async function insertMeeting(tx: Queryable, row: { collaborationId: string; bodyId: string; startsAt: string; endsAt: string | null; place: string; link: string }) {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into meeting (collaboration_id, body_id, starts_at, ends_at, place, link) values ($1, $2, $3, $4, $5, $6) returning id`,
    [row.collaborationId, row.bodyId, row.startsAt, row.endsAt, row.place, row.link],
  )
  return inserted!.id
}

export async function updateMeeting(tx: Queryable, id: string, input: { version: number; startsAt: string; endsAt: string | null; place: string; link: string; chairUserId: string | null; adjusterUserIds: string[]; secretaryName: string }) {
  const rows = await tx.query(
    `update meeting set starts_at = $3, ends_at = $4, place = $5, link = $6, chair_user_id = $7, adjuster_user_ids = $8, secretary_name = $9, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, input.version, input.startsAt, input.endsAt, input.place, input.link, input.chairUserId, input.adjusterUserIds, input.secretaryName],
  )
  return rows.length === 1
}

/** Moves the meeting on; each step stamps what it fixes (the clock's time, not the database's, so history can be recorded as it happened). */
export async function setMeetingStatus(
  tx: Queryable,
  id: string,
  status: MeetingRow['status'],
  extra: { noticeSentAt?: Date; heldAt?: Date; publishedOn?: string; appealEndsOn?: string; cancelledReason?: string } = {},
) {
  await tx.query(
    `update meeting set status = $2, notice_sent_at = coalesce($3::timestamptz, notice_sent_at), held_at = coalesce($4::timestamptz, held_at),
       published_on = coalesce($5::date, published_on), appeal_ends_on = coalesce($6::date, appeal_ends_on),
       cancelled_reason = coalesce($7, cancelled_reason), version = version + 1 where id = $1`,
    [id, status, extra.noticeSentAt?.toISOString() ?? null, extra.heldAt?.toISOString() ?? null, extra.publishedOn ?? null, extra.appealEndsOn ?? null, extra.cancelledReason ?? null],
  )
}

export interface AgendaRow {
  id: string
  meetingId: string
  position: number
  caseId: string | null
  caseNumber: string | null
  caseTitle: string | null
  /** The case's proposed decision (förslag till beslut), where the decision starts from. */
  proposedDecision: string
  title: string
  confidential: boolean
  confidentialityGround: string
  initiativeId: string | null
  paragraph: number | null
  outcome: Outcome | null
  wording: string
  reservations: string
  deferredToMeetingId: string | null
  decisionId: string | null
  decisionBasisVersionId: string | null
  decisionBasisHash: string | null
}

export const listAgenda = (db: Queryable, meetingIds: string[]) =>
  db.query<AgendaRow>(
    `select a.id, a.meeting_id as "meetingId", a.position, a.case_id as "caseId", c.number as "caseNumber", c.title as "caseTitle", coalesce(c.proposed_decision, '') as "proposedDecision", a.title,
       coalesce(c.confidential, false) as confidential, coalesce(c.confidentiality_ground, '') as "confidentialityGround", c.initiative_id as "initiativeId",
       a.paragraph, a.outcome, a.wording, a.reservations, a.deferred_to_meeting_id as "deferredToMeetingId", a.decision_id as "decisionId",
       a.decision_basis_version_id as "decisionBasisVersionId", a.decision_basis_hash as "decisionBasisHash"
     from agenda_item a left join "case" c on c.id = a.case_id
     where a.meeting_id = any($1::uuid[]) order by a.meeting_id, a.position`,
    [meetingIds],
  )

/**
 * Points the undecided agenda items of the initiative's cases at a dispatched decision basis (its id and hash), so
 * that the item and the § it becomes refer to what was decided on. Returns the items linked.
 */
export async function linkDecisionBasis(tx: Queryable, collaborationId: string, initiativeId: string, basis: { versionId: string; hash: string }) {
  return tx.query<{ id: string }>(
    `update agenda_item a set decision_basis_version_id = $3, decision_basis_hash = $4
     from "case" c join meeting m on m.collaboration_id = c.collaboration_id
     where c.id = a.case_id and m.id = a.meeting_id and c.collaboration_id = $1 and c.initiative_id = $2 and a.paragraph is null and m.status not in ('cancelled')
     returning a.id`,
    [collaborationId, initiativeId, basis.versionId, basis.hash],
  )
}

export async function insertAgendaItem(tx: Queryable, meetingId: string, item: { caseId: string | null; title: string }) {
  await tx.query(
    `insert into agenda_item (meeting_id, position, case_id, title)
     select $1, coalesce(max(position), 0) + 1, $2, $3 from agenda_item where meeting_id = $1`,
    [meetingId, item.caseId, item.title],
  )
}

export async function deleteAgendaItem(tx: Queryable, itemId: string) {
  await tx.query('delete from agenda_item where id = $1', [itemId])
}

export async function setPositions(tx: Queryable, itemIds: string[]) {
  for (const [index, id] of itemIds.entries()) await tx.query('update agenda_item set position = $2 where id = $1', [id, index + 1])
}

/** The next § of the body's year; the counter row is locked until the transaction ends. */
export const takeParagraph = (tx: Queryable, bodyId: string, year: number) =>
  takeYearlyNumber(tx, { table: 'paragraph_counter', ownerColumn: 'body_id', lastColumn: 'last_paragraph' }, bodyId, year)

export async function decideAgendaItem(tx: Queryable, itemId: string, decision: { paragraph: number; outcome: Outcome; wording: string; reservations: string; deferredToMeetingId: string | null }) {
  await tx.query(
    `update agenda_item set paragraph = $2, outcome = $3, wording = $4, reservations = $5, deferred_to_meeting_id = $6 where id = $1`,
    [itemId, decision.paragraph, decision.outcome, decision.wording, decision.reservations, decision.deferredToMeetingId],
  )
}

export async function linkDecision(tx: Queryable, itemId: string, decisionId: string) {
  await tx.query('update agenda_item set decision_id = $2 where id = $1', [itemId, decisionId])
}

export interface AttendanceRow {
  id: string
  meetingId: string
  personName: string
  memberId: string | null
  memberName: string | null
  seatRole: 'ledamot' | 'ersattare' | 'official'
  position: 'chair' | 'vice_chair' | null
  servingFor: string | null
  present: boolean
  /** For an ersättare: the order in which it steps in for an absent ledamot of its member. */
  substituteOrder: number | null
}

export const listAttendance = (db: Queryable, meetingId: string) =>
  db.query<AttendanceRow>(
    `select a.id, a.meeting_id as "meetingId", a.person_name as "personName", a.member_id as "memberId", m.name as "memberName", a.seat_role as "seatRole",
       a.position, a.serving_for as "servingFor", a.present, a.substitute_order as "substituteOrder"
     from meeting_attendance a left join member m on m.id = a.member_id
     where a.meeting_id = $1 order by a.seat_role = 'official', a.position nulls last, a.seat_role, m.name collate "C", a.person_name`,
    [meetingId],
  )

export async function replaceAttendance(tx: Queryable, meetingId: string, rows: Omit<AttendanceRow, 'id' | 'meetingId' | 'memberName'>[]) {
  await tx.query('delete from meeting_attendance where meeting_id = $1', [meetingId])
  for (const row of rows) {
    await tx.query(
      `insert into meeting_attendance (meeting_id, person_name, member_id, seat_role, position, serving_for, present, substitute_order) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [meetingId, row.personName, row.memberId, row.seatRole, row.position, row.servingFor, row.present, row.substituteOrder],
    )
  }
}

export const listMeetingDocuments = (db: Queryable, meetingId: string) =>
  db.query<{ id: string; fileName: string; sizeBytes: number }>(
    `select a.id, a.file_name as "fileName", a.size_bytes as "sizeBytes" from meeting_document d join attachment a on a.id = d.attachment_id where d.meeting_id = $1 order by a.file_name`,
    [meetingId],
  )

export async function addMeetingDocument(tx: Queryable, meetingId: string, attachmentId: string) {
  await tx.query('insert into meeting_document (meeting_id, attachment_id) values ($1, $2) on conflict do nothing', [meetingId, attachmentId])
}

export interface ApprovalRow {
  role: 'chair' | 'adjuster'
  userId: string
  name: string
  /** When it was done in Samverka, or recorded there for a paper signature. */
  approvedAt: string
  /** The day of the approval in Swedish time: the signature's date for one on paper. */
  approvedOn: string
  /** Signed on paper and recorded by the secretary. */
  recorded: boolean
  signedOn: string | null
  recordedByName: string | null
}

export const listApprovals = (db: Queryable, meetingId: string) =>
  db.query<ApprovalRow>(
    `select role, user_id as "userId", name, to_char(approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "approvedAt",
       coalesce(signed_on, (approved_at at time zone 'Europe/Stockholm')::date)::text as "approvedOn",
       signed_on is not null as recorded, signed_on::text as "signedOn", recorded_by_name as "recordedByName"
     from minutes_approval where meeting_id = $1 order by coalesce(signed_on, (approved_at at time zone 'Europe/Stockholm')::date), approved_at`,
    [meetingId],
  )

export async function insertApproval(tx: Queryable, row: { meetingId: string; role: 'chair' | 'adjuster'; userId: string; name: string; approvedAt: Date; signedOn?: string; recordedByName?: string }) {
  await tx.query('insert into minutes_approval (meeting_id, role, user_id, name, approved_at, signed_on, recorded_by_name) values ($1, $2, $3, $4, $5, $6, $7)', [
    row.meetingId,
    row.role,
    row.userId,
    row.name,
    row.approvedAt.toISOString(),
    row.signedOn ?? null,
    row.recordedByName ?? null,
  ])
}

export const userNames = (db: Queryable, ids: string[]) =>
  ids.length ? db.query<{ id: string; name: string }>('select id, name from app_user where id = any($1::uuid[])', [ids]) : Promise.resolve([])

export const listWheel = (db: Queryable, collaborationId: string) =>
  db.query<{ id: string; month: number; title: string; description: string; bodyId: string | null }>(
    `select id, month, title, description, body_id as "bodyId" from annual_wheel_item where collaboration_id = $1 order by month, title`,
    [collaborationId],
  )

export async function insertWheelItem(tx: Queryable, collaborationId: string, item: { month: number; title: string; description: string; bodyId: string | null }) {
  const [row] = await tx.query<{ id: string }>(
    'insert into annual_wheel_item (collaboration_id, month, title, description, body_id) values ($1, $2, $3, $4, $5) returning id',
    [collaborationId, item.month, item.title, item.description, item.bodyId],
  )
  return row!.id
}

export async function deleteWheelItem(tx: Queryable, collaborationId: string, id: string) {
  const rows = await tx.query('delete from annual_wheel_item where collaboration_id = $1 and id = $2 returning id', [collaborationId, id])
  return rows.length === 1
}

/** The body's members with accounts (by the member they sit for), its chair and adjusters, and the secretaries. */
export const noticeRecipients = (db: Queryable, collaborationId: string, meeting: { bodyId: string; chairUserId: string | null; adjusterUserIds: string[] }) =>
  db.query<{ id: string; name: string; email: string }>(
    `select distinct u.id, u.name, u.email from app_user u join role_assignment r on r.user_id = u.id
     where r.collaboration_id = $1 and (
       (r.role = 'body_member' and (r.member_id is null or r.member_id in (select s.member_id from body_seat s where s.body_id = $2)))
       or r.role = 'secretary' or u.id = any($3::uuid[]))
     order by u.name`,
    [collaborationId, meeting.bodyId, [...(meeting.chairUserId ? [meeting.chairUserId] : []), ...meeting.adjusterUserIds]],
  )

/** Cases waiting on an agenda where they are not yet decided. */
export const casesWaitingOnAgenda = (db: Queryable, caseIds: string[]) =>
  db.query<{ caseId: string }>('select case_id as "caseId" from agenda_item where case_id = any($1::uuid[]) and paragraph is null', [caseIds])

/** Of these users, those with a role in the collaboration. */
export const usersWithRole = (db: Queryable, collaborationId: string, userIds: string[]) =>
  db.query<{ userId: string }>('select distinct user_id as "userId" from role_assignment where collaboration_id = $1 and user_id = any($2::uuid[])', [collaborationId, userIds])

export interface ParagraphRow {
  itemId: string
  paragraph: number
  year: number
  title: string
  outcome: 'approve' | 'reject' | 'defer'
  bodyId: string
  bodyName: string
  meetingId: string
  meetingDate: string
  meetingStatus: MeetingRow['status']
  publishedOn: string | null
  /** The initiative of the §'s case, and the decision record already made from the §. */
  initiativeId: string | null
  decisionId: string | null
}

/** One § of a collaboration's minutes, by its agenda item; undefined when the item is not a decided § of this collaboration. */
export async function findParagraph(db: Queryable, collaborationId: string, itemId: string) {
  const [row] = await db.query<ParagraphRow>(
    `select a.id as "itemId", a.paragraph, extract(year from m.starts_at at time zone 'Europe/Stockholm')::int as year, a.title, a.outcome,
       m.body_id as "bodyId", b.name as "bodyName", m.id as "meetingId", (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate",
       m.status as "meetingStatus", m.published_on as "publishedOn", c.initiative_id as "initiativeId", a.decision_id as "decisionId"
     from agenda_item a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id left join "case" c on c.id = a.case_id
     where a.id = $2 and m.collaboration_id = $1 and a.paragraph is not null and a.outcome is not null`,
    [collaborationId, itemId],
  )
  return row
}

/** The next meetings of the collaboration from this Swedish day on (those of today included), cancelled ones left out. */
export const listUpcomingMeetings = (db: Queryable, collaborationId: string, today: string, limit: number) =>
  db.query<MeetingRow>(
    `select ${columns} from meeting m join body b on b.id = m.body_id
     where m.collaboration_id = $1 and m.status <> 'cancelled' and (m.starts_at at time zone 'Europe/Stockholm')::date >= $2::date
     order by m.starts_at, m.id limit $3`,
    [collaborationId, today, limit],
  )

/** The meetings of these collaborations from this Swedish day on, cancelled ones included (a calendar shows them as cancelled). */
export const listMeetingsFrom = (db: Queryable, collaborationIds: string[], from: string) =>
  db.query<MeetingRow>(
    `select ${columns} from meeting m join body b on b.id = m.body_id
     where m.collaboration_id = any($1::uuid[]) and (m.starts_at at time zone 'Europe/Stockholm')::date >= $2::date
     order by m.starts_at, m.id`,
    [collaborationIds, from],
  )

/** The appeal periods of minutes posted in these Swedish days, for the annual wheel. */
export const listAppealPeriodsBetween = (db: Queryable, collaborationId: string, from: string, to: string) =>
  db.query<{ meetingId: string; bodyName: string; meetingDate: string; publishedOn: string; appealEndsOn: string }>(
    `select m.id as "meetingId", b.name as "bodyName", (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate",
       m.published_on::text as "publishedOn", m.appeal_ends_on::text as "appealEndsOn"
     from meeting m join body b on b.id = m.body_id
     where m.collaboration_id = $1 and m.published_on is not null and m.appeal_ends_on is not null
       and m.published_on between $2::date and $3::date
     order by m.published_on, m.starts_at, m.id`,
    [collaborationId, from, to],
  )

/**
 * Held meetings whose minutes are still to be approved or posted, in these collaborations: each with who must
 * approve, who has, and the day of the last approval (a paper signature counts from its date).
 */
export const listMinutesAwaiting = (db: Queryable, collaborationIds: string[]) =>
  db.query<{
    id: string
    collaborationId: string
    bodyName: string
    meetingDate: string
    heldOn: string | null
    status: 'held' | 'minutes_approved'
    chairUserId: string | null
    adjusterUserIds: string[]
    approvedBy: { userId: string; role: 'chair' | 'adjuster' }[]
    approvedOn: string | null
  }>(
    `select m.id, m.collaboration_id as "collaborationId", b.name as "bodyName", (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate",
       (m.held_at at time zone 'Europe/Stockholm')::date::text as "heldOn", m.status, m.chair_user_id as "chairUserId", m.adjuster_user_ids as "adjusterUserIds",
       coalesce((select json_agg(json_build_object('userId', a.user_id, 'role', a.role)) from minutes_approval a where a.meeting_id = m.id), '[]') as "approvedBy",
       (select max(coalesce(a.signed_on, (a.approved_at at time zone 'Europe/Stockholm')::date))::text from minutes_approval a where a.meeting_id = m.id) as "approvedOn"
     from meeting m join body b on b.id = m.body_id
     where m.collaboration_id = any($1::uuid[]) and m.status in ('held', 'minutes_approved')
     order by m.starts_at, m.id`,
    [collaborationIds],
  )
