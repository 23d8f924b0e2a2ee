/**
 * Where the decision basis gets the initiative's benefits and risks: the benefits and risks modules' contract
 * functions (benefitsForDecisionBasis, risksForDecisionBasis). The only file of this module that reaches them.
 */
import type { Queryable } from '../../server/db/database'
import type { BasisBenefitIndicator, BasisRisk } from './decision-basis'

// wired to benefits/risks at integration
export async function benefitsOf(_db: Queryable, _collaborationId: string, _initiativeId: string): Promise<BasisBenefitIndicator[]> {
  return []
}

// wired to benefits/risks at integration
export async function risksOf(_db: Queryable, _collaborationId: string, _initiativeId: string): Promise<BasisRisk[]> {
  return []
}
