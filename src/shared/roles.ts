/** The roles a user can hold in a collaboration (SPEC §1). Shared by the API and the web pages. */
export const ROLES = [
  'coordinator',
  'member_representative',
  'body_member',
  'secretary',
  'project_manager',
  'management_lead',
  'auditor',
  'viewer',
  'finance_officer',
] as const
export type Role = (typeof ROLES)[number]

/** Roles that are always held on behalf of one member. */
export const MEMBER_BOUND_ROLES: readonly Role[] = ['member_representative']
/** Roles that may name the member they represent, but need not. */
export const MEMBER_OPTIONAL_ROLES: readonly Role[] = ['body_member', 'finance_officer']

export const LEGAL_FORMS = [
  'gemensam_namnd',
  'kommunalforbund',
  'avtalssamverkan',
  'ideell_forening',
  'interkommunalt_bolag',
  'projekt',
] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

export const MEMBER_KINDS = ['municipality', 'region', 'county_board', 'university', 'company', 'other'] as const
export type MemberKind = (typeof MEMBER_KINDS)[number]
/** Kinds that come from the reference data; the others are added by hand. */
export const REFERENCE_MEMBER_KINDS: readonly MemberKind[] = ['municipality', 'region']
