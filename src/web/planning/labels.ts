import { STAGES } from '../../modules/planning/stages'
import type { Method, RoundStage, Screening, StageKey, Weighting } from './types'

/** The ten stages in order (from the pure stages module, which brings no zod into the bundle). */
export const STAGE_ORDER: readonly StageKey[] = STAGES
export const METHODS: readonly Method[] = ['points', 'borda']
export const WEIGHTINGS: readonly Weighting[] = ['equal', 'population']
/** The four screening questions, in the order SPEC §3.6 asks them (the first is about the proposal's members). */
export const CRITERIA = ['itSupported', 'enoughMembers', 'jurisdictionIntact', 'notInEarlierPlan'] as const

/** The stage after this one, or null at the end. */
export function nextStage(stage: RoundStage): StageKey | null {
  if (stage === 'not_started') return STAGE_ORDER[0] ?? null
  return STAGE_ORDER[STAGE_ORDER.indexOf(stage) + 1] ?? null
}

/** Whether the round has reached a stage (is in it or past it). */
export function reached(stage: RoundStage, key: StageKey): boolean {
  return stage !== 'not_started' && STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(key)
}

export const SCREENING_BADGE: Record<Screening, string> = {
  pending: 'badge',
  accepted: 'badge planning-badge-yes',
  merged: 'badge badge-info',
  rejected: 'badge badge-error',
}

export const FIT_BADGE = { funded: 'badge planning-badge-yes', bank: 'badge badge-warning' } as const
