import type { Database } from '../../../src/server/db/database'
import { createEffect, createIndicator, saveMemberFigures, addMeasurement } from '../../../src/modules/benefits'
import { IndicatorBody } from '../../../src/modules/benefits'
import { officeCtx } from './people'

/**
 * An intended effect with one indicator on an initiative, and for each of `members` a baseline (with a target
 * when given) and its measurements, built through the benefits use cases as the office would.
 */
export async function buildBenefit(
  db: Database,
  collaborationId: string,
  initiativeId: string,
  options: {
    effect?: string
    indicator?: Partial<IndicatorBody>
    members?: { memberId: string; baseline: number; baselineDate: string; target?: number; targetDate?: string; measurements?: { value: number; date: string }[] }[]
  } = {},
) {
  const ctx = await officeCtx(db, collaborationId)
  const effect = await createEffect(ctx, collaborationId, initiativeId, { title: options.effect ?? 'Fler ärenden via e-tjänst', description: '' })
  const indicator = await createIndicator(ctx, collaborationId, effect.id, IndicatorBody.parse({ name: 'Andel ärenden via e-tjänst', unit: '%', direction: 'increase', benefitClass: 'quality', measureEveryMonths: 6, ...options.indicator }))
  for (const m of options.members ?? []) {
    await saveMemberFigures(ctx, collaborationId, indicator.id, m.memberId, {
      baselineValue: m.baseline,
      baselineDate: m.baselineDate,
      baselineSource: 'Verksamhetssystemet',
      targetValue: m.target ?? null,
      targetDate: m.target === undefined ? null : (m.targetDate ?? '2028-12-31'),
    })
    for (const measurement of m.measurements ?? []) await addMeasurement(ctx, collaborationId, indicator.id, m.memberId, { ...measurement, note: '' })
  }
  return { effectId: effect.id, indicatorId: indicator.id }
}
