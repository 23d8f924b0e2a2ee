import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import type { Database, Queryable } from '../../server/db/database'

const referenceDir = fileURLToPath(new URL('../../../reference-data/', import.meta.url))

export interface PopulationRow {
  code: string
  kind: 'municipality' | 'region'
  name: string
  countyCode: string
  countyName: string
  population: number
  measuredOn: string
}

/**
 * Reads SCB-style CSV files: `kommuner.csv` (kommunkod,kommun,lanskod,lan,folkmangd,folkmangd_datum)
 * or `regioner.csv` (lanskod,region,folkmangd,folkmangd_datum). Regions take their county name from
 * the municipalities of the same länskod.
 */
export function parsePopulationCsv(text: string, countyNames: Map<string, string> = new Map()): PopulationRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[]
  return records.map((record, index) => {
    const line = index + 2
    const population = Number(record.folkmangd)
    if (!Number.isInteger(population) || population < 0) throw new Error(`line ${line}: folkmangd "${record.folkmangd}" is not a whole number`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(record.folkmangd_datum ?? '')) throw new Error(`line ${line}: folkmangd_datum must be YYYY-MM-DD`)
    if (record.kommunkod) {
      if (!/^\d{4}$/.test(record.kommunkod)) throw new Error(`line ${line}: kommunkod "${record.kommunkod}" must have 4 digits`)
      return {
        code: record.kommunkod,
        kind: 'municipality' as const,
        name: record.kommun!,
        countyCode: record.lanskod ?? record.kommunkod.slice(0, 2),
        countyName: record.lan ?? countyNames.get(record.kommunkod.slice(0, 2)) ?? '',
        population,
        measuredOn: record.folkmangd_datum!,
      }
    }
    if (!/^\d{2}$/.test(record.lanskod ?? '')) throw new Error(`line ${line}: needs a kommunkod (4 digits) or a lanskod (2 digits)`)
    return {
      code: record.lanskod!,
      kind: 'region' as const,
      name: record.region!,
      countyCode: record.lanskod!,
      countyName: countyNames.get(record.lanskod!) ?? '',
      population,
      measuredOn: record.folkmangd_datum!,
    }
  })
}

/** Writes organisations (new ones only; names kept current) and their population for the rows' year. */
export async function importPopulation(tx: Queryable, rows: PopulationRow[]) {
  const column = <K extends keyof PopulationRow>(key: K) => rows.map((row) => row[key])
  // One statement per table with array parameters: the whole country loads in a blink.
  await tx.query(
    `insert into organisation (code, kind, name, county_code, county_name)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     on conflict (code) do update set name = excluded.name, county_name = coalesce(nullif(excluded.county_name, ''), organisation.county_name)`,
    [column('code'), column('kind'), column('name'), column('countyCode'), column('countyName')],
  )
  await tx.query(
    `insert into organisation_population (organisation_code, year, population, measured_on)
     select code, extract(year from measured_on)::int, population, measured_on
     from unnest($1::text[], $2::int[], $3::date[]) as r(code, population, measured_on)
     on conflict (organisation_code, year) do update set population = excluded.population, measured_on = excluded.measured_on`,
    [column('code'), column('population'), column('measuredOn')],
  )
  return rows.length
}

/** Loads the shipped municipalities and regions into an empty database. */
export async function loadReferenceData(db: Database) {
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>('select count(*)::int as n from organisation')
  if (n > 0) return 0
  const municipalities = parsePopulationCsv(readFileSync(`${referenceDir}kommuner.csv`, 'utf8'))
  const counties = new Map(municipalities.map((row) => [row.countyCode, row.countyName]))
  const regions = parsePopulationCsv(readFileSync(`${referenceDir}regioner.csv`, 'utf8'), counties)
  return db.transaction((tx) => importPopulation(tx, [...municipalities, ...regions]))
}
