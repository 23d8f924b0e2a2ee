import type { LegalForm } from '../../shared/roles'

/** The plain data the governance rules work on: no I/O, so the rules are pure functions. */
export interface BodyNode {
  id: string
  name: string
  kind: BodyKind
  escalatesToBodyId: string | null
}

export const BODY_KINDS = [
  'board',
  'direktion',
  'steering_group',
  'preparing_group',
  'working_committee',
  'reference_group',
  'working_group',
  'programme_office',
  'member_assembly',
] as const
export type BodyKind = (typeof BODY_KINDS)[number]

export interface SeatInfo {
  bodyId: string
  seatRole: 'ledamot' | 'ersattare'
  memberId: string | null
  termStart: string
  termEnd: string | null
}

export interface MandateInfo {
  bodyId: string
  decisionKindId: string
  mandate: 'decides' | 'prepares'
}

export interface DecisionKindInfo {
  id: string
  key: string
  nameSv: string
  nameEn: string
  binding: boolean
  requiresMemberDecisions: boolean
}

export interface MemberInfo {
  id: string
  name: string
}

export interface GovernanceState {
  legalForm: LegalForm
  hostMemberId: string | null
  /** null: as the legal form has it. */
  recordsPublicSetting: boolean | null
  members: MemberInfo[]
  bodies: BodyNode[]
  seats: SeatInfo[]
  mandates: MandateInfo[]
  decisionKinds: DecisionKindInfo[]
  /** The day the rules are checked for (seats whose term covers it count). */
  today: string
}

/** Public authorities under the Local Government Act keep public records (offentlighetsprincipen). */
export const PUBLIC_AUTHORITY_FORMS: readonly LegalForm[] = ['gemensam_namnd', 'kommunalforbund']

/** Forms with no body of their own that can bind the members. */
export const NO_BINDING_BODY_FORMS: readonly LegalForm[] = ['avtalssamverkan', 'projekt']

/**
 * Whether the form has a host municipality (värdkommun) among its members: a joint committee is part of the host's
 * organisation and must have one (KL 9 kap. 19 §); agreement-based collaboration and projects may name a lead member;
 * a kommunalförbund, an association or a company is a legal person of its own and has none.
 */
export const HOST_RULE: Record<LegalForm, 'required' | 'optional' | 'none'> = {
  gemensam_namnd: 'required',
  avtalssamverkan: 'optional',
  projekt: 'optional',
  kommunalforbund: 'none',
  ideell_forening: 'none',
  interkommunalt_bolag: 'none',
}

export const recordsArePublic = (legalForm: LegalForm, setting: boolean | null) =>
  PUBLIC_AUTHORITY_FORMS.includes(legalForm) ? true : (setting ?? false)
