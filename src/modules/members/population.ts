/** The members' population added up two ways (pure; the members list and the collaborations use it). */
export interface PopulationTotals {
  /** Every member's population summed: the base of population shares and population cost keys. */
  totalPopulation: number
  /**
   * The inhabitants the collaboration covers, each counted once: a region's inhabitants live in its
   * municipalities, so a region counts only where none of its municipalities is a member.
   */
  inhabitantsCovered: number
}

export function populationTotals(members: { kind: string; code: string | null; population: number | null }[]): PopulationTotals {
  const countiesWithMunicipalities = new Set(members.filter((m) => m.kind === 'municipality' && m.code).map((m) => m.code!.slice(0, 2)))
  let totalPopulation = 0
  let inhabitantsCovered = 0
  for (const member of members) {
    const population = member.population ?? 0
    totalPopulation += population
    if (!(member.kind === 'region' && countiesWithMunicipalities.has(member.code ?? ''))) inhabitantsCovered += population
  }
  return { totalPopulation, inhabitantsCovered }
}
