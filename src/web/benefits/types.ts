/** The benefits API's answers as the web reads them (contracts.md: values in hundredths of the unit, realisation in basis points). */

export type BenefitClass = 'financial' | 'reallocated_time' | 'quality'
export type BenefitDirection = 'increase' | 'decrease'

export interface Measurement {
  id: string
  value: number
  date: string
  note: string
}

export interface MemberFigures {
  memberId: string
  memberName: string
  baseline: { value: number; date: string; source: string; version: number } | null
  target: { value: number; date: string } | null
  measurements: Measurement[]
  realisationBasisPoints: number | null
  realisedChange: number | null
}

export interface Indicator {
  id: string
  effectId: string
  name: string
  unit: string
  direction: BenefitDirection
  benefitClass: BenefitClass
  measureEveryMonths: number
  version: number
  members: MemberFigures[]
}

export interface Effect {
  id: string
  title: string
  description: string
  version: number
  indicators: Indicator[]
}

export interface InitiativeBenefits {
  initiativeId: string
  goal: string
  participants: { memberId: string; name: string }[]
  mayEditAll: boolean
  editableMemberIds: string[]
  effects: Effect[]
}

export interface MemberGainedIndicator {
  indicatorId: string
  name: string
  unit: string
  benefitClass: BenefitClass
  baseline: number | null
  target: number | null
  latest: number | null
  realisationBasisPoints: number | null
}

export interface GainedTotals {
  cost: number
  financialTarget: number
  financialRealised: number
}

export interface MemberBenefits {
  memberId: string
  memberName: string
  initiatives: (GainedTotals & { initiativeId: string; title: string; phase: string; indicators: MemberGainedIndicator[] })[]
  totals: GainedTotals
}

export interface BenefitsSummary {
  members: (GainedTotals & { memberId: string; name: string })[]
  totals: GainedTotals
}

export interface ImportResult {
  effectsCreated: number
  indicatorsCreated: number
  figuresSaved: number
  measurementsCreated: number
}
