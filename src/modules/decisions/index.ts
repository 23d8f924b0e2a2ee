/** The contract of the decisions module (decision records of bodies and members at the gates): the only file other modules, the server and the tests import. */
export { recordBodyDecision, recordBodyDecisionIn, recordMemberDecision } from './decisions.service'
export { decisionSubscribers } from './decisions.subscribers'
