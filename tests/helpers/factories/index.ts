// The test factories: each builds its aggregate through the use cases, as the people who use Samverka would.
export { buildUser, ctxFor, grantRole, nextNumber, officeCtx, sessionFor, signedInPerson, TEST_PASSWORD } from './people'
export { buildCollaboration, buildMember, countyCodes } from './collaborations'
export { buildBody, buildSeatedPerson, decisionKinds } from './governance'
export { buildInitiative } from './initiatives'
export { buildBudget, buildCostKey } from './finance'
export { buildMeeting } from './meetings'
export { buildRound, type ProposalSpec } from './planning'
export { buildCase } from './cases'
