/**
 * `npm run bench:allocation [-- --lines 10000 --rounds 5]`
 *
 * Splitting 10 000 cost lines over all 290 municipalities by population with `splitCost` (BigInt
 * fractions, largest remainder, caps), against a baseline in the same process: a plain loop that
 * multiplies and rounds with floats and does not make the split sum to its total. A report, no assertions.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { splitCost, type CostKey, type Payer } from '../src/modules/finance'
import { parsePopulationCsv } from '../src/modules/members'

const { values: args } = parseArgs({ options: { lines: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' } } })
const lines = Number(args.lines)
const rounds = Number(args.rounds)

const payers: Payer[] = parsePopulationCsv(readFileSync('reference-data/kommuner.csv', 'utf8')).map((row) => ({ memberId: row.code, code: row.code, population: row.population, units: row.population % 97, weight: 1 }))
// Cost lines of varied size and key, the way a year's budget looks: most by population, some equal or by units, a few capped.
const costLines = Array.from({ length: lines }, (_, i) => ({
  total: 1_000_000 + ((i * 7_919) % 5_000_000_000),
  key: (i % 10 < 7 ? { kind: 'population' } : i % 10 < 9 ? { kind: 'equal' } : { kind: 'units' }) as CostKey,
  maximum: i % 50 === 0 ? Math.ceil((1_000_000 + ((i * 7_919) % 5_000_000_000)) / 100) : null,
}))

function exact() {
  let checksum = 0
  for (const line of costLines) for (const share of splitCost(line.total, payers, line.key, { maximum: line.maximum }).values()) checksum += share
  return checksum
}

function plainLoop() {
  let checksum = 0
  for (const line of costLines) {
    const weights = payers.map((p) => (line.key.kind === 'population' ? p.population : line.key.kind === 'units' ? p.units : 1))
    const sum = weights.reduce((a, b) => a + b, 0)
    for (const w of weights) checksum += Math.round((line.total * w) / sum)
  }
  return checksum
}

function time(work: () => number) {
  const start = process.hrtime.bigint()
  const checksum = work()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, checksum }
}

time(exact)
time(plainLoop)
const results = Array.from({ length: rounds }, () => ({ exact: time(exact), baseline: time(plainLoop) }))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const exactMs = median(results.map((r) => r.exact.ms))
const baselineMs = median(results.map((r) => r.baseline.ms))
const expected = costLines.reduce((a, l) => a + l.total, 0)
console.log(`Allocating ${lines} cost lines over ${payers.length} members, median of ${rounds} rounds`)
console.log(`  splitCost (exact, BigInt, caps)   ${exactMs.toFixed(1)} ms   ${((lines * 1000) / exactMs).toFixed(0)} lines/s   sums to totals: ${results[0]!.exact.checksum === expected}`)
console.log(`  plain float loop (baseline)       ${baselineMs.toFixed(1)} ms   ${((lines * 1000) / baselineMs).toFixed(0)} lines/s   sums to totals: ${results[0]!.baseline.checksum === expected}`)
console.log(`  ratio: splitCost takes ${(exactMs / baselineMs).toFixed(1)}× the baseline's time`)
