// npm run admin:create -- --email namn@kommun.se --name "Förnamn Efternamn"
// Makes the person an administrator of Samverka (creating the account if needed) on the configured database
// (DATABASE_URL, or PGlite in SAMVERKA_DATA_DIR) and prints a one-time link for choosing a password.
import { parseArgs } from 'node:util'
import { createAdministrator } from '../src/modules/setup'
import { readConfig } from '../src/server/config'
import { openDatabase, type Database } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { text } from '../src/shared/schema'

const usage = 'Usage: npm run admin:create -- --email namn@kommun.se --name "Förnamn Efternamn"'

function fail(message: string, code: number): never {
  console.error(message)
  process.exit(code)
}

let options: { email?: string; name?: string }
try {
  options = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } }).values
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2)
}
const email = text(254).toLowerCase().email().safeParse(options.email ?? '')
const name = text(200).min(2).safeParse(options.name ?? '')
if (!email.success) fail(`Give the person's e-mail address with --email (got "${options.email ?? ''}").\n${usage}`, 2)
if (!name.success) fail(`Give the person's full name with --name (at least two characters).\n${usage}`, 2)

const config = readConfig()
let db: Database
try {
  db = await openDatabase(config)
} catch (error) {
  const where = config.databaseUrl ? 'the PostgreSQL database in DATABASE_URL' : `the embedded database in ${config.dataDir}`
  // PGlite is one process's database: the running app holds the folder (see its error text).
  fail(`Could not open ${where}: ${(error as Error).message}\n${config.databaseUrl ? '' : 'Stop Samverka first: the embedded database can be used by one process at a time.'}`, 1)
}

try {
  await migrate(db)
  const result = await createAdministrator(db, config.publicUrl, { email: email.data, name: name.data })
  const what = { created: 'Created the administrator account', promoted: 'Made the existing account an administrator:', already_admin: 'The account is already an administrator:' }[result.outcome]
  console.log(`${what} ${email.data}.`)
  if (result.link) {
    console.log(`\nGive this link to ${name.data} to choose a password (it works once, for ${result.hours} hours):\n\n  ${result.link}\n`)
    console.log('Running this command again gives a new link; the earlier one then stops working.')
  } else {
    console.log('They sign in with the password they already have.')
  }
} catch (error) {
  console.error(`Could not create the administrator: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await db.close()
}
