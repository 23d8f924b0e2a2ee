import { DEMO_PASSWORD, seedDemo } from '../modules/demo'
import { loadReferenceData } from '../modules/members'
import { issueSetupLink } from '../modules/setup'
import { createEventRunner } from '../modules/events'
import { buildApp, subscribers } from './app'
import { readConfig } from './config'
import { openDatabase } from './db/database'
import { migrate } from './db/migrate'

const config = readConfig()
const db = await openDatabase(config).catch((error: Error) => {
  console.error(`Samverka could not open its database: ${error.message}`)
  process.exit(1)
})
await migrate(db)
await loadReferenceData(db)
// The subscribers start before the demo is seeded, so what the seed's use cases publish (notices, co-sign requests) is theirs.
await createEventRunner(db, subscribers).register()
const seeded = config.demo && (await seedDemo(db))
// Without any account (the demo off, a new database) nobody could sign in: a one-time link creates the first administrator.
const setup = await issueSetupLink(db, config.publicUrl)

const app = await buildApp({ db, config })
await app.listen({ port: config.port, host: config.host })

const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`
console.log(`\nSamverka is running at http://localhost:${config.port} on ${where}.`)
if (config.demo) {
  console.log(`Demo accounts: samordnare@demo.samverka.se, kalix@demo.samverka.se, admin@demo.samverka.se … password: ${DEMO_PASSWORD}`)
  if (seeded) console.log('Demo data was loaded into the empty database.')
}
if (setup) {
  console.log(`\nNo account exists yet. Create the first administrator by opening this link (it works once, for ${setup.hours} hours;`)
  console.log(`a restart prints a new one):\n\n  ${setup.link}\n`)
  console.log('Or, with Samverka stopped: npm run admin:create -- --email namn@kommun.se --name "Förnamn Efternamn"')
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close()
    await db.close()
    process.exit(0)
  })
}
