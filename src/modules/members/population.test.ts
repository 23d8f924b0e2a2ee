import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { populationTotals } from './population'

describe('population totals', () => {
  it('counts a region’s inhabitants once when its municipalities are members too', () => {
    const fvm = [
      { kind: 'region', code: '14', population: 300 },
      { kind: 'municipality', code: '1480', population: 200 },
      { kind: 'municipality', code: '1490', population: 100 },
    ]
    expect(populationTotals(fvm)).toEqual({ totalPopulation: 600, inhabitantsCovered: 300 })
  })

  it('counts a region in full when none of its municipalities takes part, and members without population as none', () => {
    const members = [
      { kind: 'region', code: '25', population: 248 },
      { kind: 'municipality', code: '1480', population: 200 },
      { kind: 'university', code: null, population: null },
    ]
    expect(populationTotals(members)).toEqual({ totalPopulation: 448, inhabitantsCovered: 448 })
  })

  it('never covers more than the sum, nor less than the municipalities', () => {
    const member = fc.record({
      kind: fc.constantFrom('municipality', 'region', 'university'),
      code: fc.constantFrom('14', '25', '1480', '2580', null),
      population: fc.option(fc.nat(1_000_000), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(member), (members) => {
        const { totalPopulation, inhabitantsCovered } = populationTotals(members)
        const municipalities = members.filter((m) => m.kind === 'municipality').reduce((sum, m) => sum + (m.population ?? 0), 0)
        expect(inhabitantsCovered).toBeLessThanOrEqual(totalPopulation)
        expect(inhabitantsCovered).toBeGreaterThanOrEqual(municipalities)
      }),
    )
  })
})
