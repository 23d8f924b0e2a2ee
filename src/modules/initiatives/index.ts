/** The contract of the initiatives module (initiatives through gated phases and the decision records their gates count): the only file other modules, the server and the tests import. */
export { DECISION_COLUMNS, DECISION_JOINS, type DecisionRow } from './decision-records'
export { countPendingMemberDecisions, findInitiative, listJoinedParticipations, type JoinedParticipation, insertEvent, listGateReminders, listInitiativesAtGates } from './initiatives.repository'
export { Decision } from './initiatives.schema'
export { advanceInitiative, changeStatus, createInitiative, getInitiative, requestToJoin, saveDocumentVersion, updateInitiative } from './initiatives.service'
export { currentParticipants, gateDecisions, gateRuleOf, gateView } from './initiative-gate'
export { loadGateRules, loadInitiativeRecords, loadState } from './initiatives.loader'
export { LATEST_DECISION_FIRST, latestOfBody, latestOfMember, latestPerDecider } from './latest-decision'
export { CreateInitiativeBody } from './initiatives.schema'
