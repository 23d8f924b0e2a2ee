/** The contract of the governance module (bodies, mandates, decision paths and legal-form rules): the only file other modules, the server and the tests import. */
export { type DecisionPath, KIND_MEMBER_DECISION_REASONS, MEMBER_DECISION_REASONS, type MemberDecisionReason, memberDecisionReasonOf, whoDecidesAtGate } from './decision-path'
export { type BodyKind, type GovernanceState, HOST_RULE, recordsArePublic } from './governance.model'
export { copyDefaultDecisionKinds, findBody, listBodies, listDecisionKinds, listGovernanceIn, listMandates, listSeats } from './governance.repository'
export { addSeat, createBody, createDecisionKind, escalateDisagreement, getGovernance, raiseDisagreement, setMandates, updateBody, updateSeat } from './governance.service'
export { CreateBodyBody, type BodyInput } from './governance.schema'
