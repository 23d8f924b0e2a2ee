/** What other modules may use of the registry: registration-number formats and who sees confidential matters. */
export { checkCaseNumberFormat, DEFAULT_CASE_NUMBER_FORMAT, formatCaseNumber } from './case-number'
export { seesConfidential } from './confidentiality'
