/** The benefits API's answers as the web reads them, from the server's schema (values in hundredths of the unit, realisation in basis points). */
import type { BENEFIT_CLASSES, DIRECTIONS } from '../../modules/benefits/benefits.schema'

export type {
  BenefitsSummary,
  Effect,
  ImportResult,
  Indicator,
  InitiativeBenefits,
  MemberFigures,
  MemberGains as MemberBenefits,
} from '../../modules/benefits/benefits.schema'
export type BenefitClass = (typeof BENEFIT_CLASSES)[number]
export type BenefitDirection = (typeof DIRECTIONS)[number]
