/** The contract of the audit module (the hash-chained audit log): the only file other modules, the server and the tests import. */
export { type AuditContent, GENESIS_HASH, hashAuditRow } from './audit-chain'
export { type Change, recordChange } from './audit.repository'
export { anchorMinutes, checkpointAuditLog, minutesAuditAnchor, verifyAuditChain } from './audit.service'
