/** The contract of the risks module (each initiative's risk register, the portfolio's risk map and the escalation threshold): the only file other modules, the server and the tests import. */
export { type BasisRisk, risksForDecisionBasis } from './risks.basis'
export { riskDuties, REVIEW_NOTICE_DAYS } from './risks.duties'
export { CreateRiskBody, type Risk } from './risks.schema'
export { closeRisk, createRisk, reviewRisk, updateRisk, updateRiskSettings } from './risks.service'
export { currentScore, DEFAULT_ESCALATION_THRESHOLD, levelOf, type RiskLevel, score } from './risk-score'
