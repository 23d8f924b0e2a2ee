/**
 * The audit log's entries grouped by what they are about, so an auditor can look at one area at a time.
 * An action is `<entity>.<verb>`; each area names the entities it covers. Shared by the API and the page.
 */
export const AUDIT_AREAS = {
  people: ['user', 'role', 'identity_provider'],
  members: ['collaboration', 'member'],
  governance: ['body', 'seat', 'decision_kind', 'disagreement'],
  initiatives: ['initiative', 'process_model', 'decision', 'attachment', 'benefit_effect', 'benefit_indicator', 'benefit_baseline', 'benefit_measurement', 'decision_basis'],
  meetings: ['case', 'meeting', 'annual_wheel'],
  finance: ['cost_key', 'usage', 'index_value', 'hourly_rate', 'budget', 'cost_line', 'actual_cost', 'funding', 'in_kind'],
  planning: ['planning_round', 'proposal', 'priorities', 'plan'],
} as const satisfies Record<string, readonly string[]>

export type AuditArea = keyof typeof AUDIT_AREAS
export const AUDIT_AREA_KEYS = Object.keys(AUDIT_AREAS) as AuditArea[]
