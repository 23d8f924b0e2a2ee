import { GENESIS_HASH, hashAuditRow, type AuditContent } from '../../src/modules/audit'

/** Rows 1..n, each hashed onto the one before, as the log holds them (and as a forger who changed a row would rebuild the rest). */
export function chainOf(contents: AuditContent[]) {
  let prevHash = GENESIS_HASH
  return contents.map((c, index) => {
    const row = { ...c, id: index + 1, prevHash, hash: hashAuditRow(prevHash, c) }
    prevHash = row.hash
    return row
  })
}
