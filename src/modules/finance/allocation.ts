/**
 * Splitting a cost among members (issue 6, SPEC §3.5), exact to the öre. Pure: amounts are integer öre,
 * the arithmetic is done on BigInt fractions, and a split always sums exactly to its total.
 *
 * Rounding is by largest remainder: everyone gets the whole öre of their exact share, and the öre left
 * over go one each to the largest fractional parts; equal fractions go first to the lowest member code,
 * so the same input always gives the same split whatever order the members come in.
 */

export interface Payer {
  memberId: string
  /** The official code (kommunkod) that breaks ties; any stable, unique text works. */
  code: string
  /** Inhabitants for the key's stated year. */
  population: number
  /** Usage units (e-services, licences, users) for the period. */
  units: number
  /** A custom weight, as a non-negative whole number. */
  weight: number
}

export type CostKey = { kind: 'equal' } | { kind: 'population' } | { kind: 'units' } | { kind: 'weights' }

export interface SplitRules {
  /** Members that pay nothing. */
  exempt?: readonly string[]
  /** Members that pay a fixed amount (a region's special fee), taken before the rest is split. */
  fixed?: readonly { memberId: string; amount: number }[]
  /** No member (of those split by the key) pays less than this, or more; the rest is re-spread over the others. */
  minimum?: number | null
  maximum?: number | null
}

export class AllocationError extends Error {
  constructor(readonly code: 'fixed_exceeds_total' | 'caps_infeasible' | 'nobody_pays' | 'invalid_amount') {
    super(code)
  }
}

const isOre = (value: number) => Number.isSafeInteger(value) && value >= 0

function weightOf(key: CostKey, payer: Payer): bigint {
  switch (key.kind) {
    case 'equal':
      return 1n
    case 'population':
      return BigInt(payer.population)
    case 'units':
      return BigInt(payer.units)
    case 'weights':
      return BigInt(payer.weight)
  }
}

const byCode = (a: Payer, b: Payer) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** `total` split over `payers` in proportion to their weights, by largest remainder (weights all zero: equal parts). */
export function largestRemainder(total: bigint, payers: readonly Payer[], weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n)
  const effective = sum === 0n ? weights.map(() => 1n) : weights
  const denominator = sum === 0n ? BigInt(weights.length) : sum
  const floors = effective.map((w) => (total * w) / denominator)
  const remainders = effective.map((w) => (total * w) % denominator)
  let left = total - floors.reduce((a, b) => a + b, 0n)
  const order = payers.map((_, i) => i).sort((i, j) => (remainders[j]! > remainders[i]! ? 1 : remainders[j]! < remainders[i]! ? -1 : byCode(payers[i]!, payers[j]!)))
  for (const i of order) {
    if (left === 0n) break
    floors[i]! += 1n
    left -= 1n
  }
  return floors
}

/** Why a member pays what it pays on one line. */
export type ShareReason = 'key' | 'fixed' | 'exempt' | 'minimum' | 'maximum'

export interface ExplainedSplit {
  shares: Map<string, number>
  reasons: Map<string, ShareReason>
  /** What was left for the key after fixed amounts and caps, and the sum of the weights it was divided by. */
  keyRest: number
  keyWeightSum: number
  keyPayers: number
  /** The members whose share the remainder rule raised by one öre above the whole öre of their exact share. */
  roundedUp: Set<string>
}

/**
 * Every payer's share of `total` öre under `key` and `rules`: exempt members pay 0, fixed amounts come
 * first, and the rest is split by the key within the minimum and maximum (a capped member pays the cap,
 * and what it would have paid beyond it is spread over the others).
 */
export function splitCost(total: number, payers: readonly Payer[], key: CostKey, rules: SplitRules = {}): Map<string, number> {
  return splitCostExplained(total, payers, key, rules).shares
}

/** `splitCost`, with the reason for every share and the figures the key divided by, so a line can be explained. */
export function splitCostExplained(total: number, payers: readonly Payer[], key: CostKey, rules: SplitRules = {}): ExplainedSplit {
  if (!isOre(total)) throw new AllocationError('invalid_amount')
  const shares = new Map<string, number>(payers.map((p) => [p.memberId, 0]))
  const reasons = new Map<string, ShareReason>(payers.map((p) => [p.memberId, 'key']))
  const fixed = new Map((rules.fixed ?? []).filter((f) => shares.has(f.memberId)).map((f) => [f.memberId, f.amount]))
  if ([...fixed.values()].some((amount) => !isOre(amount))) throw new AllocationError('invalid_amount')
  const exempt = new Set(rules.exempt ?? [])
  let rest = BigInt(total) - [...fixed.values()].reduce((a, b) => a + BigInt(b), 0n)
  if (rest < 0n) throw new AllocationError('fixed_exceeds_total')
  for (const [memberId, amount] of fixed) {
    shares.set(memberId, amount)
    reasons.set(memberId, 'fixed')
  }
  for (const payer of payers) if (exempt.has(payer.memberId) && !fixed.has(payer.memberId)) reasons.set(payer.memberId, 'exempt')

  let free = payers.filter((p) => !fixed.has(p.memberId) && !exempt.has(p.memberId)).sort(byCode)
  const roundedUp = new Set<string>()
  const done = (weightSum: bigint) => ({ shares, reasons, keyRest: Number(rest), keyWeightSum: Number(weightSum), keyPayers: free.length, roundedUp })
  if (free.length === 0) {
    if (rest > 0n) throw new AllocationError('nobody_pays')
    return done(0n)
  }
  const minimum = rules.minimum == null ? null : BigInt(rules.minimum)
  const maximum = rules.maximum == null ? null : BigInt(rules.maximum)
  if ((minimum !== null && minimum * BigInt(free.length) > rest) || (maximum !== null && maximum * BigInt(free.length) < rest) || (minimum !== null && maximum !== null && minimum > maximum)) {
    throw new AllocationError('caps_infeasible')
  }

  // With both a floor and a cap, who ends at which is found first (fixing the cap first can leave too little for a floor).
  if (minimum !== null && maximum !== null) {
    const { atMinimum, atMaximum } = capsOfSolution(rest, free, free.map((p) => weightOf(key, p)), minimum, maximum)
    for (const payer of atMinimum) {
      shares.set(payer.memberId, Number(minimum))
      reasons.set(payer.memberId, 'minimum')
    }
    for (const payer of atMaximum) {
      shares.set(payer.memberId, Number(maximum))
      reasons.set(payer.memberId, 'maximum')
    }
    rest -= minimum * BigInt(atMinimum.length) + maximum * BigInt(atMaximum.length)
    free = free.filter((p) => !atMinimum.includes(p) && !atMaximum.includes(p))
    if (free.length === 0) return done(0n)
  }

  // Fix the members whose exact share breaks a cap at that cap, and split the rest again, until none does.
  for (;;) {
    const weights = free.map((p) => weightOf(key, p))
    const sum = weights.reduce((a, b) => a + b, 0n)
    const exact = (i: number) => (sum === 0n ? { n: rest, d: BigInt(free.length) } : { n: rest * weights[i]!, d: sum })
    const over = maximum === null ? [] : free.filter((_, i) => exact(i).n > maximum * exact(i).d)
    const under = over.length || minimum === null ? [] : free.filter((_, i) => exact(i).n < minimum * exact(i).d)
    const capped = over.length ? over : under
    if (capped.length === 0) {
      const denominator = sum === 0n ? BigInt(free.length) : sum
      largestRemainder(rest, free, weights).forEach((share, i) => {
        shares.set(free[i]!.memberId, Number(share))
        if (share > (rest * (sum === 0n ? 1n : weights[i]!)) / denominator) roundedUp.add(free[i]!.memberId)
      })
      return done(sum)
    }
    const cap = over.length ? maximum! : minimum!
    for (const payer of capped) {
      shares.set(payer.memberId, Number(cap))
      reasons.set(payer.memberId, over.length ? 'maximum' : 'minimum')
    }
    rest -= cap * BigInt(capped.length)
    free = free.filter((p) => !capped.includes(p))
    if (free.length === 0) return done(0n)
  }
}

/**
 * Which members pay the floor and which the cap when both are set: the split is clamp(λ·weight, minimum, maximum)
 * summing to `rest`, and λ lies between two neighbouring breakpoints (minimum/weight, maximum/weight) of that
 * nondecreasing sum. Members without weight pay the floor — unless everyone with weight is at the cap and more is
 * left, which they then share equally (as when no one has weight). Exact: rationals compared by cross-multiplying.
 */
function capsOfSolution(rest: bigint, payers: readonly Payer[], rawWeights: readonly bigint[], minimum: bigint, maximum: bigint) {
  const weights = rawWeights.every((w) => w === 0n) ? rawWeights.map(() => 1n) : rawWeights
  const weighted = payers.filter((_, i) => weights[i]! > 0n)
  const unweighted = payers.filter((_, i) => weights[i]! === 0n)
  if (maximum * BigInt(weighted.length) + minimum * BigInt(unweighted.length) <= rest) return { atMinimum: [], atMaximum: weighted }
  // The sum of the clamped shares at λ = n/d, times d.
  const sumAt = (n: bigint, d: bigint) =>
    weights.reduce((total, w) => {
      const share = n * w
      return total + (share < minimum * d ? minimum * d : share > maximum * d ? maximum * d : share)
    }, 0n)
  const breakpoints = weights.filter((w) => w > 0n).flatMap((w) => [{ n: minimum, d: w }, { n: maximum, d: w }])
  breakpoints.sort((a, b) => (a.n * b.d < b.n * a.d ? -1 : a.n * b.d > b.n * a.d ? 1 : 0))
  let previous = { n: 0n, d: 1n }
  for (const point of breakpoints) {
    if (sumAt(point.n, point.d) >= rest * point.d) break
    previous = point
  }
  const upTo = breakpoints.find((point) => point.n * previous.d > previous.n * point.d && sumAt(point.n, point.d) >= rest * point.d) ?? previous
  // Between `previous` and `upTo`: a floor reached only at `upTo` or later holds all the way; a cap reached by `previous` too.
  const atMinimum = payers.filter((_, i) => weights[i]! === 0n || minimum * upTo.d >= upTo.n * weights[i]!)
  const atMaximum = payers.filter((_, i) => weights[i]! > 0n && maximum * previous.d <= previous.n * weights[i]! && previous.n > 0n)
  return { atMinimum, atMaximum }
}

/** A price rather than a split (IT-forum: a fixed fee plus an amount per inhabitant): what each member is charged. */
export function chargeByPrice(payers: readonly Payer[], price: { fixed: number; perInhabitantOre: number }): Map<string, number> {
  if (!isOre(price.fixed) || !(price.perInhabitantOre >= 0)) throw new AllocationError('invalid_amount')
  // The rate may have a fraction of an öre (0.48 kr = 48 öre, but 0.485 kr = 48.5 öre): rounded half up per member.
  const scaled = Math.round(price.perInhabitantOre * 1000)
  return new Map(payers.map((p) => [p.memberId, price.fixed + Number((BigInt(p.population) * BigInt(scaled) + 500n) / 1000n)]))
}
