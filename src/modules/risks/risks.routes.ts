import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { risksPolicy } from './risks.policy'
import { CloseRiskBody, CreateRiskBody, InitiativeRisks, OneRiskParams, PortfolioMatrixQuery, PortfolioRiskQuery, ReviewRiskBody, Risk, RiskList, RiskMatrix, RiskParams, RiskSettings, UpdateRiskBody, UpdateRiskSettingsBody } from './risks.schema'
import * as risks from './risks.service'

/** The risk register: each initiative's risks and opportunities, their 5×5 matrix, the portfolio's, and the escalation threshold. */
export async function risksRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['risks']
  const base = '/api/collaborations/:collaborationId'
  const { read, manage, readSettings, setThreshold } = risksPolicy

  app.get(
    `${base}/initiatives/:initiativeId/risks`,
    { schema: { tags, summary: 'The initiative’s risk register, open risks highest current score first, then the closed ones', params: RiskParams, response: { 200: InitiativeRisks } }, config: { access: read } },
    async (request) => risks.listInitiativeRisks(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )
  app.get(
    `${base}/initiatives/:initiativeId/risks/matrix`,
    { schema: { tags, summary: 'The initiative’s open risks in the 5×5 matrix of probability and consequence (current, i.e. after measures when assessed)', params: RiskParams, response: { 200: RiskMatrix } }, config: { access: read } },
    async (request) => risks.initiativeMatrix(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )
  app.post(
    `${base}/initiatives/:initiativeId/risks`,
    { schema: { tags, summary: 'Add a risk or opportunity; above the threshold it raises an escalation', params: RiskParams, body: CreateRiskBody, response: { 201: Risk } }, config: { access: manage } },
    async (request, reply) => reply.status(201).send(await risks.createRisk(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body)),
  )
  app.patch(
    `${base}/initiatives/:initiativeId/risks/:riskId`,
    { schema: { tags, summary: 'Change a risk (409 on a stale version); rising above the threshold raises an escalation', params: OneRiskParams, body: UpdateRiskBody, response: { 200: Risk } }, config: { access: manage } },
    async (request) => risks.updateRisk(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.riskId, request.body),
  )
  app.post(
    `${base}/initiatives/:initiativeId/risks/:riskId/review`,
    { schema: { tags, summary: 'Record a review (granskning): a new assessment and the next review date; discharges the review duty', params: OneRiskParams, body: ReviewRiskBody, response: { 200: Risk } }, config: { access: manage } },
    async (request) => risks.reviewRisk(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.riskId, request.body),
  )
  app.post(
    `${base}/initiatives/:initiativeId/risks/:riskId/close`,
    { schema: { tags, summary: 'Close a risk, with the reason', params: OneRiskParams, body: CloseRiskBody, response: { 200: Risk } }, config: { access: manage } },
    async (request) => risks.closeRisk(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.riskId, request.body),
  )
  app.get(
    `${base}/risks`,
    { schema: { tags, summary: 'Risks across the portfolio, highest current score first, paged; by level, initiative, member, kind, status or overdue review', params: CollaborationParams, querystring: PortfolioRiskQuery, response: { 200: RiskList } }, config: { access: read } },
    async (request) => risks.listPortfolioRisks(ctxOf(request), request.params.collaborationId, request.query),
  )
  app.get(
    `${base}/risks/matrix`,
    { schema: { tags, summary: 'The portfolio’s open risks in the 5×5 matrix, counted in SQL, with the same filters as the list', params: CollaborationParams, querystring: PortfolioMatrixQuery, response: { 200: RiskMatrix } }, config: { access: read } },
    async (request) => risks.portfolioMatrix(ctxOf(request), request.params.collaborationId, request.query),
  )
  app.get(
    `${base}/risk-settings`,
    { schema: { tags, summary: 'The score (1–25) above which a risk is escalated along the escalation chain', params: CollaborationParams, response: { 200: RiskSettings } }, config: { access: readSettings } },
    async (request) => risks.getRiskSettings(ctxOf(request), request.params.collaborationId),
  )
  app.put(
    `${base}/risk-settings`,
    { schema: { tags, summary: 'Set the escalation threshold (moves the collaboration’s version; 409 when stale)', params: CollaborationParams, body: UpdateRiskSettingsBody, response: { 200: RiskSettings } }, config: { access: setThreshold } },
    async (request) => risks.updateRiskSettings(ctxOf(request), request.params.collaborationId, request.body),
  )
}
