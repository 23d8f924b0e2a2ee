/** Fixed vocabularies of initiatives (SPEC §3.3), shared by the API and the web pages. */
export const AREAS = [
  'care',
  'school',
  'community_planning',
  'culture_leisure',
  'business_work',
  'democracy',
  'support_functions',
  'shared_services',
  'structural',
] as const
export type Area = (typeof AREAS)[number]

export const INITIATIVE_STATUSES = ['active', 'paused', 'stopped', 'completed'] as const
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number]

export const OUTCOMES = ['approve', 'reject', 'defer'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const PARTICIPANT_STATES = ['invited', 'joining', 'active', 'left'] as const
