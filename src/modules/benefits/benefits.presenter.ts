/**
 * Shapes what benefits.repository.ts read into the answers, with realisation.ts's rule. Pure: no reads.
 */
import { groupBy } from '../../shared/group-by'
import type { Effect, Indicator, MemberFigures } from './benefits.schema'
import type { EffectRow, FiguresRow, IndicatorRow, MeasurementRow, ParticipantRow } from './benefits.repository'
import { realisationOf } from './realisation'

export interface InitiativeRecords {
  participants: ParticipantRow[]
  effects: EffectRow[]
  indicators: IndicatorRow[]
  figures: FiguresRow[]
  measurements: MeasurementRow[]
}

const pair = (indicatorId: string, memberId: string) => `${indicatorId}/${memberId}`

/** One member's figures for one indicator, with the realisation computed from its measurements. */
export function memberFigures(indicator: Pick<IndicatorRow, 'direction'>, member: { memberId: string; name: string }, figures: FiguresRow | undefined, measurements: MeasurementRow[]): MemberFigures {
  const target = figures && figures.targetValue !== null && figures.targetDate !== null ? { value: figures.targetValue, date: figures.targetDate } : null
  const realised = figures ? realisationOf(indicator.direction, { baseline: figures.baselineValue, target: target?.value ?? null, measurements }) : null
  return {
    memberId: member.memberId,
    memberName: member.name,
    baseline: figures ? { value: figures.baselineValue, date: figures.baselineDate, source: figures.baselineSource, version: figures.version } : null,
    target,
    measurements: measurements.map((m) => ({ id: m.id, value: m.value, date: m.date, note: m.note })),
    realisationBasisPoints: realised?.realisationBasisPoints ?? null,
    realisedChange: realised?.realisedChange ?? null,
  }
}

/** Every indicator of the records with each participant's figures, grouped under their effects. */
export function presentEffects(records: InitiativeRecords): Effect[] {
  const figuresOf = new Map(records.figures.map((f) => [pair(f.indicatorId, f.memberId), f]))
  const measurementsOf = groupBy(records.measurements, (m) => pair(m.indicatorId, m.memberId))
  const indicatorsOf = groupBy(records.indicators, (x) => x.effectId)
  const indicator = (x: IndicatorRow): Indicator => ({
    id: x.id,
    effectId: x.effectId,
    name: x.name,
    unit: x.unit,
    direction: x.direction,
    benefitClass: x.benefitClass,
    measureEveryMonths: x.measureEveryMonths,
    version: x.version,
    members: records.participants.map((p) => memberFigures(x, p, figuresOf.get(pair(x.id, p.memberId)), measurementsOf.get(pair(x.id, p.memberId)) ?? [])),
  })
  return records.effects.map((e) => ({ id: e.id, title: e.title, description: e.description, version: e.version, indicators: (indicatorsOf.get(e.id) ?? []).map(indicator) }))
}
