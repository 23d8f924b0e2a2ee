import type { Queryable } from '../../server/db/database'
import type { CostKey, CostKeyBody, CostLineBody } from './finance.schema'
import { findInitiative } from '../initiatives'

const keyColumns = `k.id, k.lineage_id as "lineageId", k.version_no as "versionNo",
  k.version_no = (select max(v.version_no) from cost_key v where v.lineage_id = k.lineage_id) as latest,
  k.name, k.description, k.kind, k.population_year as "populationYear", k.unit_name as "unitName",
  k.fixed_fee_ore as "fixedFeeOre", k.per_inhabitant_ore::float8 as "perInhabitantOre", k.weights, k.exempt,
  k.fixed_amounts as "fixedAmounts", k.minimum_ore as "minimumOre", k.maximum_ore as "maximumOre",
  k.created_at::text as "createdAt", k.created_by_name as "createdBy",
  ((select count(*) from cost_line l where l.cost_key_id = k.id) + (select count(*) from external_funding f where f.guarantee_key_id = k.id))::int as "usedBy"`

export const listCostKeys = (db: Queryable, collaborationId: string) =>
  db.query<CostKey>(`select ${keyColumns} from cost_key k where k.collaboration_id = $1 order by k.name, k.version_no desc`, [collaborationId])

export async function findCostKey(db: Queryable, collaborationId: string, id: string) {
  const [row] = await db.query<CostKey>(`select ${keyColumns} from cost_key k where k.collaboration_id = $1 and k.id = $2`, [collaborationId, id])
  return row
}

export const listCostKeyVersions = (db: Queryable, lineageId: string) =>
  db.query<CostKey>(`select ${keyColumns} from cost_key k where k.lineage_id = $1 order by k.version_no desc`, [lineageId])

export async function insertCostKey(tx: Queryable, collaborationId: string, lineageId: string | null, versionNo: number, key: CostKeyBody, createdBy: string) {
  const [row] = await tx.query<{ id: string }>(
    `insert into cost_key (collaboration_id, lineage_id, version_no, name, description, kind, population_year, unit_name, fixed_fee_ore,
       per_inhabitant_ore, weights, exempt, fixed_amounts, minimum_ore, maximum_ore, created_by_name)
     values ($1, coalesce($2, gen_random_uuid()), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) returning id`,
    [
      collaborationId, lineageId, versionNo, key.name, key.description, key.kind, key.populationYear, key.unitName, key.fixedFeeOre, key.perInhabitantOre,
      JSON.stringify(key.weights), JSON.stringify(key.exempt), JSON.stringify(key.fixedAmounts), key.minimumOre, key.maximumOre, createdBy,
    ],
  )
  // A new lineage takes its own id as the lineage id, so a key's first version names its family.
  if (!lineageId) await tx.query('update cost_key set lineage_id = id where id = $1', [row!.id])
  return row!.id
}

/** Draft budgets follow a key's newest version; adopted budgets keep the version they were adopted with. */
export async function moveDraftLinesToKey(tx: Queryable, lineageId: string, keyId: string) {
  await tx.query(
    `update cost_line l set cost_key_id = $2, version = l.version + 1
     from budget b, cost_key k
     where l.budget_id = b.id and b.status = 'draft' and l.cost_key_id = k.id and k.lineage_id = $1 and l.cost_key_id <> $2`,
    [lineageId, keyId],
  )
  await tx.query(
    `update external_funding f set guarantee_key_id = $2
     from budget b, cost_key k
     where f.budget_id = b.id and b.status = 'draft' and f.guarantee_key_id = k.id and k.lineage_id = $1`,
    [lineageId, keyId],
  )
}

export interface UsageRow {
  memberId: string
  costKeyLineageId: string
  year: number
  units: number
  version: number
  updatedBy: string
}
const usageColumns = `member_id as "memberId", cost_key_lineage_id as "costKeyLineageId", year, units, version, updated_by_name as "updatedBy"`

export const listUsage = (db: Queryable, collaborationId: string, years: number[]) =>
  db.query<UsageRow>(`select ${usageColumns} from usage_figure where collaboration_id = $1 and year = any($2::int[])`, [collaborationId, years])

/** Sets a usage figure; returns nothing when `version` is not the one stored (or a row appeared meanwhile). */
export async function upsertUsage(tx: Queryable, row: { collaborationId: string; lineageId: string; memberId: string; year: number; units: number; version: number | null; by: string }) {
  const params = [row.collaborationId, row.lineageId, row.memberId, row.year, row.units, row.by]
  if (row.version === null) {
    const [inserted] = await tx.query<UsageRow>(
      `insert into usage_figure (collaboration_id, cost_key_lineage_id, member_id, year, units, updated_by_name) values ($1, $2, $3, $4, $5, $6)
       on conflict do nothing returning ${usageColumns}`,
      params,
    )
    return inserted
  }
  const [updated] = await tx.query<UsageRow>(
    `update usage_figure set units = $5, updated_by_name = $6, updated_at = now(), version = version + 1
     where collaboration_id = $1 and cost_key_lineage_id = $2 and member_id = $3 and year = $4 and version = $7 returning ${usageColumns}`,
    [...params, row.version],
  )
  return updated
}

export const listIndexValues = (db: Queryable, collaborationId: string) =>
  db.query<{ series: string; year: number; value: number }>(`select series, year, value::float8 as value from index_value where collaboration_id = $1 order by series, year`, [collaborationId])

export async function upsertIndexValue(tx: Queryable, collaborationId: string, series: string, year: number, value: number) {
  await tx.query(
    `insert into index_value (collaboration_id, series, year, value) values ($1, $2, $3, $4)
     on conflict (collaboration_id, series, year) do update set value = excluded.value`,
    [collaborationId, series, year, value],
  )
}

export const listHourlyRates = (db: Queryable, collaborationId: string) =>
  db.query<{ id: string; roleName: string; year: number; rateOre: number }>(
    `select id, role_name as "roleName", year, rate_ore as "rateOre" from hourly_rate where collaboration_id = $1 order by year desc, role_name`,
    [collaborationId],
  )

export async function insertHourlyRate(tx: Queryable, collaborationId: string, rate: { roleName: string; year: number; rateOre: number }) {
  const [row] = await tx.query<{ id: string }>(`insert into hourly_rate (collaboration_id, role_name, year, rate_ore) values ($1, $2, $3, $4) returning id`, [collaborationId, rate.roleName, rate.year, rate.rateOre])
  return row!.id
}

export interface BudgetRow {
  id: string
  initiativeId: string | null
  scopeName: string
  year: number
  status: 'draft' | 'adopted'
  adoptedOn: string | null
  /** The adopting decision: "Norrbottens e-nämnd § 4/2026" or an external reference; null while a draft. */
  adoptionReference: string | null
  adoptionMeetingItemId: string | null
  adoptionExternal: boolean | null
  adoptionRecordedBy: string | null
  note: string
  version: number
  /** An initiative's state ('active', 'paused', 'stopped', 'completed'); null for the collaboration's own budget. */
  initiativeStatus: string | null
}

export const listBudgets = (db: Queryable, collaborationId: string, filter: { year?: number; initiativeId?: string; ids?: string[] } = {}) =>
  db.query<BudgetRow>(
    `select b.id, b.initiative_id as "initiativeId", coalesce(i.title, c.name) as "scopeName", b.year, b.status,
       b.adopted_on as "adoptedOn", b.adoption_reference as "adoptionReference", b.adoption_meeting_item_id as "adoptionMeetingItemId",
       b.adoption_external as "adoptionExternal", b.adoption_recorded_by_name as "adoptionRecordedBy", b.note, b.version,
       i.status as "initiativeStatus"
     from budget b join collaboration c on c.id = b.collaboration_id left join initiative i on i.id = b.initiative_id
     where b.collaboration_id = $1 and ($2::int is null or b.year = $2) and ($3::uuid is null or b.initiative_id = $3)
       and ($4::uuid[] is null or b.id = any($4::uuid[]))
     order by b.year desc, b.initiative_id is not null, coalesce(i.title, c.name)`,
    [collaborationId, filter.year ?? null, filter.initiativeId ?? null, filter.ids ?? null],
  )

export async function insertBudget(tx: Queryable, collaborationId: string, budget: { initiativeId: string | null; year: number; note: string }) {
  const [row] = await tx.query<{ id: string }>(`insert into budget (collaboration_id, initiative_id, year, note) values ($1, $2, $3, $4) returning id`, [collaborationId, budget.initiativeId, budget.year, budget.note])
  return row!.id
}

export async function updateBudgetNote(tx: Queryable, id: string, version: number, note: string) {
  const rows = await tx.query(`update budget set note = $3, version = version + 1 where id = $1 and version = $2 returning id`, [id, version, note])
  return rows.length === 1
}

export interface Adoption {
  adoptedOn: string
  reference: string
  meetingItemId: string | null
  external: boolean
  by: string
}

/** Adopts a draft budget at `version`; false when it changed meanwhile or is not a draft. */
export async function adoptBudget(tx: Queryable, id: string, version: number, adoption: Adoption) {
  const rows = await tx.query(
    `update budget set status = 'adopted', adopted_on = $3, adoption_reference = $4, adoption_meeting_item_id = $5, adoption_external = $6,
       adoption_recorded_by_name = $7, version = version + 1
     where id = $1 and version = $2 and status = 'draft' returning id`,
    [id, version, adoption.adoptedOn, adoption.reference, adoption.meetingItemId, adoption.external, adoption.by],
  )
  return rows.length === 1
}

/** Makes an adopted budget a draft again; its adoption stays in `budget_event`. */
export async function reopenBudget(tx: Queryable, id: string, version: number) {
  const rows = await tx.query(
    `update budget set status = 'draft', adopted_on = null, adoption_reference = null, adoption_meeting_item_id = null, adoption_external = null,
       adoption_recorded_by_name = null, version = version + 1
     where id = $1 and version = $2 and status = 'adopted' returning id`,
    [id, version],
  )
  return rows.length === 1
}

export interface BudgetEventRow {
  id: string
  budgetId: string
  kind: 'adopted' | 'reopened'
  at: string
  by: string
  decidedOn: string | null
  reference: string
  meetingItemId: string | null
  external: boolean | null
  reason: string
}

export async function insertBudgetEvent(
  tx: Queryable,
  event: { budgetId: string; kind: 'adopted' | 'reopened'; at: Date; by: string; decidedOn?: string; reference?: string; meetingItemId?: string | null; external?: boolean; reason?: string },
) {
  await tx.query(
    `insert into budget_event (budget_id, kind, at, by_name, decided_on, reference, meeting_item_id, external, reason) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [event.budgetId, event.kind, event.at.toISOString(), event.by, event.decidedOn ?? null, event.reference ?? '', event.meetingItemId ?? null, event.external ?? null, event.reason ?? ''],
  )
}

/** A budget's adoptions and reopenings, oldest first. */
export const listBudgetEvents = (db: Queryable, budgetId: string) =>
  db.query<BudgetEventRow>(
    `select id, budget_id as "budgetId", kind, to_json(at) #>> '{}' as at, by_name as "by", decided_on::text as "decidedOn", reference, meeting_item_id as "meetingItemId",
       external, reason
     from budget_event where budget_id = $1 order by seq`,
    [budgetId],
  )

/** Locks the budget row, so lines are not added to a budget that is being adopted at the same moment. */
export async function lockBudget(tx: Queryable, collaborationId: string, id: string) {
  const [row] = await tx.query<{ status: 'draft' | 'adopted'; year: number; initiativeId: string | null }>(
    `select status, year, initiative_id as "initiativeId" from budget where collaboration_id = $1 and id = $2 for update`,
    [collaborationId, id],
  )
  return row
}

export interface CostLineRow {
  id: string
  budgetId: string
  category: CostLineBody['category']
  description: string
  amountOre: number
  costKeyId: string
  paidInAdvance: boolean
  indexSeries: string | null
  indexBaseYear: number | null
  version: number
}
const lineColumns = `id, budget_id as "budgetId", category, description, amount_ore as "amountOre", cost_key_id as "costKeyId",
  paid_in_advance as "paidInAdvance", index_series as "indexSeries", index_base_year as "indexBaseYear", version`

export const listCostLines = (db: Queryable, budgetIds: string[]) =>
  db.query<CostLineRow>(`select ${lineColumns} from cost_line where budget_id = any($1::uuid[]) order by budget_id, position`, [budgetIds])

export async function insertCostLine(tx: Queryable, budgetId: string, line: CostLineBody) {
  const [row] = await tx.query<{ id: string }>(
    `insert into cost_line (budget_id, category, description, amount_ore, cost_key_id, paid_in_advance, index_series, index_base_year, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, (select coalesce(max(position), 0) + 1 from cost_line where budget_id = $1)) returning id`,
    [budgetId, line.category, line.description, line.amountOre, line.costKeyId, line.paidInAdvance, line.indexSeries, line.indexBaseYear],
  )
  return row!.id
}

export async function updateCostLine(tx: Queryable, id: string, version: number, line: CostLineBody) {
  const rows = await tx.query(
    `update cost_line set category = $3, description = $4, amount_ore = $5, cost_key_id = $6, paid_in_advance = $7, index_series = $8,
       index_base_year = $9, version = version + 1 where id = $1 and version = $2 returning id`,
    [id, version, line.category, line.description, line.amountOre, line.costKeyId, line.paidInAdvance, line.indexSeries, line.indexBaseYear],
  )
  return rows.length === 1
}

export async function deleteCostLine(tx: Queryable, id: string, version: number) {
  const rows = await tx.query(`delete from cost_line where id = $1 and version = $2 and not exists (select 1 from actual_cost a where a.cost_line_id = $1) returning id`, [id, version])
  return rows.length === 1
}

export const listActuals = (db: Queryable, lineIds: string[]) =>
  db.query<{ id: string; costLineId: string; bookedOn: string; amountOre: number; description: string; recordedBy: string; recordedAt: string }>(
    `select id, cost_line_id as "costLineId", booked_on as "bookedOn", amount_ore as "amountOre", description, recorded_by_name as "recordedBy", recorded_at::text as "recordedAt"
     from actual_cost where cost_line_id = any($1::uuid[]) order by booked_on, recorded_at`,
    [lineIds],
  )

/** Each year's actual costs booked against the collaboration's budgets, summed in the database. */
export const actualTotalsByYear = async (db: Queryable, collaborationId: string) =>
  new Map(
    (
      await db.query<{ year: number; amountOre: number }>(
        `select b.year, sum(a.amount_ore)::float8 as "amountOre"
         from budget b join cost_line l on l.budget_id = b.id join actual_cost a on a.cost_line_id = l.id
         where b.collaboration_id = $1 group by b.year`,
        [collaborationId],
      )
    ).map((r) => [r.year, r.amountOre]),
  )

export async function insertActual(tx: Queryable, lineId: string, actual: { bookedOn: string; amountOre: number; description: string }, by: string) {
  const [row] = await tx.query<{ id: string }>(`insert into actual_cost (cost_line_id, booked_on, amount_ore, description, recorded_by_name) values ($1, $2, $3, $4, $5) returning id`, [lineId, actual.bookedOn, actual.amountOre, actual.description, by])
  return row!.id
}

export interface FundingRow {
  id: string
  budgetId: string
  funder: string
  description: string
  amountOre: number
  status: 'applied' | 'granted' | 'refused'
  decidedOn: string | null
  guaranteeKeyId: string
  guaranteeKeyName: string
  version: number
}

export const listFunding = (db: Queryable, budgetIds: string[]) =>
  db.query<FundingRow>(
    `select f.id, f.budget_id as "budgetId", f.funder, f.description, f.amount_ore as "amountOre", f.status, f.decided_on as "decidedOn",
       f.guarantee_key_id as "guaranteeKeyId", k.name as "guaranteeKeyName", f.version
     from external_funding f join cost_key k on k.id = f.guarantee_key_id where f.budget_id = any($1::uuid[]) order by f.funder`,
    [budgetIds],
  )

export async function insertFunding(tx: Queryable, budgetId: string, funding: { funder: string; description: string; amountOre: number; guaranteeKeyId: string }) {
  const [row] = await tx.query<{ id: string }>(`insert into external_funding (budget_id, funder, description, amount_ore, guarantee_key_id) values ($1, $2, $3, $4, $5) returning id`, [budgetId, funding.funder, funding.description, funding.amountOre, funding.guaranteeKeyId])
  return row!.id
}

export async function updateFunding(tx: Queryable, id: string, version: number, status: string, decidedOn: string | null) {
  const rows = await tx.query(`update external_funding set status = $3, decided_on = $4, version = version + 1 where id = $1 and version = $2 returning id`, [id, version, status, decidedOn])
  return rows.length === 1
}

export interface InKindRow {
  id: string
  budgetId: string
  memberId: string
  memberName: string
  roleName: string
  rateOre: number
  /** Hundredths of an hour, so the value is computed exactly. */
  centiHours: number
  description: string
  recordedBy: string
}

export const listInKind = (db: Queryable, budgetIds: string[]) =>
  db.query<InKindRow>(
    `select c.id, c.budget_id as "budgetId", c.member_id as "memberId", m.name as "memberName", r.role_name as "roleName", r.rate_ore as "rateOre",
       (c.hours * 100)::int as "centiHours", c.description, c.recorded_by_name as "recordedBy"
     from in_kind_contribution c join member m on m.id = c.member_id join hourly_rate r on r.id = c.hourly_rate_id
     where c.budget_id = any($1::uuid[]) order by m.name, c.recorded_at`,
    [budgetIds],
  )

export async function insertInKind(tx: Queryable, row: { budgetId: string; memberId: string; hourlyRateId: string; hours: number; description: string; by: string }) {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into in_kind_contribution (budget_id, member_id, hourly_rate_id, hours, description, recorded_by_name) values ($1, $2, $3, $4, $5, $6) returning id`,
    [row.budgetId, row.memberId, row.hourlyRateId, row.hours, row.description, row.by],
  )
  return inserted!.id
}

export async function deleteInKind(tx: Queryable, budgetId: string, memberId: string, id: string) {
  const rows = await tx.query<{ id: string; hours: string; hourlyRateId: string; description: string }>(
    `delete from in_kind_contribution where id = $1 and budget_id = $2 and member_id = $3
     returning id, hours::text, hourly_rate_id as "hourlyRateId", description`,
    [id, budgetId, memberId],
  )
  return rows[0]
}

/** The initiative's title, read through the initiatives module's own query (one row by its key, as before). */
export async function initiativeTitle(db: Queryable, collaborationId: string, id: string) {
  return (await findInitiative(db, collaborationId, id))?.title
}

/**
 * External funding applied for in these collaborations' budgets and not yet answered, with what the budget is
 * for (an initiative's title, or none for the collaboration's own) and its year.
 */
export const listFundingAwaitingAnswer = (db: Queryable, collaborationIds: string[]) =>
  db.query<{ id: string; budgetId: string; collaborationId: string; funder: string; year: number; initiativeTitle: string | null }>(
    `select f.id, f.budget_id as "budgetId", b.collaboration_id as "collaborationId", f.funder, b.year, i.title as "initiativeTitle"
     from external_funding f join budget b on b.id = f.budget_id left join initiative i on i.id = b.initiative_id
     where b.collaboration_id = any($1::uuid[]) and f.status = 'applied'
     order by b.year, f.funder, f.id`,
    [collaborationIds],
  )
