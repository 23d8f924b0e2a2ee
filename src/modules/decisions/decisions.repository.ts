import type { Queryable } from '../../server/db/database'
import type { Outcome } from '../../shared/initiatives'
import { DECISION_COLUMNS, DECISION_JOINS, type DecisionRow } from '../initiatives'

export interface DecisionPageRow extends DecisionRow {
  fileName: string | null
  sizeBytes: number | null
  /** The decision counts at its initiative's current gate: this phase, this pass through it. */
  current: boolean
}

export interface DecisionFilter {
  initiativeId?: string
  memberId?: string
  id?: string
}

const decisionFilter = `d.collaboration_id = $1 and ($2::uuid is null or d.initiative_id = $2) and ($3::uuid is null or d.member_id = $3) and ($4::uuid is null or d.id = $4)`
const filterValues = (collaborationId: string, filter: DecisionFilter) => [collaborationId, filter.initiativeId ?? null, filter.memberId ?? null, filter.id ?? null]

/**
 * One page of decision records, newest first (id last, so pages never overlap), with what the list shows and
 * nothing more; the total is counted on the decision table alone, so it costs an index scan, not the joins.
 */
export async function decisionPage(db: Queryable, collaborationId: string, filter: DecisionFilter, window: { limit: number; offset: number }) {
  const [rows, [count]] = await Promise.all([
    db.query<DecisionPageRow>(
      `select ${DECISION_COLUMNS}, a.file_name as "fileName", a.size_bytes as "sizeBytes",
         coalesce(i.phase_key = d.phase_key and i.phase_entry = d.phase_entry, false) as current
       from decision d ${DECISION_JOINS}
       left join attachment a on a.id = d.attachment_id
       where ${decisionFilter}
       order by d.decided_on desc, d.recorded_at desc, d.id desc limit $5 offset $6`,
      [...filterValues(collaborationId, filter), window.limit, window.offset],
    ),
    db.query<{ n: number }>(`select count(*)::int as n from decision d where ${decisionFilter}`, filterValues(collaborationId, filter)),
  ])
  return { rows, total: count?.n ?? 0 }
}

export async function insertDecision(
  tx: Queryable,
  row: {
    collaborationId: string
    initiativeId: string
    phaseKey: string
    phaseEntry: number
    decisionKindId: string
    bodyId: string | null
    memberId: string | null
    decidedOn: string
    outcome: Outcome
    conditions: string
    reference: string
    attachmentId: string | null
    recordedBy: string
    meetingItemId?: string | null
  },
) {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into decision (collaboration_id, initiative_id, phase_key, phase_entry, decision_kind_id, body_id, member_id, decided_on, outcome, conditions, reference, attachment_id, recorded_by_name, meeting_item_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
    [row.collaborationId, row.initiativeId, row.phaseKey, row.phaseEntry, row.decisionKindId, row.bodyId, row.memberId, row.decidedOn, row.outcome, row.conditions, row.reference, row.attachmentId, row.recordedBy, row.meetingItemId ?? null],
  )
  return inserted!.id
}

export const listReminders = (db: Queryable, collaborationId: string) =>
  db.query<{ initiativeId: string; memberId: string; phaseKey: string; phaseEntry: number; remindedAt: string }>(
    `select r.initiative_id as "initiativeId", r.member_id as "memberId", r.phase_key as "phaseKey", r.phase_entry as "phaseEntry", r.reminded_at::text as "remindedAt"
     from member_reminder r join initiative i on i.id = r.initiative_id where i.collaboration_id = $1 order by r.reminded_at`,
    [collaborationId],
  )

export async function insertReminder(tx: Queryable, row: { initiativeId: string; memberId: string; phaseKey: string; phaseEntry: number; remindedBy: string }) {
  await tx.query(`insert into member_reminder (initiative_id, member_id, phase_key, phase_entry, reminded_by_name) values ($1, $2, $3, $4, $5)`, [row.initiativeId, row.memberId, row.phaseKey, row.phaseEntry, row.remindedBy])
}

/** The people who represent these members, to remind them of their member's decision. */
export const memberRepresentatives = (db: Queryable, collaborationId: string, memberIds: string[]) =>
  db.query<{ memberId: string; userId: string; name: string; email: string }>(
    `select r.member_id as "memberId", u.id as "userId", u.name, u.email from role_assignment r join app_user u on u.id = r.user_id
     where r.collaboration_id = $1 and r.role = 'member_representative' and r.member_id = any($2::uuid[]) order by u.name`,
    [collaborationId, memberIds],
  )

export interface RegisterRow {
  id: string
  source: 'minutes' | 'external'
  deciderName: string
  paragraph: number | null
  year: number
  decidedOn: string
  title: string
  caseNumber: string | null
  outcome: Outcome
  wording: string
  reservations: string
  confidential: boolean
  confidentialityGround: string
  meetingId: string | null
  postedOn: string | null
  initiativeId: string | null
  initiativeTitle: string | null
  reference: string
  recordedBy: string | null
}

/**
 * The public decision register: every § of minutes posted by `today`, and every decision recorded from
 * outside Samverka, newest first, one page at a time; `years` says which years have entries.
 * Each source gives at most the rows up to the page's end, read in order off its index, so a page costs the
 * same however many decisions a collaboration holds; the total and the years are counted without the joins.
 */
export async function decisionRegister(db: Queryable, collaborationId: string, options: { today: string; year?: number; limit: number; offset: number; locale: 'sv' | 'en' }) {
  const paragraphsWhere = `m.collaboration_id = $1 and m.status = 'published' and m.published_on <= $2::date and a.paragraph is not null
    and ($3::int is null or extract(year from m.starts_at at time zone 'Europe/Stockholm') = $3)`
  const externalWhere = `d.collaboration_id = $1 and d.meeting_item_id is null
    and ($3::int is null or (d.decided_on >= make_date($3, 1, 1) and d.decided_on < make_date($3 + 1, 1, 1)))`
  const [rows, [count], years] = await Promise.all([
    db.query<RegisterRow>(
      `select id, source, "deciderName", paragraph, year, "decidedOn"::text as "decidedOn", title, "caseNumber", outcome, wording, reservations, confidential, "confidentialityGround",
         "meetingId", "postedOn"::text as "postedOn", "initiativeId", "initiativeTitle", reference, "recordedBy"
       from (
         (select a.id, 'minutes' as source, b.name as "deciderName", a.paragraph,
            extract(year from m.starts_at at time zone 'Europe/Stockholm')::int as year, (m.starts_at at time zone 'Europe/Stockholm')::date as "decidedOn",
            a.title, c.number as "caseNumber", a.outcome, a.wording, a.reservations,
            coalesce(c.confidential, false) as confidential, coalesce(c.confidentiality_ground, '') as "confidentialityGround",
            m.id as "meetingId", m.published_on as "postedOn", i.id as "initiativeId", i.title as "initiativeTitle", '' as reference, null::text as "recordedBy", m.starts_at as sort_at
          from agenda_item a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id
          left join "case" c on c.id = a.case_id left join initiative i on i.id = c.initiative_id
          where ${paragraphsWhere}
          order by m.starts_at desc, a.paragraph desc, a.id limit $5::int + $6::int)
         union all
         (select d.id, 'external', coalesce(b.name, mb.name), null, extract(year from d.decided_on)::int, d.decided_on,
            case when $4::text = 'en' then k.name_en else k.name_sv end, null, d.outcome, d.conditions, '', false, '',
            null, null, i.id, i.title, d.reference, d.recorded_by_name, d.decided_on::timestamptz
          from decision d join decision_kind k on k.id = d.decision_kind_id
          left join body b on b.id = d.body_id left join member mb on mb.id = d.member_id left join initiative i on i.id = d.initiative_id
          where ${externalWhere}
          order by d.decided_on desc, d.id limit $5::int + $6::int)
       ) r order by sort_at desc, paragraph desc nulls last, id limit $5 offset $6`,
      [collaborationId, options.today, options.year ?? null, options.locale, options.limit, options.offset],
    ),
    db.query<{ n: number }>(
      `select (select count(*) from agenda_item a join meeting m on m.id = a.meeting_id where ${paragraphsWhere})::int
         + (select count(*) from decision d where ${externalWhere})::int as n`,
      [collaborationId, options.today, options.year ?? null],
    ),
    db.query<{ year: number }>(
      `select extract(year from m.starts_at at time zone 'Europe/Stockholm')::int as year from meeting m
       where m.collaboration_id = $1 and m.status = 'published' and m.published_on <= $2::date and exists (select 1 from agenda_item a where a.meeting_id = m.id and a.paragraph is not null)
       union select extract(year from d.decided_on)::int from decision d where d.collaboration_id = $1 and d.meeting_item_id is null
       order by year desc`,
      [collaborationId, options.today],
    ),
  ])
  return { rows, total: count?.n ?? 0, years: years.map((y) => y.year) }
}

export interface ParagraphCandidateRow {
  itemId: string
  meetingId: string
  bodyId: string
  bodyName: string
  paragraph: number
  year: number
  meetingDate: string
  title: string
  outcome: Outcome
}

/**
 * The §§ an initiative's gate may take from the minutes: decided items of held meetings (of one body, if given)
 * whose case belongs to the initiative and that no decision record uses yet; newest first, at most 50.
 */
export const paragraphCandidates = (db: Queryable, collaborationId: string, initiativeId: string, bodyId: string | null) =>
  db.query<ParagraphCandidateRow>(
    `select a.id as "itemId", m.id as "meetingId", b.id as "bodyId", b.name as "bodyName", a.paragraph,
       extract(year from m.starts_at at time zone 'Europe/Stockholm')::int as year, (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate",
       coalesce(nullif(a.title, ''), c.title) as title, a.outcome
     from agenda_item a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id join "case" c on c.id = a.case_id
     where m.collaboration_id = $1 and c.initiative_id = $2 and ($3::uuid is null or m.body_id = $3)
       and m.status in ('held', 'minutes_approved', 'published') and a.paragraph is not null and a.outcome is not null and a.decision_id is null
     order by m.starts_at desc, a.paragraph desc limit 50`,
    [collaborationId, initiativeId, bodyId],
  )
