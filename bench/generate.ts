/**
 * `npm run bench:generate -- [--collaborations 50] [--users 300] [--seed 1]`
 *
 * Loads the benchmark data set into the database the app would use (DATABASE_URL, or PGlite in
 * SAMVERKA_DATA_DIR), so it can be explored with `npm start`. The benchmark makes its own.
 */
import { parseArgs } from 'node:util'
import { loadReferenceData } from '../src/modules/members/reference-data'
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { BENCH_PASSWORD, generateDataSet } from './data-set'

const { values } = parseArgs({
  options: {
    collaborations: { type: 'string', default: '50' },
    users: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
  },
})

const config = readConfig()
const db = await openDatabase(config)
try {
  await migrate(db)
  await loadReferenceData(db)
  const started = Date.now()
  const dataSet = await generateDataSet(db, { collaborations: Number(values.collaborations), users: Number(values.users), seed: Number(values.seed) })
  console.log(
    `Generated ${dataSet.collaborationIds.length} collaborations (${dataSet.sizes.min}–${dataSet.sizes.max} members, median ${dataSet.sizes.median}), ` +
      `${dataSet.members} members, ${dataSet.users} users with ${dataSet.roleAssignments} roles in ${Date.now() - started} ms ` +
      `into ${config.databaseUrl ? 'DATABASE_URL' : `PGlite in ${config.dataDir}`}.`,
  )
  console.log(`Users are bench-user-1@bench.samverka.se … with the password ${BENCH_PASSWORD}.`)
} finally {
  await db.close()
}
