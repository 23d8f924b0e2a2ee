/** The contract of the cases module (cases (ärenden) and their register of documents): the only file other modules, the server and the tests import. */
export { findCase, listCases, setCaseStatus } from './cases.repository'
export { registerCase, registerDocument, updateCase, updateCaseSettings } from './cases.service'
export { CreateCaseBody } from './cases.schema'
export { caseDuties } from './cases.duties'
