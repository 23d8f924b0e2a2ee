/**
 * Where the decision basis gets the initiative's benefits and risks: the benefits and risks modules' contract
 * functions. The only file of this module that reaches them.
 */
export { benefitsForDecisionBasis as benefitsOf } from '../benefits'
export { risksForDecisionBasis as risksOf } from '../risks'
