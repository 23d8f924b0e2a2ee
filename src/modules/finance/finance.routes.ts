import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { sendFile } from '../../server/http/download'
import { financePolicy } from './finance.policy'
import {
  ActualCost,
  ActualCostBody,
  BudgetAdoptionBody,
  BudgetBody,
  BudgetDetail,
  BudgetListQuery,
  BudgetMemberParams,
  BudgetParams,
  BudgetPatchBody,
  BudgetReopeningBody,
  BudgetSummary,
  CostKey,
  CostKeyBody,
  CostKeyDetail,
  CostKeyDetailQuery,
  CostKeyParams,
  CostKeyVersionBody,
  CostLine,
  CostLineBody,
  CostLineParams,
  CostLinePatchBody,
  FinanceMemberParams,
  FinanceOverview,
  FinanceParams,
  Funding,
  FundingBody,
  FundingParams,
  FundingPatchBody,
  HourlyRate,
  HourlyRateBody,
  IndexValue,
  IndexValueBody,
  IndexValueParams,
  InKind,
  InKindBody,
  InKindParams,
  InvoiceBasis,
  LateJoiner,
  LateJoinerQuery,
  PERIOD,
  Usage,
  UsageBody,
  VersionQuery,
} from './finance.schema'
import * as adoption from './budget-adoption.service'
import * as finance from './finance.service'
import { invoiceBasisCsv, invoiceBasisWorkbook, overviewWorkbook } from './invoice-export'


export async function financeRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['finance']
  const base = '/api/collaborations/:collaborationId/finance'
  const { read, manageKeys, manageBudgets, reopenBudget, recordActuals, setUsage, recordInKind } = financePolicy

  // Cost keys, versioned.
  app.get(`${base}/cost-keys`, { schema: { tags, summary: 'Cost keys, every version, newest first', params: FinanceParams, response: { 200: z.array(CostKey) } }, config: { access: read } }, async (request) =>
    finance.listCostKeys(ctxOf(request), request.params.collaborationId),
  )
  app.get(
    `${base}/cost-keys/:costKeyId`,
    { schema: { tags, summary: 'A key version with every member’s quantity (population, units, weight) for a year', params: CostKeyParams, querystring: CostKeyDetailQuery, response: { 200: CostKeyDetail } }, config: { access: read } },
    async (request) => finance.getCostKey(ctxOf(request), request.params.collaborationId, request.params.costKeyId, request.query.year),
  )
  app.post(`${base}/cost-keys`, { schema: { tags, summary: 'Create a cost key', params: FinanceParams, body: CostKeyBody, response: { 201: CostKey } }, config: { access: manageKeys } }, async (request, reply) =>
    reply.status(201).send(await finance.createCostKey(ctxOf(request), request.params.collaborationId, request.body)),
  )
  app.post(
    `${base}/cost-keys/:costKeyId/versions`,
    { schema: { tags, summary: 'Save an edit of a key as its next version; draft budgets follow it, adopted ones keep theirs', params: CostKeyParams, body: CostKeyVersionBody, response: { 201: CostKey } }, config: { access: manageKeys } },
    async (request, reply) => reply.status(201).send(await finance.reviseCostKey(ctxOf(request), request.params.collaborationId, request.params.costKeyId, request.body)),
  )
  app.put(
    `${base}/usage/:memberId`,
    { schema: { tags, summary: 'Set a member’s usage units for a usage key and year; a representative only for its own member', params: FinanceMemberParams, body: UsageBody, response: { 200: Usage } }, config: { access: setUsage } },
    async (request) => finance.setUsage(ctxOf(request), request.params.collaborationId, request.params.memberId, request.body),
  )

  // Index series and hourly rates.
  app.get(`${base}/index-values`, { schema: { tags, summary: 'Index values (e.g. AKI) per year', params: FinanceParams, response: { 200: z.array(IndexValue) } }, config: { access: read } }, async (request) =>
    finance.listIndexValues(ctxOf(request), request.params.collaborationId),
  )
  app.put(
    `${base}/index-values/:series/:year`,
    { schema: { tags, summary: 'Set an index value for a year', params: IndexValueParams, body: IndexValueBody, response: { 200: IndexValue } }, config: { access: manageKeys } },
    async (request) => finance.setIndexValue(ctxOf(request), request.params.collaborationId, request.params.series, request.params.year, request.body.value),
  )
  app.get(`${base}/hourly-rates`, { schema: { tags, summary: 'Agreed hourly rates (timpriser)', params: FinanceParams, response: { 200: z.array(HourlyRate) } }, config: { access: read } }, async (request) =>
    finance.listHourlyRates(ctxOf(request), request.params.collaborationId),
  )
  app.post(`${base}/hourly-rates`, { schema: { tags, summary: 'Add an hourly rate for a role and year', params: FinanceParams, body: HourlyRateBody, response: { 201: HourlyRate } }, config: { access: manageKeys } }, async (request, reply) =>
    reply.status(201).send(await finance.addHourlyRate(ctxOf(request), request.params.collaborationId, request.body)),
  )

  // Budgets, their lines, actual costs, funding and in-kind contributions.
  app.get(`${base}/budgets`, { schema: { tags, summary: 'Budgets with totals and actual costs', params: FinanceParams, querystring: BudgetListQuery, response: { 200: z.array(BudgetSummary) } }, config: { access: read } }, async (request) =>
    finance.listBudgets(ctxOf(request), request.params.collaborationId, request.query),
  )
  app.post(`${base}/budgets`, { schema: { tags, summary: 'Create the collaboration’s or an initiative’s budget for a year', params: FinanceParams, body: BudgetBody, response: { 201: BudgetDetail } }, config: { access: manageBudgets } }, async (request, reply) =>
    reply.status(201).send(await finance.createBudget(ctxOf(request), request.params.collaborationId, request.body)),
  )
  app.get(`${base}/budgets/:budgetId`, { schema: { tags, summary: 'A budget with its lines, actual costs, funding, in-kind and three-year horizon', params: BudgetParams, response: { 200: BudgetDetail } }, config: { access: read } }, async (request) =>
    finance.getBudget(ctxOf(request), request.params.collaborationId, request.params.budgetId),
  )
  app.patch(`${base}/budgets/:budgetId`, { schema: { tags, summary: 'Change a budget’s note', params: BudgetParams, body: BudgetPatchBody, response: { 200: BudgetDetail } }, config: { access: manageBudgets } }, async (request) =>
    adoption.updateBudgetNote(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.body),
  )
  app.post(
    `${base}/budgets/:budgetId/adoption`,
    { schema: { tags, summary: 'Adopt a draft budget by its decision: a § of a held meeting, or a decision taken elsewhere with its reference and date', params: BudgetParams, body: BudgetAdoptionBody, response: { 200: BudgetDetail } }, config: { access: manageBudgets } },
    async (request) => adoption.adoptBudget(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.body),
  )
  app.post(
    `${base}/budgets/:budgetId/reopening`,
    { schema: { tags, summary: 'Reopen an adopted budget as a draft, with the reason; the adoption stays in its history', params: BudgetParams, body: BudgetReopeningBody, response: { 200: BudgetDetail } }, config: { access: reopenBudget } },
    async (request) => adoption.reopenBudget(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.body),
  )
  app.post(`${base}/budgets/:budgetId/lines`, { schema: { tags, summary: 'Add a cost line to a draft budget', params: BudgetParams, body: CostLineBody, response: { 201: CostLine } }, config: { access: manageBudgets } }, async (request, reply) =>
    reply.status(201).send(await finance.addCostLine(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.body)),
  )
  app.put(`${base}/budgets/:budgetId/lines/:lineId`, { schema: { tags, summary: 'Change a cost line of a draft budget', params: CostLineParams, body: CostLinePatchBody, response: { 200: CostLine } }, config: { access: manageBudgets } }, async (request) =>
    finance.updateCostLine(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.params.lineId, request.body),
  )
  app.delete(
    `${base}/budgets/:budgetId/lines/:lineId`,
    { schema: { tags, summary: 'Remove a cost line without actual costs from a draft budget', params: CostLineParams, querystring: VersionQuery, response: { 204: z.null() } }, config: { access: manageBudgets } },
    async (request, reply) => {
      await finance.removeCostLine(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.params.lineId, request.query.version)
      return reply.status(204).send(null)
    },
  )
  app.post(
    `${base}/budgets/:budgetId/lines/:lineId/actuals`,
    { schema: { tags, summary: 'Book an actual cost against a line (negative for a correction)', params: CostLineParams, body: ActualCostBody, response: { 201: ActualCost } }, config: { access: recordActuals } },
    async (request, reply) => reply.status(201).send(await finance.recordActualCost(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.params.lineId, request.body)),
  )
  app.post(`${base}/budgets/:budgetId/funding`, { schema: { tags, summary: 'Record external funding applied for, with its guarantee key', params: BudgetParams, body: FundingBody, response: { 201: Funding } }, config: { access: manageBudgets } }, async (request, reply) =>
    reply.status(201).send(await finance.addFunding(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.body)),
  )
  app.patch(`${base}/budgets/:budgetId/funding/:fundingId`, { schema: { tags, summary: 'Record the funder’s answer: granted or refused', params: FundingParams, body: FundingPatchBody, response: { 200: Funding } }, config: { access: manageBudgets } }, async (request) =>
    finance.decideFunding(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.params.fundingId, request.body),
  )
  app.post(
    `${base}/budgets/:budgetId/in-kind/:memberId`,
    { schema: { tags, summary: 'Record hours a member’s staff put in, at an agreed hourly rate', params: BudgetMemberParams, body: InKindBody, response: { 201: InKind } }, config: { access: recordInKind } },
    async (request, reply) => reply.status(201).send(await finance.recordInKind(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.params.memberId, request.body)),
  )

  app.delete(
    `${base}/budgets/:budgetId/in-kind/:memberId/:contributionId`,
    { schema: { tags, summary: 'Remove in-kind hours recorded by mistake; a representative only its own member’s', params: InKindParams, response: { 204: z.null() } }, config: { access: recordInKind } },
    async (request, reply) => {
      await finance.removeInKind(ctxOf(request), request.params.collaborationId, request.params.budgetId, request.params.memberId, request.params.contributionId)
      return reply.status(204).send(null)
    },
  )

  // What each member pays: the overview, one member's invoice basis and its exports, late joiners.
  app.get(`${base}/overview`, { schema: { tags, summary: 'Every member’s total for a year or quarter, and budget against actual by year', params: FinanceParams, querystring: PERIOD, response: { 200: FinanceOverview } }, config: { access: read } }, async (request) =>
    finance.financeOverview(ctxOf(request), request.params.collaborationId, request.query),
  )
  app.get(`${base}/overview.xlsx`, { schema: { tags, summary: 'Every member’s invoice basis as one Excel workbook', params: FinanceParams, querystring: PERIOD }, config: { access: read } }, async (request, reply) => {
    const ctx = ctxOf(request)
    const { overview, bases } = await finance.everyInvoiceBasis(ctx, request.params.collaborationId, request.query)
    const { fileName, content } = await overviewWorkbook(overview, bases, ctx.locale)
    return sendFile(reply, 'xlsx', fileName, content)
  })
  app.get(
    `${base}/invoice-basis/:memberId`,
    { schema: { tags, summary: 'A member’s invoice basis for a year or quarter, line by line with key, quantity and formula', params: FinanceMemberParams, querystring: PERIOD, response: { 200: InvoiceBasis } }, config: { access: read } },
    async (request) => finance.invoiceBasis(ctxOf(request), request.params.collaborationId, request.params.memberId, request.query),
  )
  app.get(`${base}/invoice-basis/:memberId/export.csv`, { schema: { tags, summary: 'The invoice basis as CSV (semicolon-separated, UTF-8)', params: FinanceMemberParams, querystring: PERIOD }, config: { access: read } }, async (request, reply) => {
    const basis = await finance.invoiceBasis(ctxOf(request), request.params.collaborationId, request.params.memberId, request.query)
    const { fileName, content } = invoiceBasisCsv(basis, ctxOf(request).locale)
    return sendFile(reply, 'csv', fileName, content)
  })
  app.get(`${base}/invoice-basis/:memberId/export.xlsx`, { schema: { tags, summary: 'The invoice basis as an Excel workbook', params: FinanceMemberParams, querystring: PERIOD }, config: { access: read } }, async (request, reply) => {
    const basis = await finance.invoiceBasis(ctxOf(request), request.params.collaborationId, request.params.memberId, request.query)
    const { fileName, content } = await invoiceBasisWorkbook(basis, ctxOf(request).locale)
    return sendFile(reply, 'xlsx', fileName, content)
  })
  app.get(`${base}/late-joiners`, { schema: { tags, summary: 'Buy-ins of members that joined an initiative late, and the credits to the earlier participants', params: FinanceParams, querystring: LateJoinerQuery, response: { 200: z.array(LateJoiner) } }, config: { access: read } }, async (request) =>
    finance.listLateJoiners(ctxOf(request), request.params.collaborationId, request.query.initiativeId),
  )
}
