import type { Queryable } from '../../server/db/database'
import type { Direction } from './realisation'

/** All SQL of the benefits module. Values are bigint hundredths, read back as exact JavaScript integers. */

export type BenefitClass = 'financial' | 'reallocated_time' | 'quality'

export interface EffectRow {
  id: string
  initiativeId: string
  title: string
  description: string
  version: number
}
export interface IndicatorRow {
  id: string
  effectId: string
  initiativeId: string
  name: string
  unit: string
  direction: Direction
  benefitClass: BenefitClass
  measureEveryMonths: number
  version: number
}
export interface FiguresRow {
  indicatorId: string
  memberId: string
  baselineValue: number
  baselineDate: string
  baselineSource: string
  targetValue: number | null
  targetDate: string | null
  version: number
}
export interface MeasurementRow {
  id: string
  indicatorId: string
  memberId: string
  value: number
  date: string
  note: string
}
export interface ParticipantRow {
  initiativeId: string
  memberId: string
  name: string
}

const effectColumns = `e.id, e.initiative_id as "initiativeId", e.title, e.description, e.version`
const indicatorColumns = `x.id, x.effect_id as "effectId", e.initiative_id as "initiativeId", x.name, x.unit, x.direction, x.benefit_class as "benefitClass",
  x.measure_every_months as "measureEveryMonths", x.version`
const figuresColumns = `f.indicator_id as "indicatorId", f.member_id as "memberId", f.baseline_value as "baselineValue", f.baseline_date as "baselineDate",
  f.baseline_source as "baselineSource", f.target_value as "targetValue", f.target_date as "targetDate", f.version`
const measurementColumns = `s.id, s.indicator_id as "indicatorId", s.member_id as "memberId", s.value, s.measured_on as "date", s.note`

// ---- Reads of one initiative (four queries, whatever its size) ------------------------------------------

export const listEffects = (db: Queryable, collaborationId: string, initiativeId: string) =>
  db.query<EffectRow>(
    `select ${effectColumns} from benefit_effect e join initiative i on i.id = e.initiative_id where i.collaboration_id = $1 and e.initiative_id = $2 order by e.position, e.title, e.id`,
    [collaborationId, initiativeId],
  )

export const listIndicators = (db: Queryable, initiativeIds: string[]) =>
  db.query<IndicatorRow>(
    `select ${indicatorColumns} from benefit_indicator x join benefit_effect e on e.id = x.effect_id
     where e.initiative_id = any($1::uuid[]) order by e.position, x.position, x.name, x.id`,
    [initiativeIds],
  )

export const listFigures = (db: Queryable, initiativeIds: string[]) =>
  db.query<FiguresRow>(
    `select ${figuresColumns} from benefit_indicator_member f
     join benefit_indicator x on x.id = f.indicator_id join benefit_effect e on e.id = x.effect_id
     where e.initiative_id = any($1::uuid[])`,
    [initiativeIds],
  )

export const listMeasurements = (db: Queryable, initiativeIds: string[]) =>
  db.query<MeasurementRow>(
    `select ${measurementColumns} from benefit_measurement s
     join benefit_indicator x on x.id = s.indicator_id join benefit_effect e on e.id = x.effect_id
     where e.initiative_id = any($1::uuid[]) order by s.measured_on, s.recorded_at, s.id`,
    [initiativeIds],
  )

/** The members taking part in the initiatives now (joining ones included), by name. */
export const listParticipants = (db: Queryable, collaborationId: string, initiativeIds: string[]) =>
  db.query<ParticipantRow>(
    `select p.initiative_id as "initiativeId", p.member_id as "memberId", m.name
     from initiative_participant p join initiative i on i.id = p.initiative_id join member m on m.id = p.member_id
     where i.collaboration_id = $1 and p.initiative_id = any($2::uuid[]) and p.state in ('active', 'joining')
     order by m.name collate "C", m.id`,
    [collaborationId, initiativeIds],
  )

// ---- One object, found within its collaboration --------------------------------------------------------

export async function findEffect(db: Queryable, collaborationId: string, effectId: string, forUpdate = false) {
  const [row] = await db.query<EffectRow>(
    `select ${effectColumns} from benefit_effect e join initiative i on i.id = e.initiative_id where i.collaboration_id = $1 and e.id = $2${forUpdate ? ' for update of e' : ''}`,
    [collaborationId, effectId],
  )
  return row
}

export async function findIndicator(db: Queryable, collaborationId: string, indicatorId: string, forUpdate = false) {
  const [row] = await db.query<IndicatorRow>(
    `select ${indicatorColumns} from benefit_indicator x join benefit_effect e on e.id = x.effect_id join initiative i on i.id = e.initiative_id
     where i.collaboration_id = $1 and x.id = $2${forUpdate ? ' for update of x' : ''}`,
    [collaborationId, indicatorId],
  )
  return row
}

export async function findFigures(db: Queryable, indicatorId: string, memberId: string, forUpdate = false) {
  const [row] = await db.query<FiguresRow>(`select ${figuresColumns} from benefit_indicator_member f where f.indicator_id = $1 and f.member_id = $2${forUpdate ? ' for update' : ''}`, [indicatorId, memberId])
  return row
}

export async function findMeasurement(db: Queryable, indicatorId: string, memberId: string, measurementId: string) {
  const [row] = await db.query<MeasurementRow>(`select ${measurementColumns} from benefit_measurement s where s.indicator_id = $1 and s.member_id = $2 and s.id = $3`, [indicatorId, memberId, measurementId])
  return row
}

export async function isParticipant(db: Queryable, initiativeId: string, memberId: string) {
  const rows = await db.query(`select 1 from initiative_participant where initiative_id = $1 and member_id = $2 and state in ('active', 'joining')`, [initiativeId, memberId])
  return rows.length > 0
}

export async function earliestMeasurement(db: Queryable, indicatorId: string, memberId: string) {
  const [row] = await db.query<{ date: string | null }>(`select min(measured_on) as date from benefit_measurement where indicator_id = $1 and member_id = $2`, [indicatorId, memberId])
  return row?.date ?? null
}

export async function countEffectMeasurements(db: Queryable, effectId: string) {
  const [row] = await db.query<{ count: number }>(
    `select count(*)::int as count from benefit_measurement s join benefit_indicator x on x.id = s.indicator_id where x.effect_id = $1`,
    [effectId],
  )
  return row!.count
}

// ---- Writes -----------------------------------------------------------------------------------------------

export async function insertEffect(tx: Queryable, initiativeId: string, body: { title: string; description: string }) {
  const [row] = await tx.query<{ id: string; version: number }>(
    `insert into benefit_effect (initiative_id, title, description, position)
     values ($1, $2, $3, (select coalesce(max(position), 0) + 1 from benefit_effect where initiative_id = $1)) returning id, version`,
    [initiativeId, body.title, body.description],
  )
  return row!
}

export async function updateEffect(tx: Queryable, effectId: string, body: { title: string; description: string }) {
  const [row] = await tx.query<{ id: string; version: number }>(`update benefit_effect set title = $2, description = $3, version = version + 1 where id = $1 returning id, version`, [
    effectId,
    body.title,
    body.description,
  ])
  return row!
}

export const deleteEffect = (tx: Queryable, effectId: string) => tx.query(`delete from benefit_effect where id = $1`, [effectId])

export interface IndicatorFields {
  name: string
  unit: string
  direction: Direction
  benefitClass: BenefitClass
  measureEveryMonths: number
}

export async function insertIndicator(tx: Queryable, effectId: string, body: IndicatorFields) {
  const [row] = await tx.query<{ id: string; version: number }>(
    `insert into benefit_indicator (effect_id, name, unit, direction, benefit_class, measure_every_months, position)
     values ($1, $2, $3, $4, $5, $6, (select coalesce(max(position), 0) + 1 from benefit_indicator where effect_id = $1)) returning id, version`,
    [effectId, body.name, body.unit, body.direction, body.benefitClass, body.measureEveryMonths],
  )
  return row!
}

export async function updateIndicator(tx: Queryable, indicatorId: string, body: IndicatorFields) {
  const [row] = await tx.query<{ id: string; version: number }>(
    `update benefit_indicator set name = $2, unit = $3, direction = $4, benefit_class = $5, measure_every_months = $6, version = version + 1 where id = $1 returning id, version`,
    [indicatorId, body.name, body.unit, body.direction, body.benefitClass, body.measureEveryMonths],
  )
  return row!
}

export interface FiguresFields {
  baselineValue: number
  baselineDate: string
  baselineSource: string
  targetValue: number | null
  targetDate: string | null
}

export async function upsertFigures(tx: Queryable, indicatorId: string, memberId: string, body: FiguresFields) {
  const [row] = await tx.query<{ version: number }>(
    `insert into benefit_indicator_member (indicator_id, member_id, baseline_value, baseline_date, baseline_source, target_value, target_date)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (indicator_id, member_id) do update set baseline_value = excluded.baseline_value, baseline_date = excluded.baseline_date,
       baseline_source = excluded.baseline_source, target_value = excluded.target_value, target_date = excluded.target_date,
       version = benefit_indicator_member.version + 1
     returning version`,
    [indicatorId, memberId, body.baselineValue, body.baselineDate, body.baselineSource, body.targetValue, body.targetDate],
  )
  return row!.version
}

export async function insertMeasurement(tx: Queryable, row: { indicatorId: string; memberId: string; value: number; date: string; note: string; recordedBy: string }) {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into benefit_measurement (indicator_id, member_id, value, measured_on, note, recorded_by) values ($1, $2, $3, $4, $5, $6) returning id`,
    [row.indicatorId, row.memberId, row.value, row.date, row.note, row.recordedBy],
  )
  return inserted!.id
}

export const deleteMeasurement = (tx: Queryable, measurementId: string) => tx.query(`delete from benefit_measurement where id = $1`, [measurementId])

/** The members with a baseline for every indicator of each initiative (these, or with null every one of the collaboration). */
export const membersWithBaselines = (db: Queryable, collaborationId: string, initiativeIds: string[] | null) =>
  db.query<{ initiativeId: string; memberId: string }>(
    `select e.initiative_id as "initiativeId", f.member_id as "memberId"
     from benefit_indicator_member f join benefit_indicator x on x.id = f.indicator_id join benefit_effect e on e.id = x.effect_id join initiative i on i.id = e.initiative_id
     where i.collaboration_id = $1 and ($2::uuid[] is null or e.initiative_id = any($2::uuid[]))
     group by e.initiative_id, f.member_id
     having count(*) = (select count(*) from benefit_indicator x2 join benefit_effect e2 on e2.id = x2.effect_id where e2.initiative_id = e.initiative_id)`,
    [collaborationId, initiativeIds],
  )

/** The collaboration's members with their official code (municipalities and regions have one), for an import to find them by. */
export const listMemberCodes = (db: Queryable, collaborationId: string) =>
  db.query<{ id: string; name: string; code: string | null }>(`select id, name, organisation_code as code from member where collaboration_id = $1 order by name collate "C", id`, [collaborationId])
