import type { Queryable } from '../../server/db/database'
import { today } from '../../server/clock'
import { notLeftBySql } from './membership'
import type { Member, Organisation } from './members.schema'

/** The population row used for a year: that year's figure, or the latest before it. */
const populationFor = (codeColumn: string, yearParam: string) => `
  left join lateral (
    select p.population, p.year, p.measured_on from organisation_population p
    where p.organisation_code = ${codeColumn} and ($${yearParam}::int is null or p.year <= $${yearParam}::int)
    order by p.year desc limit 1
  ) pop on true`

export async function listOrganisations(
  db: Queryable,
  filter: { q?: string; county?: string; kind?: 'municipality' | 'region'; year?: number },
): Promise<Organisation[]> {
  return db.query<Organisation>(
    `select o.code, o.kind, o.name, o.county_code as "countyCode", o.county_name as "countyName",
       pop.population, pop.year as "populationYear", pop.measured_on as "populationDate"
     from organisation o ${populationFor('o.code', '4')}
     where ($1::text is null or o.name ilike '%' || $1 || '%' or o.county_name ilike '%' || $1 || '%' or o.code = $1)
       and ($2::text is null or o.county_code = $2)
       and ($3::text is null or o.kind = $3)
     order by o.kind desc, o.name collate "C"`,
    [filter.q || null, filter.county ?? null, filter.kind ?? null, filter.year ?? null],
  )
}

export async function listCounties(db: Queryable) {
  return db.query<{ code: string; name: string; regionName: string; municipalityCount: number; population: number | null }>(
    `select o.county_code as code, min(o.county_name) as name,
       coalesce(max(r.name), '') as "regionName",
       count(*) filter (where o.kind = 'municipality')::int as "municipalityCount",
       sum(pop.population) filter (where o.kind = 'municipality')::int as population
     from organisation o
     left join organisation r on r.kind = 'region' and r.code = o.county_code
     ${populationFor('o.code', '1')}
     group by o.county_code order by min(o.county_name)`,
    [null],
  )
}

export async function listPopulationYears(db: Queryable) {
  return db.query<{ year: number; measuredOn: string; organisations: number }>(
    `select year, max(measured_on) as "measuredOn", count(*)::int as organisations
     from organisation_population group by year order by year desc`,
  )
}

export async function findOrganisations(db: Queryable, codes: string[]) {
  return db.query<{ code: string; kind: 'municipality' | 'region'; name: string }>(
    'select code, kind, name from organisation where code = any($1::text[])',
    [codes],
  )
}

const memberColumns = `m.id, m.kind, m.organisation_code as code, m.name, o.county_name as "countyName",
  m.org_number as "orgNumber", pop.population, pop.year as "populationYear", pop.measured_on as "populationDate",
  m.joined_on as "joinedOn", m.left_on as "leftOn", (c.host_member_id = m.id) is true as "isHost",
  m.contact_name as "contactName", m.contact_email as "contactEmail", m.version`

/** The collaboration's members; without `includeLeft`, those that have not left by `on` (the Swedish today unless given). */
export async function listMembers(db: Queryable, collaborationId: string, options: { includeLeft: boolean; year?: number; on?: string }) {
  return db.query<Member>(
    `select ${memberColumns}
     from member m
     join collaboration c on c.id = m.collaboration_id
     left join organisation o on o.code = m.organisation_code
     ${populationFor('m.organisation_code', '3')}
     where m.collaboration_id = $1 and ($2::boolean or ${notLeftBySql('m', '$4')})
     order by m.name collate "C"`,
    [collaborationId, options.includeLeft, options.year ?? null, options.on ?? today()],
  )
}

export async function findMember(db: Queryable, collaborationId: string, memberId: string): Promise<Member | undefined> {
  const [member] = await db.query<Member>(
    `select ${memberColumns}
     from member m
     join collaboration c on c.id = m.collaboration_id
     left join organisation o on o.code = m.organisation_code
     ${populationFor('m.organisation_code', '3')}
     where m.collaboration_id = $1 and m.id = $2`,
    [collaborationId, memberId, null],
  )
  return member
}

export async function insertMember(
  tx: Queryable,
  member: { collaborationId: string; kind: string; code: string | null; name: string; orgNumber?: string | null; joinedOn: string },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into member (collaboration_id, kind, organisation_code, name, org_number, joined_on)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [member.collaborationId, member.kind, member.code, member.name, member.orgNumber ?? null, member.joinedOn],
  )
  return row!.id
}

/** Writes the changed fields if `version` is still current; returns false when someone else got there first. */
export async function updateMember(
  tx: Queryable,
  memberId: string,
  version: number,
  fields: { joinedOn: string; leftOn: string | null; contactName: string; contactEmail: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update member set joined_on = $3, left_on = $4, contact_name = $5, contact_email = $6, version = version + 1
     where id = $1 and version = $2 returning id`,
    [memberId, version, fields.joinedOn, fields.leftOn, fields.contactName, fields.contactEmail],
  )
  return rows.length === 1
}

/** Members by id, with their names, in name order. */
export const membersByIds = (db: Queryable, memberIds: string[]) =>
  db.query<{ id: string; name: string }>('select id, name from member where id = any($1::uuid[]) order by name', [memberIds])

export async function memberNamesByIds(db: Queryable, memberIds: string[]): Promise<string[]> {
  const rows = await db.query<{ name: string }>('select name from member where id = any($1::uuid[]) order by name', [memberIds])
  return rows.map((row) => row.name)
}

/** The collaboration's members by id, with their names (whether or not they have left). */
export const memberNamesById = async (db: Queryable, collaborationId: string) =>
  new Map((await db.query<{ id: string; name: string }>('select id, name from member where collaboration_id = $1', [collaborationId])).map((m) => [m.id, m.name]))

export interface MemberFigures {
  memberId: string
  name: string
  code: string | null
  joinedOn: string
  leftOn: string | null
  /** The population of the year asked for, or the latest before it. */
  year: number
  population: number | null
  populationYear: number | null
}

/**
 * Every member of the collaboration with its population for each of `years` (that year's figure or the latest
 * before it), members in code order and each member's years in the order given. The populations are read in
 * one query and picked here: a lookup per member and year was most of an invoice basis's time.
 */
export async function listMemberFigures(db: Queryable, collaborationId: string, years: readonly number[]): Promise<MemberFigures[]> {
  if (years.length === 0) return []
  const members = await db.query<Omit<MemberFigures, 'year' | 'population' | 'populationYear'>>(
    `select m.id as "memberId", m.name, m.organisation_code as code, m.joined_on as "joinedOn", m.left_on as "leftOn"
     from member m where m.collaboration_id = $1 order by m.organisation_code, m.name`,
    [collaborationId],
  )
  const rows = await db.query<{ code: string; year: number; population: number }>(
    `select p.organisation_code as code, p.year, p.population from organisation_population p
     where p.organisation_code in (select m.organisation_code from member m where m.collaboration_id = $1) and p.year <= $2
     order by p.organisation_code, p.year desc`,
    [collaborationId, Math.max(...years)],
  )
  const newestFirst = new Map<string, { year: number; population: number }[]>()
  for (const row of rows) {
    const figures = newestFirst.get(row.code)
    if (figures) figures.push(row)
    else newestFirst.set(row.code, [row])
  }
  return members.flatMap((member) =>
    years.map((year) => {
      const figure = member.code === null ? undefined : newestFirst.get(member.code)?.find((p) => p.year <= year)
      return { ...member, year, population: figure?.population ?? null, populationYear: figure?.year ?? null }
    }),
  )
}
