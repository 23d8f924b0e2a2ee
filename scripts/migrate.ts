// Applies the committed migrations to the configured database (DATABASE_URL, or PGlite in SAMVERKA_DATA_DIR).
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'

const db = await openDatabase(readConfig())
const applied = await migrate(db)
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.')
await db.close()
