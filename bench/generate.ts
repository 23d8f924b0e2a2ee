/**
 * `npm run bench:generate -- [--collaborations 50] [--users 300] [--seed 1]`: collaborations, members and users.
 * `npm run bench:generate -- --scale national|small [--seed 1]`: the national data set (bench/national-data.ts),
 * with initiatives, decisions, cases, meetings, money and planning.
 *
 * Loads it into the database the app would use (DATABASE_URL, or PGlite in SAMVERKA_DATA_DIR), so it can
 * be explored with `npm start`. The benchmark makes its own.
 */
import { parseArgs } from 'node:util'
import { loadReferenceData } from '../src/modules/members'
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { BENCH_PASSWORD, generateDataSet } from './data-set'
import { generateNationalDataSet } from './national-data'

const { values } = parseArgs({
  options: {
    collaborations: { type: 'string', default: '50' },
    users: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    scale: { type: 'string' },
  },
})
if (values.scale !== undefined && values.scale !== 'national' && values.scale !== 'small') throw new Error(`--scale is national or small, not ${values.scale}`)

const config = readConfig()
const db = await openDatabase(config)
try {
  await migrate(db)
  await loadReferenceData(db)
  const started = Date.now()
  const into = config.databaseUrl ? 'DATABASE_URL' : `PGlite in ${config.dataDir}`
  if (values.scale) {
    const national = await generateNationalDataSet(db, { seed: Number(values.seed), scale: values.scale })
    console.log(`Generated the ${values.scale} data set (${national.collaborations} collaborations) in ${Date.now() - started} ms into ${into}:`)
    console.log(`Built in ${national.seconds.build} s, written in ${national.seconds.write} s, analysed in ${national.seconds.analyze} s.`)
    console.table(national.counts)
    console.log(JSON.stringify({ big: national.big, medium: national.medium, small: national.small }, null, 2))
    console.log(`${national.coordinatorEmail} coordinates the three targets, ${national.representativeEmail} represents their memberId; the password is ${BENCH_PASSWORD}.`)
  } else {
    const dataSet = await generateDataSet(db, { collaborations: Number(values.collaborations), users: Number(values.users), seed: Number(values.seed) })
    console.log(
      `Generated ${dataSet.collaborationIds.length} collaborations (${dataSet.sizes.min}–${dataSet.sizes.max} members, median ${dataSet.sizes.median}), ` +
        `${dataSet.members} members, ${dataSet.users} users with ${dataSet.roleAssignments} roles in ${Date.now() - started} ms into ${into}.`,
    )
    console.log(`Users are bench-user-1@bench.samverka.se … with the password ${BENCH_PASSWORD}.`)
  }
} finally {
  await db.close()
}
