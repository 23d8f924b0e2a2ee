/** The contract of the risks module (each initiative's risk register, the portfolio's risk map and the escalation threshold): the only file other modules, the server and the tests import. */
export { type BasisRisk, risksForDecisionBasis } from './risks.basis'
export { riskDuties } from './risks.duties'
export { CreateRiskBody, type Risk } from './risks.schema'
export { createRisk } from './risks.service'
export { currentScore, score } from './risk-score'
