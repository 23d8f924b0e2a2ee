import type { CaseDetail } from '../api/types'

type CaseStatus = CaseDetail['status']
type Direction = CaseDetail['entries'][number]['direction']

/** In the order a case goes through them (the schema's own list would bring zod into the bundle). */
export const CASE_STATUSES: readonly CaseStatus[] = ['registered', 'in_preparation', 'ready_for_decision', 'decided', 'closed']
export const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing', 'internal']

/** The badge look of each case status. */
export const CASE_STATUS_BADGE: Record<CaseStatus, string> = {
  registered: 'badge',
  in_preparation: 'badge badge-info',
  ready_for_decision: 'badge badge-warning',
  decided: 'badge case-decided',
  closed: 'badge case-closed',
}

/** The years a year filter offers: this year and the nine before it, plus one chosen in the address. */
export function filterYears(chosen: string | undefined, thisYear = new Date().getFullYear()): string[] {
  const years = Array.from({ length: 10 }, (_, i) => String(thisYear - i))
  if (chosen && !years.includes(chosen)) years.push(chosen)
  return years
}
