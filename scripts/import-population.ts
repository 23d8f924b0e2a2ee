// Imports a new year's population from a CSV with the columns of reference-data/kommuner.csv or regioner.csv:
//   npm run population:import -- path/to/kommuner-2025.csv
import { readFileSync } from 'node:fs'
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { parsePopulationCsv, importPopulation } from '../src/modules/members'

const file = process.argv[2]
if (!file) {
  console.error('Usage: npm run population:import -- <file.csv>')
  process.exit(2)
}
const config = readConfig()
const db = await openDatabase(config)
await migrate(db)
const counties = new Map((await db.query<{ code: string; name: string }>("select county_code as code, min(county_name) as name from organisation group by county_code")).map((r) => [r.code, r.name]))
const rows = parsePopulationCsv(readFileSync(file, 'utf8'), counties)
const count = await db.transaction((tx) => importPopulation(tx, rows))
const years = [...new Set(rows.map((row) => row.measuredOn.slice(0, 4)))].join(', ')
console.log(`Imported population for ${count} organisations (year ${years}).`)
await db.close()
