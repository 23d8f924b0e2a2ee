/** The contract of the decision-basis module (the beslutsunderlag of an initiative's gate): the only file other modules, the server and the tests import. */
export { contentHash } from './decision-basis'
export { dispatchDecisionBasis } from './decision-basis.service'
