import type { BudgetStatus, CostCategory, CostKeyKind, FundingStatus } from './types'

/** In the schema's order (the schema's own lists would bring zod into the bundle). */
export const COST_CATEGORIES: readonly CostCategory[] = ['base_funding', 'staff', 'premises', 'consultants', 'licences', 'investment', 'operation', 'other']
export const COST_KEY_KINDS: readonly CostKeyKind[] = ['equal', 'population', 'price', 'units', 'weights']

export const BUDGET_STATUS_BADGE: Record<BudgetStatus, string> = {
  draft: 'badge badge-warning',
  adopted: 'badge finance-adopted',
}

export const FUNDING_STATUS_BADGE: Record<FundingStatus, string> = {
  applied: 'badge badge-info',
  granted: 'badge finance-adopted',
  refused: 'badge badge-error',
}
