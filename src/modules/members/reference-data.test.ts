import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePopulationCsv } from './reference-data'

const read = (file: string) => readFileSync(new URL(`../../../reference-data/${file}`, import.meta.url), 'utf8')

describe('the shipped reference data', () => {
  const municipalities = parsePopulationCsv(read('kommuner.csv'))
  const counties = new Map(municipalities.map((row) => [row.countyCode, row.countyName]))
  const regions = parsePopulationCsv(read('regioner.csv'), counties)

  it('holds every municipality and region with a unique official code', () => {
    expect(municipalities).toHaveLength(290)
    expect(regions).toHaveLength(21)
    expect(new Set([...municipalities, ...regions].map((row) => row.code)).size).toBe(311)
    expect(municipalities.every((row) => row.code.startsWith(row.countyCode))).toBe(true)
    expect(regions.every((row) => row.countyName.endsWith('län'))).toBe(true)
  })

  it('adds up: each region is the sum of its municipalities (as SOURCES.md says it was built)', () => {
    for (const region of regions) {
      const sum = municipalities.filter((m) => m.countyCode === region.countyCode).reduce((total, m) => total + m.population, 0)
      expect(sum, region.name).toBe(region.population)
    }
    // SCB's national total for 2024-12-31, quoted in reference-data/SOURCES.md.
    expect(municipalities.reduce((total, m) => total + m.population, 0)).toBe(10_587_710)
  })

  it('rejects a file a person got wrong, naming the line', () => {
    expect(() => parsePopulationCsv('kommunkod,kommun,lanskod,lan,folkmangd,folkmangd_datum\n0114,Upplands Väsby,01,Stockholms län,50 323,2025-12-31\n')).toThrow(
      'line 2: folkmangd "50 323" is not a whole number',
    )
    expect(() => parsePopulationCsv('kommunkod,kommun,folkmangd,folkmangd_datum\n114,X,1,2025-12-31\n')).toThrow(/kommunkod "114" must have 4 digits/)
  })
})
