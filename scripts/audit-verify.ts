// Checks the audit log: the hash chain from the first entry to the last, every signed checkpoint's signature,
// and that every checkpointed entry is still there, unchanged. Exits 1 and says what broke where.
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { resolveAuditKey } from '../src/server/audit-key'
import { verifyAuditChain } from '../src/modules/audit'

const config = readConfig()
const db = await openDatabase(config)
const verdict = await verifyAuditChain(db, resolveAuditKey(config))
await db.close()

const explain = {
  prev_hash_mismatch: 'the entry does not point to the one before it (an entry was removed or inserted)',
  hash_mismatch: "the entry's content does not match its hash (it was changed)",
  checkpoint_signature_invalid: 'the checkpoint is not signed with SAMVERKA_AUDIT_KEY (forged, or another key)',
  checkpoint_row_missing: 'the checkpointed entry is gone (the log was cut below a checkpoint)',
  checkpoint_hash_mismatch: 'the checkpointed entry has another hash than when it was signed (the log was rewritten and rehashed)',
}
if (verdict.ok) {
  console.log(`Audit log intact: ${verdict.checked} entries and ${verdict.checkpoints} signed checkpoints checked.`)
} else {
  const checkpoint = verdict.checkpointId ? ` (checkpoint ${verdict.checkpointId})` : ''
  const chain = verdict.reason.startsWith('checkpoint_') ? `The chain itself links through its ${verdict.checked} entries` : `${verdict.checked} entries before it link correctly`
  console.error(`Audit log BROKEN at entry ${verdict.brokenAtId}${checkpoint}: ${explain[verdict.reason]}. ${chain}.`)
}
process.exit(verdict.ok ? 0 : 1)
