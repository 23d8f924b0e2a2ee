/**
 * Realisation of a benefit (issue 18): how far a member has come from its baseline towards its target, computed
 * exactly from the values (integers in hundredths of the indicator's unit), never set by hand. Pure.
 */

export type Direction = 'increase' | 'decrease'

/** Realisation in basis points: 10 000 is the target reached, 0 the baseline, negative worse than the baseline. */
export const FULL = 10_000

/** The change from the baseline, signed so that positive is better whichever direction the indicator counts. */
export function realisedChange(direction: Direction, baseline: number, latest: number): number {
  const change = BigInt(latest) - BigInt(baseline)
  return Number(direction === 'increase' ? change : -change)
}

/**
 * Realised change over planned change, in basis points, rounded to the nearest one with halves away from zero
 * (so a result is the same whichever direction the indicator counts). Null without a measurement, and when the
 * target does not improve on the baseline (the planned change is nothing, or points the wrong way).
 */
export function realisationBasisPoints(direction: Direction, baseline: number, target: number, latest: number | null): number | null {
  if (latest === null) return null
  const planned = BigInt(realisedChange(direction, baseline, target))
  if (planned <= 0n) return null
  const scaled = BigInt(realisedChange(direction, baseline, latest)) * BigInt(FULL)
  const magnitude = (2n * (scaled < 0n ? -scaled : scaled) + planned) / (2n * planned)
  return Number(scaled < 0n ? -magnitude : magnitude)
}

/** A member's figures for one indicator as the realisation reads them. */
export interface Figures {
  baseline: number
  target: number | null
  /** Measurements in any order; the latest by date (and, on the same date, the last given) counts. */
  measurements: { value: number; date: string }[]
}

export function latestMeasurement<M extends { date: string }>(measurements: readonly M[]): M | null {
  let latest: M | null = null
  for (const m of measurements) if (!latest || m.date >= latest.date) latest = m
  return latest
}

/** Realised change and realisation of one member's figures. */
export function realisationOf(direction: Direction, figures: Figures) {
  const latest = latestMeasurement(figures.measurements)
  return {
    latest,
    realisedChange: latest ? realisedChange(direction, figures.baseline, latest.value) : null,
    realisationBasisPoints: figures.target === null ? null : realisationBasisPoints(direction, figures.baseline, figures.target, latest?.value ?? null),
  }
}

/** Sums of integers (öre) exactly, refusing to leave the range where a JavaScript number is exact. */
export function exactSum(values: readonly number[]): number {
  const sum = values.reduce((total, value) => total + BigInt(value), 0n)
  if (sum > BigInt(Number.MAX_SAFE_INTEGER) || sum < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('sum out of exact range')
  return Number(sum)
}
