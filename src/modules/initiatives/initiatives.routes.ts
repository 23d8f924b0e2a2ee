import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { PageQuery } from '../../server/http/paging'
import { CollaborationParams } from '../../server/http/params'
import { MemberParams } from '../members'
import { initiativesPolicy } from './initiatives.policy'
import {
  AdvanceBody,
  ChangeStatusBody,
  CreateInitiativeBody,
  DocumentParams,
  DocumentVersionBody,
  InitiativeDetail,
  InitiativeListResponse,
  InitiativeParams,
  InitiativeTitles,
  JoinBody,
  MemberInitiativesResponse,
  ParticipantParams,
  PortfolioQuery,
  SendBackBody,
  UpdateInitiativeBody,
} from './initiatives.schema'
import * as initiatives from './initiatives.service'

export async function initiativesRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['initiatives']
  const base = '/api/collaborations/:collaborationId/initiatives'
  const one = `${base}/:initiativeId`

  app.get(
    base,
    { schema: { tags, summary: 'The portfolio: initiatives filtered, with the funnel per process model', params: CollaborationParams, querystring: PortfolioQuery, response: { 200: InitiativeListResponse } }, config: { access: initiativesPolicy.read } },
    async (request) => initiatives.listInitiatives(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.get(
    `${base}/titles`,
    { schema: { tags, summary: 'Every initiative’s id and title, for pickers', params: CollaborationParams, response: { 200: InitiativeTitles } }, config: { access: initiativesPolicy.read } },
    async (request) => initiatives.initiativeTitles(ctxOf(request), request.params.collaborationId),
  )

  app.post(
    base,
    { schema: { tags, summary: 'Register an idea with its proposing and participating members', params: CollaborationParams, body: CreateInitiativeBody, response: { 201: InitiativeDetail } }, config: { access: initiativesPolicy.create } },
    async (request, reply) => reply.status(201).send(await initiatives.createInitiative(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.get(
    one,
    { schema: { tags, summary: 'An initiative: where it is, what its gate needs, participants, documents, decisions and timeline', params: InitiativeParams, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.read } },
    async (request) => initiatives.getInitiative(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )

  app.patch(
    one,
    { schema: { tags, summary: 'Change title, need, description, areas, project manager or the gate’s due date', params: InitiativeParams, body: UpdateInitiativeBody, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.edit } },
    async (request) => initiatives.updateInitiative(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body),
  )

  app.post(
    `${one}/status`,
    { schema: { tags, summary: 'Pause, stop, resume or complete, with a reason', params: InitiativeParams, body: ChangeStatusBody, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.steer } },
    async (request) => initiatives.changeStatus(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body),
  )

  app.post(
    `${one}/advance`,
    { schema: { tags, summary: 'Pass the current gate; refused (409 gate_unmet) with every unmet condition', params: InitiativeParams, body: AdvanceBody, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.steer } },
    async (request) => initiatives.advanceInitiative(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body),
  )

  app.post(
    `${one}/send-back`,
    { schema: { tags, summary: 'Send back to the previous phase, with a reason', params: InitiativeParams, body: SendBackBody, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.steer } },
    async (request) => initiatives.sendBackInitiative(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body),
  )

  app.put(
    `${one}/participants/:memberId`,
    { schema: { tags, summary: 'Ask to take part; the member joins when the next gate is passed', params: ParticipantParams, body: JoinBody, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.participate } },
    async (request) => initiatives.requestToJoin(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.memberId, request.body),
  )

  app.delete(
    `${one}/participants/:memberId`,
    { schema: { tags, summary: 'Withdraw a request to take part (a participant leaves only by declining at a gate)', params: ParticipantParams, response: { 200: InitiativeDetail } }, config: { access: initiativesPolicy.participate } },
    async (request) => initiatives.withdrawJoinRequest(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.memberId),
  )

  app.post(
    `${one}/documents/:typeKey/versions`,
    { schema: { tags, summary: 'Save a new version of a structured document; final versions count at gates', params: DocumentParams, body: DocumentVersionBody, response: { 201: InitiativeDetail } }, config: { access: initiativesPolicy.writeDocuments } },
    async (request, reply) => reply.status(201).send(await initiatives.saveDocumentVersion(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.typeKey, request.body)),
  )

  app.get(
    '/api/collaborations/:collaborationId/members/:memberId/initiatives',
    { schema: { tags, summary: 'One member’s view: a page of what it takes part in, the decisions it owes, what it declined', params: MemberParams, querystring: PageQuery, response: { 200: MemberInitiativesResponse } }, config: { access: initiativesPolicy.memberView } },
    async (request) => initiatives.memberInitiatives(ctxOf(request), request.params.collaborationId, request.params.memberId, request.query),
  )
}
