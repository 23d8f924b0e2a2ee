import type { Queryable } from '../../server/db/database'
import { takeYearlyNumber } from '../../server/db/yearly-counter'
import type { CreateCaseBody, UpdateCaseBody } from './cases.schema'

export interface CaseRow {
  id: string
  collaborationId: string
  number: string
  year: number
  seq: number
  classificationCode: string | null
  title: string
  description: string
  proposedDecision: string
  status: 'registered' | 'in_preparation' | 'ready_for_decision' | 'decided' | 'closed'
  preparingBodyId: string | null
  preparingBodyName: string | null
  decidingBodyId: string | null
  decidingBodyName: string | null
  initiativeId: string | null
  initiativeTitle: string | null
  confidential: boolean
  confidentialityGround: string
  registeredOn: string
  version: number
}

/** A case as the list shows it: without its description and proposed decision, which only its own page shows. */
export type CaseSummaryRow = Omit<CaseRow, 'description' | 'proposedDecision'>

const summaryColumns = `c.id, c.collaboration_id as "collaborationId", c.number, c.year, c.seq, c.classification_code as "classificationCode", c.title, c.status,
  c.preparing_body_id as "preparingBodyId", pb.name as "preparingBodyName", c.deciding_body_id as "decidingBodyId", db.name as "decidingBodyName",
  c.initiative_id as "initiativeId", i.title as "initiativeTitle", c.confidential, c.confidentiality_ground as "confidentialityGround",
  c.registered_on as "registeredOn", c.version`
const columns = `${summaryColumns}, c.description, c.proposed_decision as "proposedDecision"`
const from = `from "case" c left join body pb on pb.id = c.preparing_body_id left join body db on db.id = c.deciding_body_id left join initiative i on i.id = c.initiative_id`

export interface CaseFilter {
  status?: string
  year?: number
  decidingBodyId?: string
  q?: string
  ids?: string[]
}

const caseWhere = `c.collaboration_id = $1 and ($2::text is null or c.status = $2) and ($3::int is null or c.year = $3)
  and ($4::uuid is null or c.deciding_body_id = $4)
  and ($5::text is null or c.title ilike '%' || $5 || '%' or c.number ilike '%' || $5 || '%')
  and ($6::uuid[] is null or c.id = any($6))`
const caseValues = (collaborationId: string, filter: CaseFilter) => [collaborationId, filter.status ?? null, filter.year ?? null, filter.decidingBodyId ?? null, filter.q || null, filter.ids ?? null]

/** Newest first: year and number within it are unique in a collaboration, so the order never ties. */
export const listCases = (db: Queryable, collaborationId: string, filter: CaseFilter = {}) =>
  db.query<CaseRow>(`select ${columns} ${from} where ${caseWhere} order by c.year desc, c.seq desc`, caseValues(collaborationId, filter))

/** One page of cases and how many match the filters (counted on the case table alone). */
export async function casePage(db: Queryable, collaborationId: string, filter: CaseFilter, window: { limit: number; offset: number }) {
  const [rows, [count]] = await Promise.all([
    db.query<CaseSummaryRow>(`select ${summaryColumns} ${from} where ${caseWhere} order by c.year desc, c.seq desc limit $7 offset $8`, [...caseValues(collaborationId, filter), window.limit, window.offset]),
    db.query<{ n: number }>(`select count(*)::int as n from "case" c where ${caseWhere}`, caseValues(collaborationId, filter)),
  ])
  return { rows, total: count?.n ?? 0 }
}

export async function findCase(db: Queryable, collaborationId: string, id: string) {
  const [row] = await listCases(db, collaborationId, { ids: [id] })
  return row
}

/** The next sequence number of the year: the counter row is locked until the transaction ends, so no two cases share one. */
export const takeCaseNumber = (tx: Queryable, collaborationId: string, year: number) =>
  takeYearlyNumber(tx, { table: 'case_number_counter', ownerColumn: 'collaboration_id', lastColumn: 'last_seq' }, collaborationId, year)

/** The sequence number the next case of the year would get (for showing the format; nothing is taken). */
export async function peekCaseNumber(db: Queryable, collaborationId: string, year: number) {
  const [row] = await db.query<{ next: number }>('select last_seq + 1 as next from case_number_counter where collaboration_id = $1 and year = $2', [collaborationId, year])
  return row?.next ?? 1
}

export async function insertCase(tx: Queryable, row: Omit<CreateCaseBody, 'registeredOn'> & { collaborationId: string; year: number; seq: number; number: string; registeredOn: string }) {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into "case" (collaboration_id, year, seq, number, classification_code, title, description, preparing_body_id, deciding_body_id, initiative_id, confidential, confidentiality_ground, registered_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [row.collaborationId, row.year, row.seq, row.number, row.classificationCode, row.title, row.description, row.preparingBodyId, row.decidingBodyId, row.initiativeId, row.confidential, row.confidentialityGround, row.registeredOn],
  )
  return inserted!.id
}

export async function updateCase(tx: Queryable, id: string, input: UpdateCaseBody & { proposedDecision: string }) {
  const rows = await tx.query(
    `update "case" set title = $3, description = $4, status = $5, preparing_body_id = $6, deciding_body_id = $7, initiative_id = $8, confidential = $9, confidentiality_ground = $10, proposed_decision = $11, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, input.version, input.title, input.description, input.status, input.preparingBodyId, input.decidingBodyId, input.initiativeId, input.confidential, input.confidentialityGround, input.proposedDecision],
  )
  return rows.length === 1
}

export async function setCaseStatus(tx: Queryable, id: string, status: CaseRow['status']) {
  await tx.query(`update "case" set status = $2, version = version + 1 where id = $1`, [id, status])
}

export interface EntryRow {
  id: string
  caseId: string
  caseNumber: string
  seq: number
  registeredOn: string
  direction: 'incoming' | 'outgoing' | 'internal'
  counterpart: string
  description: string
  attachmentId: string | null
  fileName: string | null
  sizeBytes: number | null
  confidential: boolean
  confidentialityGround: string
}

export interface EntryFilter {
  caseIds?: string[]
  year?: number
  q?: string
}

const entryWhere = `c.collaboration_id = $1 and ($2::uuid[] is null or e.case_id = any($2)) and ($3::int is null or extract(year from e.registered_on) = $3)
  and ($4::text is null or e.description ilike '%' || $4 || '%' or c.number ilike '%' || $4 || '%' or e.counterpart ilike '%' || $4 || '%')`
const entryValues = (collaborationId: string, filter: EntryFilter) => [collaborationId, filter.caseIds ?? null, filter.year ?? null, filter.q || null]
const entryColumns = `e.id, e.case_id as "caseId", c.number as "caseNumber", e.seq, e.registered_on as "registeredOn", e.direction, e.counterpart, e.description,
  e.attachment_id as "attachmentId", a.file_name as "fileName", a.size_bytes as "sizeBytes", e.confidential, e.confidentiality_ground as "confidentialityGround"`
/** Newest first; a case's number and the entry's order in it never tie. */
const entryOrder = 'order by e.registered_on desc, c.number, e.seq desc'

export const listEntries = (db: Queryable, collaborationId: string, filter: EntryFilter = {}) =>
  db.query<EntryRow>(
    `select ${entryColumns} from register_entry e join "case" c on c.id = e.case_id left join attachment a on a.id = e.attachment_id where ${entryWhere} ${entryOrder}`,
    entryValues(collaborationId, filter),
  )

/** One page of the register and how many entries match the filters. */
export async function entryPage(db: Queryable, collaborationId: string, filter: EntryFilter, window: { limit: number; offset: number }) {
  const [rows, [count]] = await Promise.all([
    db.query<EntryRow>(
      `select ${entryColumns} from register_entry e join "case" c on c.id = e.case_id left join attachment a on a.id = e.attachment_id where ${entryWhere} ${entryOrder} limit $5 offset $6`,
      [...entryValues(collaborationId, filter), window.limit, window.offset],
    ),
    db.query<{ n: number }>(`select count(*)::int as n from register_entry e join "case" c on c.id = e.case_id where ${entryWhere}`, entryValues(collaborationId, filter)),
  ])
  return { rows, total: count?.n ?? 0 }
}

export async function insertEntry(tx: Queryable, row: { caseId: string; registeredOn: string; direction: string; counterpart: string; description: string; attachmentId: string | null; confidential: boolean; confidentialityGround: string; registeredBy: string }) {
  // The case row is the counter's lock: parallel registrations in one case wait here and number in turn.
  await tx.query('select id from "case" where id = $1 for update', [row.caseId])
  const [inserted] = await tx.query<{ id: string; seq: number }>(
    `insert into register_entry (case_id, seq, registered_on, direction, counterpart, description, attachment_id, confidential, confidentiality_ground, registered_by_name)
     select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 from register_entry where case_id = $1
     returning id, seq`,
    [row.caseId, row.registeredOn, row.direction, row.counterpart, row.description, row.attachmentId, row.confidential, row.confidentialityGround, row.registeredBy],
  )
  return inserted!
}

export async function findSettings(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ caseNumberFormat: string; classification: { code: string; title: string }[]; prefix: string }>(
    `select case_number_format as "caseNumberFormat", classification, prefix from collaboration where id = $1`,
    [collaborationId],
  )
  return row
}

export async function updateSettings(tx: Queryable, collaborationId: string, settings: { caseNumberFormat: string; classification: { code: string; title: string }[] }) {
  await tx.query(`update collaboration set case_number_format = $2, classification = $3 where id = $1`, [collaborationId, settings.caseNumberFormat, JSON.stringify(settings.classification)])
}

/** The § decisions each case got at meetings. */
export const listCaseDecisions = (db: Queryable, caseIds: string[]) =>
  caseIds.length
    ? db.query<{ caseId: string; meetingId: string; bodyName: string; paragraph: number; year: number; outcome: 'approve' | 'reject' | 'defer'; decidedOn: string }>(
        `select a.case_id as "caseId", m.id as "meetingId", b.name as "bodyName", a.paragraph, extract(year from m.starts_at at time zone 'Europe/Stockholm')::int as year, a.outcome,
           (m.starts_at at time zone 'Europe/Stockholm')::date::text as "decidedOn"
         from agenda_item a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id
         where a.case_id = any($1::uuid[]) and a.paragraph is not null order by m.starts_at`,
        [caseIds],
      )
    : Promise.resolve([])

/** Cases of these collaborations ready for decision that wait on no meeting's agenda: those still to be put before a body. */
export const listCasesAwaitingAgenda = (db: Queryable, collaborationIds: string[]) =>
  db.query<{ id: string; collaborationId: string; number: string; title: string; confidential: boolean; registeredOn: string }>(
    `select c.id, c.collaboration_id as "collaborationId", c.number, c.title, c.confidential, c.registered_on::text as "registeredOn"
     from "case" c
     where c.collaboration_id = any($1::uuid[]) and c.status = 'ready_for_decision'
       and not exists (select 1 from agenda_item a where a.case_id = c.id and a.paragraph is null)
     order by c.registered_on, c.number`,
    [collaborationIds],
  )
