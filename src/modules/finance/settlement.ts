import { largestRemainder, splitCost, type CostKey, type Payer, type SplitRules } from './allocation'

export interface PastCostLine {
  total: number
  key: CostKey
  rules?: SplitRules
}

/**
 * A member joining an initiative at a gate buys in at what it would have paid had it taken part from the
 * start (issue 6): its share of every past cost line re-split with it included. The buy-in is credited to
 * the earlier participants in proportion to what they paid, so the credits sum exactly to the buy-in
 * and none is negative.
 */
export function lateJoinerSettlement(pastLines: readonly PastCostLine[], earlier: readonly Payer[], joiner: Payer) {
  let buyIn = 0
  const paid = new Map<string, number>(earlier.map((p) => [p.memberId, 0]))
  const lines = pastLines.map((line) => {
    const before = splitCost(line.total, earlier, line.key, line.rules)
    const withJoiner = splitCost(line.total, [...earlier, joiner], line.key, line.rules)
    const share = withJoiner.get(joiner.memberId)!
    buyIn += share
    for (const [memberId, amount] of before) paid.set(memberId, paid.get(memberId)! + amount)
    return { total: line.total, joinerShare: share }
  })
  const credited = largestRemainder(BigInt(buyIn), earlier, earlier.map((p) => BigInt(paid.get(p.memberId)!)))
  return { buyIn, lines, credits: new Map(earlier.map((p, i) => [p.memberId, Number(credited[i]!)])) }
}

/** A base fee raised by an index (e.g. AKI) from one year's value to another's, rounded half up to the öre. */
export function upliftByIndex(fee: number, fromIndex: number, toIndex: number): number {
  if (!Number.isSafeInteger(fee) || fee < 0 || !(fromIndex > 0) || !(toIndex > 0)) throw new RangeError('fee in öre and positive index values expected')
  // Index values have at most three decimals (103.412); scaled to whole numbers the arithmetic is exact.
  const from = BigInt(Math.round(fromIndex * 1000))
  const to = BigInt(Math.round(toIndex * 1000))
  return Number((BigInt(fee) * to * 2n + from) / (2n * from))
}
