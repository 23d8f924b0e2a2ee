import { z } from 'zod'
import { isoDate, queryVersion, text, version } from '../../shared/schema'

/** Values are integers in hundredths of the indicator's unit: 12,5 timmar is 1250, 1 234,56 kr is 123456 (öre). */
export const hundredths = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)

export const DIRECTIONS = ['increase', 'decrease'] as const
export const BENEFIT_CLASSES = ['financial', 'reallocated_time', 'quality'] as const

export const BenefitsParams = z.object({ collaborationId: z.uuid() })
export const InitiativeBenefitsParams = BenefitsParams.extend({ initiativeId: z.uuid() })
export const EffectParams = BenefitsParams.extend({ effectId: z.uuid() })
export const IndicatorParams = BenefitsParams.extend({ indicatorId: z.uuid() })
export const IndicatorMemberParams = IndicatorParams.extend({ memberId: z.uuid() })
export const MeasurementParams = IndicatorMemberParams.extend({ measurementId: z.uuid() })
export const MemberBenefitsParams = BenefitsParams.extend({ memberId: z.uuid() })
export const VersionQuery = z.object({ version: queryVersion })

export const EffectBody = z.object({ title: text(200).min(1), description: text(4000).default('') })
export type EffectBody = z.infer<typeof EffectBody>
export const EffectPatchBody = EffectBody.extend({ version })

export const IndicatorBody = z.object({
  name: text(200).min(1),
  /** What the values count: %, dagar, kr, timmar/månad. */
  unit: text(40).min(1),
  direction: z.enum(DIRECTIONS),
  benefitClass: z.enum(BENEFIT_CLASSES),
  measureEveryMonths: z.number().int().min(1).max(24),
})
export type IndicatorBody = z.infer<typeof IndicatorBody>
export const IndicatorPatchBody = IndicatorBody.extend({ version })

/** A member's baseline and target for an indicator; `version` of the row when it exists (none the first time). */
export const MemberFiguresBody = z.object({
  baselineValue: hundredths,
  baselineDate: isoDate,
  baselineSource: text(500).default(''),
  targetValue: hundredths.nullable().default(null),
  targetDate: isoDate.nullable().default(null),
  version: version.optional(),
})
export type MemberFiguresBody = z.infer<typeof MemberFiguresBody>

export const MeasurementBody = z.object({ value: hundredths, date: isoDate, note: text(500).default('') })
export type MeasurementBody = z.infer<typeof MeasurementBody>

export const Measurement = z.object({ id: z.uuid(), value: z.number().int(), date: z.string(), note: z.string() })
export const MemberFigures = z.object({
  memberId: z.uuid(),
  memberName: z.string(),
  baseline: z.object({ value: z.number().int(), date: z.string(), source: z.string(), version: z.number().int() }).nullable(),
  target: z.object({ value: z.number().int(), date: z.string() }).nullable(),
  /** Oldest first. */
  measurements: z.array(Measurement),
  realisationBasisPoints: z.number().int().nullable(),
  /** Hundredths of the unit, positive when better than the baseline. */
  realisedChange: z.number().int().nullable(),
})
export type MemberFigures = z.infer<typeof MemberFigures>

export const Indicator = IndicatorBody.extend({ id: z.uuid(), effectId: z.uuid(), version: z.number().int(), members: z.array(MemberFigures) })
export type Indicator = z.infer<typeof Indicator>
export const Effect = z.object({ id: z.uuid(), title: z.string(), description: z.string(), version: z.number().int(), indicators: z.array(Indicator) })
export type Effect = z.infer<typeof Effect>

export const InitiativeBenefits = z.object({
  initiativeId: z.uuid(),
  /** The initiative's goal the effects serve: its stated need. */
  goal: z.string(),
  participants: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  mayEditAll: z.boolean(),
  /** The members whose baselines and measurements the reader may enter. */
  editableMemberIds: z.array(z.uuid()),
  effects: z.array(Effect),
})
export type InitiativeBenefits = z.infer<typeof InitiativeBenefits>

export const EffectCreated = z.object({ id: z.uuid(), version: z.number().int() })
export const IndicatorCreated = EffectCreated
export const MemberFiguresSaved = z.object({ indicatorId: z.uuid(), memberId: z.uuid(), version: z.number().int() })
export const MeasurementCreated = z.object({ id: z.uuid() })

const Money = z.object({ cost: z.number().int(), financialTarget: z.number().int(), financialRealised: z.number().int() })
export const MemberGains = z.object({
  memberId: z.uuid(),
  memberName: z.string(),
  initiatives: z.array(
    Money.extend({
      initiativeId: z.uuid(),
      title: z.string(),
      phase: z.string(),
      indicators: z.array(
        z.object({
          indicatorId: z.uuid(),
          name: z.string(),
          unit: z.string(),
          benefitClass: z.enum(BENEFIT_CLASSES),
          baseline: z.number().int().nullable(),
          target: z.number().int().nullable(),
          latest: z.number().int().nullable(),
          realisationBasisPoints: z.number().int().nullable(),
        }),
      ),
    }),
  ),
  totals: Money,
})
export type MemberGains = z.infer<typeof MemberGains>

export const BenefitsSummary = z.object({
  members: z.array(Money.extend({ memberId: z.uuid(), name: z.string() })),
  totals: Money,
})
export type BenefitsSummary = z.infer<typeof BenefitsSummary>

export const ImportResult = z.object({ effectsCreated: z.number().int(), indicatorsCreated: z.number().int(), figuresSaved: z.number().int(), measurementsCreated: z.number().int() })
export type ImportResult = z.infer<typeof ImportResult>
export const ImportQuery = z.object({ fileName: text(200).min(1) })
/** The largest file an import reads: some ten thousand rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
