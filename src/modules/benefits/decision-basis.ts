import type { Queryable } from '../../server/db/database'
import { loadInitiativeRecords } from './benefits.service'
import { presentEffects } from './benefits.presenter'

export interface BasisBenefitIndicator {
  /** The intended effect's title the indicator measures. */
  effect: string
  name: string
  unit: string
  benefitClass: 'financial' | 'reallocated_time' | 'quality'
  direction: 'increase' | 'decrease'
  members: {
    memberId: string
    memberName: string
    baseline: number | null
    baselineDate: string | null
    target: number | null
    targetDate: string | null
    latest: number | null
    latestDate: string | null
    realisationBasisPoints: number | null
  }[]
}

/** Every indicator of the initiative with each participating member's figures (for the decision basis). */
export async function benefitsForDecisionBasis(db: Queryable, collaborationId: string, initiativeId: string): Promise<BasisBenefitIndicator[]> {
  const effects = presentEffects(await loadInitiativeRecords(db, collaborationId, initiativeId))
  return effects.flatMap((effect) =>
    effect.indicators.map((x) => ({
      effect: effect.title,
      name: x.name,
      unit: x.unit,
      benefitClass: x.benefitClass,
      direction: x.direction,
      members: x.members.map((m) => {
        const latest = m.measurements.at(-1) ?? null
        return {
          memberId: m.memberId,
          memberName: m.memberName,
          baseline: m.baseline?.value ?? null,
          baselineDate: m.baseline?.date ?? null,
          target: m.target?.value ?? null,
          targetDate: m.target?.date ?? null,
          latest: latest?.value ?? null,
          latestDate: latest?.date ?? null,
          realisationBasisPoints: m.realisationBasisPoints,
        }
      }),
    })),
  )
}
