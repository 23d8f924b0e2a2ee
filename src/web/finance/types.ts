/** The finance API's shapes, inferred from the server's own zod schemas (type-only: nothing is bundled). */
import type { z } from 'zod'
import type {
  ActualCost as ActualCostSchema,
  ActualCostBody,
  BudgetAdoptionBody,
  BudgetBody,
  BudgetDetail as BudgetDetailSchema,
  BudgetPatchBody,
  BudgetReopeningBody,
  BudgetSummary as BudgetSummarySchema,
  CostKey as CostKeySchema,
  CostKeyBody,
  CostKeyDetail as CostKeyDetailSchema,
  CostKeyVersionBody,
  CostLine as CostLineSchema,
  CostLineBody,
  FinanceOverview as FinanceOverviewSchema,
  Funding as FundingSchema,
  FundingBody,
  FundingPatchBody,
  HourlyRate as HourlyRateSchema,
  HourlyRateBody,
  IndexValue as IndexValueSchema,
  InKind as InKindSchema,
  InKindBody,
  InvoiceBasis as InvoiceBasisSchema,
  InvoiceLine as InvoiceLineSchema,
  LateJoiner as LateJoinerSchema,
  Usage as UsageSchema,
  UsageBody,
  YearGaps as YearGapsSchema,
} from '../../modules/finance/finance.schema'

export type CostKey = z.infer<typeof CostKeySchema>
export type CostKeyDetail = z.infer<typeof CostKeyDetailSchema>
export type KeyMember = CostKeyDetail['members'][number]
export type CostKeyKind = CostKey['kind']
export type CostLine = z.infer<typeof CostLineSchema>
export type CostCategory = CostLine['category']
export type ActualCost = z.infer<typeof ActualCostSchema>
export type Funding = z.infer<typeof FundingSchema>
export type FundingStatus = Funding['status']
export type BudgetSummary = z.infer<typeof BudgetSummarySchema>
export type BudgetStatus = BudgetSummary['status']
export type BudgetDetail = z.infer<typeof BudgetDetailSchema>
export type BudgetEvent = BudgetDetail['history'][number]
export type YearGaps = z.infer<typeof YearGapsSchema>
export type InvoiceBasis = z.infer<typeof InvoiceBasisSchema>
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>
export type FinanceOverview = z.infer<typeof FinanceOverviewSchema>
export type Usage = z.infer<typeof UsageSchema>
export type IndexValue = z.infer<typeof IndexValueSchema>
export type HourlyRate = z.infer<typeof HourlyRateSchema>
export type InKind = z.infer<typeof InKindSchema>
export type LateJoiner = z.infer<typeof LateJoinerSchema>

export type NewCostKey = z.input<typeof CostKeyBody>
export type NewUsage = z.input<typeof UsageBody>
export type NewBudget = z.input<typeof BudgetBody>
export type BudgetPatch = z.input<typeof BudgetPatchBody>
export type BudgetAdoption = z.input<typeof BudgetAdoptionBody>
export type BudgetReopening = z.input<typeof BudgetReopeningBody>
export type NewCostLine = z.input<typeof CostLineBody>
export type NewActualCost = z.input<typeof ActualCostBody>
export type FundingPatch = z.input<typeof FundingPatchBody>
export type NewFunding = z.input<typeof FundingBody>
export type NewHourlyRate = z.input<typeof HourlyRateBody>
export type NewInKind = z.input<typeof InKindBody>
export type CostKeyRevision = z.input<typeof CostKeyVersionBody>

/** A period: a year, and a quarter (1–4) or the whole year. */
export interface Period {
  year: number
  quarter: number | null
}
