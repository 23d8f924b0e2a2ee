/** The contract of the decision-basis module (the beslutsunderlag of an initiative's gate): the only file other modules, the server and the tests import. */
export { assembleBasis, basisDocument, contentHash, type BasisContent } from './decision-basis'
export { decisionBasisPolicy } from './decision-basis.policy'
export { dispatchDecisionBasis, getDecisionBasis, listDecisionBasisVersions } from './decision-basis.service'
