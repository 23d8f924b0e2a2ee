// Checks the audit log's hash chain from the first row to the last; exits 1 and says where it breaks.
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { verifyAuditChain } from '../src/modules/audit/audit.service'

const db = await openDatabase(readConfig())
const verdict = await verifyAuditChain(db)
if (verdict.ok) console.log(`Audit log intact: ${verdict.checked} rows checked.`)
else console.error(`Audit log BROKEN at row ${verdict.brokenAtId} (${verdict.reason}); ${verdict.checked} rows before it are intact.`)
await db.close()
process.exit(verdict.ok ? 0 : 1)
