import { z } from 'zod'
import { isoDate, queryVersion, text, version } from '../../shared/schema'

/** Money is integer öre everywhere: 1 234 567,89 kr is 123456789. */
const ore = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const signedOre = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)
const year = z.number().int().min(2000).max(2100)

export const COST_KEY_KINDS = ['equal', 'population', 'price', 'units', 'weights'] as const
export const COST_CATEGORIES = ['base_funding', 'staff', 'premises', 'consultants', 'licences', 'investment', 'operation', 'other'] as const
export const FUNDING_STATUSES = ['applied', 'granted', 'refused'] as const
export const BUDGET_STATUSES = ['draft', 'adopted'] as const

export const FinanceParams = z.object({ collaborationId: z.uuid() })
export const CostKeyParams = FinanceParams.extend({ costKeyId: z.uuid() })
export const BudgetParams = FinanceParams.extend({ budgetId: z.uuid() })
export const CostLineParams = BudgetParams.extend({ lineId: z.uuid() })
export const FundingParams = BudgetParams.extend({ fundingId: z.uuid() })
export const BudgetMemberParams = BudgetParams.extend({ memberId: z.uuid() })
export const InKindParams = BudgetMemberParams.extend({ contributionId: z.uuid() })
export const FinanceMemberParams = FinanceParams.extend({ memberId: z.uuid() })
export const IndexValueParams = FinanceParams.extend({ series: text(20).min(1), year: z.coerce.number().int().min(2000).max(2100) })

/** How a key divides a cost. `price` is not a split but a charge: a fixed fee plus an amount per inhabitant. */
export const CostKeyBody = z
  .object({
    name: text(120).min(2),
    description: text(2000).default(''),
    kind: z.enum(COST_KEY_KINDS),
    /** The population year (population and price keys). */
    populationYear: year.nullable().default(null),
    /** What a usage key counts (e-tjänster, licenser). */
    unitName: text(60).default(''),
    fixedFeeOre: ore.nullable().default(null),
    /** 48 = 0,48 kr per inhabitant; up to three decimals of an öre. */
    perInhabitantOre: z.number().min(0).max(1_000_000).nullable().default(null),
    weights: z.array(z.object({ memberId: z.uuid(), weight: z.number().int().min(0).max(1_000_000_000) })).max(400).default([]),
    exempt: z.array(z.uuid()).max(400).default([]),
    fixedAmounts: z.array(z.object({ memberId: z.uuid(), amountOre: ore })).max(400).default([]),
    minimumOre: ore.nullable().default(null),
    maximumOre: ore.nullable().default(null),
  })
  .superRefine((key, ctx) => {
    if ((key.kind === 'population' || key.kind === 'price') && key.populationYear === null)
      ctx.addIssue({ code: 'custom', path: ['populationYear'], message: 'population_year_required' })
    if (key.kind === 'price' && (key.fixedFeeOre === null || key.perInhabitantOre === null))
      ctx.addIssue({ code: 'custom', path: ['perInhabitantOre'], message: 'price_needs_amounts' })
    if (key.kind === 'units' && key.unitName === '') ctx.addIssue({ code: 'custom', path: ['unitName'], message: 'unit_name_required' })
    if (key.minimumOre !== null && key.maximumOre !== null && key.minimumOre > key.maximumOre)
      ctx.addIssue({ code: 'custom', path: ['maximumOre'], message: 'maximum_below_minimum' })
  })
export type CostKeyBody = z.infer<typeof CostKeyBody>
/** A new version is based on the newest one; an edit from an older version is a 409. */
export const CostKeyVersionBody = z.intersection(CostKeyBody, z.object({ basedOnVersion: z.number().int().min(1) }))

export const CostKey = z.object({
  id: z.uuid(),
  lineageId: z.uuid(),
  versionNo: z.number().int(),
  latest: z.boolean(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(COST_KEY_KINDS),
  populationYear: z.number().int().nullable(),
  unitName: z.string(),
  fixedFeeOre: z.number().int().nullable(),
  perInhabitantOre: z.number().nullable(),
  weights: z.array(z.object({ memberId: z.uuid(), weight: z.number().int() })),
  exempt: z.array(z.uuid()),
  fixedAmounts: z.array(z.object({ memberId: z.uuid(), amountOre: z.number().int() })),
  minimumOre: z.number().int().nullable(),
  maximumOre: z.number().int().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** Cost lines and funding guarantees that use this version. */
  usedBy: z.number().int(),
})
export type CostKey = z.infer<typeof CostKey>

/** A key with every member's quantity for a year: what the key divides by. */
export const CostKeyDetail = z.object({
  key: CostKey,
  versions: z.array(CostKey),
  year: z.number().int(),
  members: z.array(
    z.object({
      memberId: z.uuid(),
      name: z.string(),
      code: z.string().nullable(),
      population: z.number().int().nullable(),
      populationYear: z.number().int().nullable(),
      units: z.number().int().nullable(),
      unitsVersion: z.number().int().nullable(),
      weight: z.number().int().nullable(),
      exempt: z.boolean(),
      fixedAmountOre: z.number().int().nullable(),
    }),
  ),
})
export type CostKeyDetail = z.infer<typeof CostKeyDetail>
export const CostKeyDetailQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() })

/** A member's usage units for a usage key and year; a representative sets its own member's only. */
export const UsageBody = z.object({
  costKeyId: z.uuid(),
  year,
  units: z.number().int().min(0).max(100_000_000),
  /** The version read; null when the member had no figure for the year. */
  version: version.nullable().default(null),
})
export const Usage = z.object({ memberId: z.uuid(), costKeyLineageId: z.uuid(), year: z.number().int(), units: z.number().int(), version, updatedBy: z.string() })

export const IndexValue = z.object({ series: z.string(), year: z.number().int(), value: z.number() })
export const IndexValueBody = z.object({ value: z.number().positive().max(100_000) })

export const HourlyRate = z.object({ id: z.uuid(), roleName: z.string(), year: z.number().int(), rateOre: z.number().int() })
export const HourlyRateBody = z.object({ roleName: text(80).min(2), year, rateOre: ore.min(1) })

export const BudgetBody = z.object({ initiativeId: z.uuid().nullable().default(null), year, note: text(2000).default('') })
export type BudgetBody = z.infer<typeof BudgetBody>
/** A budget's note; adopting and reopening are their own requests, each with its decision or reason. */
export const BudgetPatchBody = z.object({ version, note: text(2000) })

/** The decision that adopts a budget: a § of a held meeting kept in Samverka, or a decision taken elsewhere. */
export const AdoptionDecision = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), meetingItemId: z.uuid() }),
  z.object({
    kind: z.literal('external'),
    decidedOn: isoDate,
    /** As it reads in that body's minutes: "Nämndens protokoll 2025-11-26 § 45". */
    reference: text(300).min(3),
    bodyName: text(200).optional(),
  }),
])
export const BudgetAdoptionBody = z.object({ version, decision: AdoptionDecision })
export type BudgetAdoptionBody = z.infer<typeof BudgetAdoptionBody>
export const BudgetReopeningBody = z.object({ version, reason: text(2000).min(10) })

/** One adoption or reopening of a budget, kept for good. */
export const BudgetEvent = z.object({
  kind: z.enum(['adopted', 'reopened']),
  at: z.string(),
  by: z.string(),
  /** Adopted: the decision's date and reference, and whether it was taken outside Samverka. */
  decidedOn: isoDate.nullable(),
  reference: z.string(),
  meetingItemId: z.uuid().nullable(),
  external: z.boolean().nullable(),
  /** Reopened: why. */
  reason: z.string(),
})
export const BudgetListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), initiativeId: z.uuid().optional() })

export const CostLineBody = z.object({
  category: z.enum(COST_CATEGORIES),
  description: text(300).min(2),
  /** Ignored for a price key: there the amount is what the members are charged. */
  amountOre: ore.default(0),
  costKeyId: z.uuid(),
  paidInAdvance: z.boolean().default(false),
  /** Raise the amount by this index series from `indexBaseYear` to the budget's year. */
  indexSeries: text(20).min(1).nullable().default(null),
  indexBaseYear: year.nullable().default(null),
})
export type CostLineBody = z.infer<typeof CostLineBody>
export const CostLinePatchBody = z.intersection(CostLineBody, z.object({ version }))
export const VersionQuery = z.object({ version: queryVersion })

export const ActualCostBody = z.object({ bookedOn: isoDate, amountOre: signedOre, description: text(300).default('') })
export const ActualCost = z.object({ id: z.uuid(), costLineId: z.uuid(), bookedOn: isoDate, amountOre: z.number().int(), description: z.string(), recordedBy: z.string(), recordedAt: z.string() })

export const FundingBody = z.object({
  funder: text(200).min(2),
  description: text(1000).default(''),
  amountOre: ore.min(1),
  guaranteeKeyId: z.uuid(),
})
export const FundingPatchBody = z.object({ version, status: z.enum(FUNDING_STATUSES), decidedOn: isoDate.nullable().default(null) })
export const Funding = z.object({
  id: z.uuid(),
  funder: z.string(),
  description: z.string(),
  amountOre: z.number().int(),
  status: z.enum(FUNDING_STATUSES),
  decidedOn: isoDate.nullable(),
  guaranteeKeyId: z.uuid(),
  guaranteeKeyName: z.string(),
  version,
})

export const InKindBody = z.object({ hourlyRateId: z.uuid(), hours: z.number().positive().max(100_000).multipleOf(0.01), description: text(300).default('') })
export const InKind = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string(),
  roleName: z.string(),
  rateOre: z.number().int(),
  hours: z.number(),
  /** hours × rate, rounded half up to the öre. */
  valueOre: z.number().int(),
  description: z.string(),
  recordedBy: z.string(),
})

export const CostLine = z.object({
  id: z.uuid(),
  category: z.enum(COST_CATEGORIES),
  description: z.string(),
  amountOre: z.number().int(),
  /** The amount the members share this year: raised by the index, or the sum of a price key's charges. */
  effectiveOre: z.number().int(),
  costKeyId: z.uuid(),
  costKeyName: z.string(),
  costKeyVersionNo: z.number().int(),
  costKeyKind: z.enum(COST_KEY_KINDS),
  paidInAdvance: z.boolean(),
  indexSeries: z.string().nullable(),
  indexBaseYear: z.number().int().nullable(),
  actualOre: z.number().int(),
  actuals: z.array(ActualCost),
  version,
})
export type CostLine = z.infer<typeof CostLine>

export const BudgetSummary = z.object({
  id: z.uuid(),
  initiativeId: z.uuid().nullable(),
  /** The collaboration's name for its own budget, else the initiative's title. */
  scopeName: z.string(),
  year: z.number().int(),
  status: z.enum(BUDGET_STATUSES),
  adoptedOn: isoDate.nullable(),
  /** The decision that adopted it (null while a draft). */
  adoption: z.object({ reference: z.string(), meetingItemId: z.uuid().nullable(), external: z.boolean(), recordedBy: z.string() }).nullable(),
  note: z.string(),
  totalOre: z.number().int(),
  actualOre: z.number().int(),
  version,
})
export type BudgetSummary = z.infer<typeof BudgetSummary>

export const BudgetDetail = BudgetSummary.extend({
  lines: z.array(CostLine),
  funding: z.array(Funding),
  inKind: z.array(InKind),
  /** The members that share this budget's costs this year, by the rule for its scope. */
  participants: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  /** The three-year horizon: this year and the next two, summed by category (0 where no budget exists yet). */
  horizon: z.array(z.object({ year: z.number().int(), budgetId: z.uuid().nullable(), byCategory: z.record(z.string(), z.number().int()), totalOre: z.number().int() })),
  /** Actual costs booked per month of the year, for budget against actual over time. */
  actualByMonth: z.array(z.object({ month: z.string(), actualOre: z.number().int() })),
  /** Every adoption and reopening, oldest first. */
  history: z.array(BudgetEvent),
})
export type BudgetDetail = z.infer<typeof BudgetDetail>

export const PERIOD = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** 1–4 for a quarter's invoice; absent for the whole year. */
  quarter: z.coerce.number().int().min(1).max(4).optional(),
})

export const INVOICE_LINE_KINDS = ['cost', 'buy_in', 'buy_in_credit', 'funding_credit'] as const
/** What the member's amount on a line is based on. */
export const QUANTITY_KINDS = ['equal', 'population', 'units', 'weight', 'price', 'fixed', 'exempt', 'minimum', 'maximum', 'settlement', 'funding'] as const

/** One line of a member's invoice basis, with everything needed to check it by hand. */
export const InvoiceLine = z.object({
  kind: z.enum(INVOICE_LINE_KINDS),
  budgetId: z.uuid(),
  initiativeId: z.uuid().nullable(),
  scopeName: z.string(),
  costLineId: z.uuid().nullable(),
  category: z.enum(COST_CATEGORIES).nullable(),
  description: z.string(),
  /** The whole line that is split (this year's effective amount). */
  lineTotalOre: z.number().int(),
  key: z.object({ id: z.uuid(), lineageId: z.uuid(), name: z.string(), versionNo: z.number().int(), kind: z.enum(COST_KEY_KINDS) }).nullable(),
  quantity: z.object({
    kind: z.enum(QUANTITY_KINDS),
    /** The member's own figure: inhabitants, units, weight (null where the kind has none). */
    value: z.number().nullable(),
    /** The year of a population figure. */
    year: z.number().int().nullable(),
    unitName: z.string().nullable(),
    /** The sum of every sharing member's figure: what the line is divided by. */
    basisTotal: z.number().nullable(),
    /** How many members share the line. */
    payers: z.number().int(),
  }),
  /** The calculation in words and figures, in the reader's language. */
  formula: z.string(),
  /** The member's share of the whole year. */
  yearAmountOre: signedOre,
  /** What falls in the period asked for (the year, or the quarter). */
  amountOre: signedOre,
  paidInAdvance: z.boolean(),
  /** The öre the remainder rule added to the member's year share (0 or 1 on a split line). */
  roundingOre: z.number().int(),
  /** The line rests on a budget that is still a draft. */
  preliminary: z.boolean(),
})
export type InvoiceLine = z.infer<typeof InvoiceLine>

/**
 * What a year's figures rest on that is not final: draft budgets, budgets not yet drafted (a scope that had one
 * the year before), and index values missing for a line's uplift (the line is then not raised).
 */
export const YearGaps = z.object({
  preliminary: z.boolean(),
  draftBudgets: z.array(z.object({ budgetId: z.uuid(), scopeName: z.string() })),
  missingBudgets: z.array(z.object({ initiativeId: z.uuid().nullable(), scopeName: z.string(), lastYear: z.number().int() })),
  missingIndex: z.array(z.object({ series: z.string(), year: z.number().int(), lines: z.array(z.object({ budgetId: z.uuid(), scopeName: z.string(), description: z.string() })) })),
})
export type YearGaps = z.infer<typeof YearGaps>

export const InvoiceBasis = z.object({
  collaboration: z.object({ id: z.uuid(), name: z.string(), prefix: z.string() }),
  member: z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable(), population: z.number().int().nullable(), populationYear: z.number().int().nullable() }),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  /** "2026" or "2026 kvartal 2". */
  periodLabel: z.string(),
  lines: z.array(InvoiceLine),
  totalOre: signedOre,
  inKind: z.array(InKind.extend({ scopeName: z.string() })),
  inKindTotalOre: z.number().int(),
  /** Grants still awaiting a decision that the member guarantees, if they are refused. */
  guarantees: z.array(z.object({ fundingId: z.uuid(), funder: z.string(), scopeName: z.string(), amountOre: z.number().int(), memberShareOre: z.number().int() })),
  /** Drafts, budgets not yet drafted and missing index values among what this member's basis rests on. */
  gaps: YearGaps,
  generatedAt: z.string(),
})
export type InvoiceBasis = z.infer<typeof InvoiceBasis>

/** Every member's total for the period: the page's table and the charts. */
export const FinanceOverview = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  members: z.array(
    z.object({
      memberId: z.uuid(),
      name: z.string(),
      code: z.string().nullable(),
      population: z.number().int().nullable(),
      totalOre: signedOre,
      inKindOre: z.number().int(),
      /** Whole öre per inhabitant (rounded half up); null without population. */
      perInhabitantOre: z.number().int().nullable(),
    }),
  ),
  totalOre: signedOre,
  /** Budget against actual for every year that has a budget. */
  byYear: z.array(z.object({ year: z.number().int(), budgetOre: z.number().int(), actualOre: z.number().int(), preliminary: z.boolean() })),
  /** What the year's figures rest on that is not final. */
  gaps: YearGaps,
})
export type FinanceOverview = z.infer<typeof FinanceOverview>

export const LateJoiner = z.object({
  initiativeId: z.uuid(),
  initiativeTitle: z.string(),
  memberId: z.uuid(),
  memberName: z.string(),
  joinedOn: isoDate,
  joinedAtPhase: z.string().nullable(),
  buyInOre: z.number().int(),
  lines: z.array(z.object({ year: z.number().int(), description: z.string(), lineTotalOre: z.number().int(), joinerShareOre: z.number().int() })),
  credits: z.array(z.object({ memberId: z.uuid(), memberName: z.string(), paidOre: z.number().int(), creditOre: z.number().int() })),
})
export type LateJoiner = z.infer<typeof LateJoiner>
export const LateJoinerQuery = z.object({ initiativeId: z.uuid().optional() })
