/** The contract of the benefits module (effects, indicators, members' baselines and measurements, what each member gained): the only file other modules, the server and the tests import. */
export { benefitsForDecisionBasis, type BasisBenefitIndicator } from './decision-basis'
export { addMeasurement, createEffect, createIndicator, saveMemberFigures } from './benefits.service'
export { IndicatorBody } from './benefits.schema'
export { membersWithBaselines } from './benefits.repository'
export { benefitDuties } from './benefits.duties'
