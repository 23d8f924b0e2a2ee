import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { localeOf } from '../../server/http/errors'
import { CollaborationParams } from '../../server/http/params'
import { governancePolicy } from './governance.policy'
import {
  AdviceBody,
  AdviceResponse,
  Body,
  BodyParams,
  CreateBodyBody,
  CreateDecisionKindBody,
  CreateSeatBody,
  DecisionKind,
  DecisionKindParams,
  Disagreement,
  DisagreementParams,
  EscalateDisagreementBody,
  GovernanceResponse,
  MandatesBody,
  RaiseDisagreementBody,
  ResolveDisagreementBody,
  SeatParams,
  UpdateBodyBody,
  UpdateDecisionKindBody,
  UpdateSeatBody,
} from './governance.schema'
import * as governance from './governance.service'

export async function governanceRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['governance']
  const base = '/api/collaborations/:collaborationId'
  const noContent = { 204: z.null() }

  app.get(
    `${base}/governance`,
    {
      schema: { tags, summary: 'Bodies, mandates, decision kinds, decision paths and legal-form findings', params: CollaborationParams, response: { 200: GovernanceResponse } },
      config: { access: governancePolicy.read },
    },
    async (request) => governance.getGovernance(ctxOf(request), request.params.collaborationId),
  )

  app.post(
    `${base}/bodies`,
    { schema: { tags, summary: 'Add a body', params: CollaborationParams, body: CreateBodyBody, response: { 201: Body } }, config: { access: governancePolicy.change } },
    async (request, reply) => reply.status(201).send(await governance.createBody(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.patch(
    `${base}/bodies/:bodyId`,
    { schema: { tags, summary: 'Change a body, including where it escalates', params: BodyParams, body: UpdateBodyBody, response: { 200: Body } }, config: { access: governancePolicy.change } },
    async (request) => governance.updateBody(ctxOf(request), request.params.collaborationId, request.params.bodyId, request.body),
  )

  app.delete(
    `${base}/bodies/:bodyId`,
    { schema: { tags, summary: 'Remove a body', params: BodyParams, response: noContent }, config: { access: governancePolicy.change } },
    async (request, reply) => {
      await governance.deleteBody(ctxOf(request), request.params.collaborationId, request.params.bodyId)
      return reply.status(204).send(null)
    },
  )

  app.put(
    `${base}/bodies/:bodyId/mandates`,
    { schema: { tags, summary: 'Set the decision kinds a body decides and prepares', params: BodyParams, body: MandatesBody, response: { 200: Body } }, config: { access: governancePolicy.change } },
    async (request) => governance.setMandates(ctxOf(request), request.params.collaborationId, request.params.bodyId, request.body),
  )

  app.post(
    `${base}/bodies/:bodyId/seats`,
    { schema: { tags, summary: 'Seat a ledamot or ersättare', params: BodyParams, body: CreateSeatBody, response: { 201: Body } }, config: { access: governancePolicy.change } },
    async (request, reply) => reply.status(201).send(await governance.addSeat(ctxOf(request), request.params.collaborationId, request.params.bodyId, request.body)),
  )

  app.patch(
    `${base}/bodies/:bodyId/seats/:seatId`,
    { schema: { tags, summary: 'Change a seat', params: SeatParams, body: UpdateSeatBody, response: { 200: Body } }, config: { access: governancePolicy.change } },
    async (request) => governance.updateSeat(ctxOf(request), request.params.collaborationId, request.params.bodyId, request.params.seatId, request.body),
  )

  app.delete(
    `${base}/bodies/:bodyId/seats/:seatId`,
    { schema: { tags, summary: 'Remove a seat', params: SeatParams, response: noContent }, config: { access: governancePolicy.change } },
    async (request, reply) => {
      await governance.removeSeat(ctxOf(request), request.params.collaborationId, request.params.bodyId, request.params.seatId)
      return reply.status(204).send(null)
    },
  )

  app.post(
    `${base}/decision-kinds`,
    { schema: { tags, summary: 'Add a decision kind to the catalogue', params: CollaborationParams, body: CreateDecisionKindBody, response: { 201: DecisionKind } }, config: { access: governancePolicy.change } },
    async (request, reply) => reply.status(201).send(await governance.createDecisionKind(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.patch(
    `${base}/decision-kinds/:decisionKindId`,
    { schema: { tags, summary: 'Change a decision kind', params: DecisionKindParams, body: UpdateDecisionKindBody, response: { 200: DecisionKind } }, config: { access: governancePolicy.change } },
    async (request) => governance.updateDecisionKind(ctxOf(request), request.params.collaborationId, request.params.decisionKindId, request.body),
  )

  app.get(
    `${base}/disagreements`,
    { schema: { tags, summary: 'Disagreements with every step they took', params: CollaborationParams, response: { 200: z.array(Disagreement) } }, config: { access: governancePolicy.read } },
    async (request) => governance.listDisagreements(ctxOf(request), request.params.collaborationId),
  )

  app.post(
    `${base}/disagreements`,
    { schema: { tags, summary: 'Raise a disagreement at the body where it arose', params: CollaborationParams, body: RaiseDisagreementBody, response: { 201: Disagreement } }, config: { access: governancePolicy.raiseDisagreement } },
    async (request, reply) => reply.status(201).send(await governance.raiseDisagreement(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.post(
    `${base}/disagreements/:disagreementId/escalate`,
    { schema: { tags, summary: 'Escalate one level, with a reason', params: DisagreementParams, body: EscalateDisagreementBody, response: { 200: Disagreement } }, config: { access: governancePolicy.handleDisagreement } },
    async (request) => governance.escalateDisagreement(ctxOf(request), request.params.collaborationId, request.params.disagreementId, request.body),
  )

  app.post(
    `${base}/disagreements/:disagreementId/resolve`,
    { schema: { tags, summary: 'Record how a disagreement was resolved', params: DisagreementParams, body: ResolveDisagreementBody, response: { 200: Disagreement } }, config: { access: governancePolicy.handleDisagreement } },
    async (request) => governance.resolveDisagreement(ctxOf(request), request.params.collaborationId, request.params.disagreementId, request.body),
  )

  app.post(
    '/api/legal-form-advice',
    { schema: { tags, summary: 'Recommend a legal form from the answers to the guide’s questions', body: AdviceBody, response: { 200: AdviceResponse } }, config: { access: governancePolicy.adviseLegalForm } },
    async (request) => governance.adviseOnLegalForm(localeOf(request), request.body.answers),
  )
}
