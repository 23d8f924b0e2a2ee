/**
 * The risk register's rules, pure: a score is probability × consequence (each 1–5), the current score is the
 * one after measures when they have been assessed, the level is a band of the score, and the 5×5 matrix counts
 * open risks per cell. No rule demands that the score after measures be lower: measures may fail or backfire.
 */

export const SCALE = [1, 2, 3, 4, 5] as const
export const RISK_LEVELS = ['low', 'medium', 'high', 'very_high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/** The highest score of each level: low 1–4, medium 5–9, high 10–16, very high 20–25 (17–19 cannot occur). */
export const LEVEL_CEILINGS: Record<RiskLevel, number> = { low: 4, medium: 9, high: 16, very_high: 25 }

export const DEFAULT_ESCALATION_THRESHOLD = 15

export interface Assessment {
  probabilityBefore: number
  consequenceBefore: number
  probabilityAfter: number | null
  consequenceAfter: number | null
}

export const score = (probability: number, consequence: number) => probability * consequence

export const scoreBefore = (a: Assessment) => score(a.probabilityBefore, a.consequenceBefore)

export const scoreAfter = (a: Assessment) => (a.probabilityAfter === null || a.consequenceAfter === null ? null : score(a.probabilityAfter, a.consequenceAfter))

/** What the risk is now: after measures once they are assessed, before them until then. */
export const currentScore = (a: Assessment) => scoreAfter(a) ?? scoreBefore(a)

/** Where it sits in the matrix now. */
export const currentCell = (a: Assessment) =>
  a.probabilityAfter !== null && a.consequenceAfter !== null ? { probability: a.probabilityAfter, consequence: a.consequenceAfter } : { probability: a.probabilityBefore, consequence: a.consequenceBefore }

export function levelOf(value: number): RiskLevel {
  return RISK_LEVELS.find((level) => value <= LEVEL_CEILINGS[level]) ?? 'very_high'
}

/** The lowest and highest score of a level, for filters in SQL. */
export function levelRange(level: RiskLevel): [number, number] {
  const at = RISK_LEVELS.indexOf(level)
  return [at === 0 ? 1 : LEVEL_CEILINGS[RISK_LEVELS[at - 1]!] + 1, LEVEL_CEILINGS[level]]
}

import { type RiskKind, type Strategy, strategiesOf } from '../../shared/risks'
export { OPPORTUNITY_STRATEGIES, RISK_STRATEGIES, type RiskKind, STRATEGIES, type Strategy, strategiesOf } from '../../shared/risks'

export type AssessmentProblem = { field: 'probabilityAfter' | 'consequenceAfter' | 'measures' | 'strategy'; code: 'risk_after_both' | 'risk_after_needs_measures' | 'risk_strategy_of_kind' }

/**
 * The rule chosen for the assessment after measures: probability and consequence after are given together or not
 * at all, and only once measures are described (an effect of nothing cannot be assessed). They may be higher than
 * before. The strategy must be one of the kind's (avoid/reduce/transfer/accept a risk; exploit/enhance/share/accept
 * an opportunity).
 */
export function assessmentProblems(input: Assessment & { kind: RiskKind; strategy: Strategy; measures: string }): AssessmentProblem[] {
  const problems: AssessmentProblem[] = []
  if ((input.probabilityAfter === null) !== (input.consequenceAfter === null)) {
    problems.push({ field: input.probabilityAfter === null ? 'probabilityAfter' : 'consequenceAfter', code: 'risk_after_both' })
  } else if (input.probabilityAfter !== null && input.measures.trim() === '') {
    problems.push({ field: 'measures', code: 'risk_after_needs_measures' })
  }
  if (!strategiesOf(input.kind).includes(input.strategy)) problems.push({ field: 'strategy', code: 'risk_strategy_of_kind' })
  return problems
}

/**
 * Whether a change raises an escalation: the current score is above the threshold, none raised for this risk is
 * still open, and this is a crossing — the risk is new, was at or below the threshold before, or was never
 * escalated (the threshold was lowered under it). A risk staying above after its escalation was resolved raises
 * no new one until it has come down and risen again.
 */
export function escalates(input: { scoreNow: number; scoreBefore: number | null; threshold: number; escalated: boolean; escalationOpen: boolean }): boolean {
  if (input.scoreNow <= input.threshold || input.escalationOpen) return false
  return input.scoreBefore === null || input.scoreBefore <= input.threshold || !input.escalated
}

export interface MatrixCell {
  probability: number
  consequence: number
  score: number
  level: RiskLevel
  count: number
}

/** The 5×5 matrix, every cell present (rows by probability 5…1, consequence 1…5), counting the open risks in each. */
export function buildMatrix(counts: readonly { probability: number; consequence: number; count: number }[]): MatrixCell[] {
  const byCell = new Map<string, number>()
  for (const c of counts) byCell.set(`${c.probability}/${c.consequence}`, (byCell.get(`${c.probability}/${c.consequence}`) ?? 0) + c.count)
  return [...SCALE].reverse().flatMap((probability) =>
    SCALE.map((consequence) => ({ probability, consequence, score: score(probability, consequence), level: levelOf(score(probability, consequence)), count: byCell.get(`${probability}/${consequence}`) ?? 0 })),
  )
}

/**
 * Where a risk's escalation starts: the lowest rung of the collaboration's escalation chain — the body with the
 * most bodies above it (ties by the order given, i.e. by name). A risk is first a matter for the body closest to
 * the work (a steering or preparing group), and climbs with the disagreement's own escalate action only as far as
 * it must; starting at the body deciding the next gate could skip those rungs. Null when there are no bodies.
 */
export function startingBody(bodies: readonly { id: string; escalatesToBodyId: string | null }[]): string | null {
  const byId = new Map(bodies.map((body) => [body.id, body]))
  const height = (id: string) => {
    const seen = new Set<string>()
    for (let at = byId.get(id); at && !seen.has(at.id); at = at.escalatesToBodyId ? byId.get(at.escalatesToBodyId) : undefined) seen.add(at.id)
    return seen.size
  }
  let best: { id: string; height: number } | null = null
  for (const body of bodies) {
    const h = height(body.id)
    if (!best || h > best.height) best = { id: body.id, height: h }
  }
  return best?.id ?? null
}
