/** What other modules may use of the audit log. */
export { recordChange, type Change } from './audit.repository'
export { anchorMinutes, minutesAuditAnchor } from './audit.service'
