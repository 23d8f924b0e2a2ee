import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { PageQuery } from '../../server/http/paging'
import { CollaborationParams } from '../../server/http/params'
import { decisionsPolicy } from './decisions.policy'
import { Decision, DecisionList, DecisionListQuery, DecisionRegister, DecisionRegisterQuery, InitiativeDecisionParams, MemberDecisionMatrix, MemberDecisionParams, ParagraphCandidate, ParagraphCandidatesQuery, RecordBodyDecisionBody, RecordMemberDecisionBody, RemindersResponse } from './decisions.schema'
import * as decisions from './decisions.service'
import { memberDecisionMatrix } from './member-decision-matrix'

export async function decisionsRoutes(server: FastifyInstance, options: { paragraphs: decisions.MinutesParagraphs }) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['decisions']
  const base = '/api/collaborations/:collaborationId'

  app.get(
    `${base}/decisions`,
    { schema: { tags, summary: 'Decision records (of one initiative or member, if asked), newest first, paged', params: CollaborationParams, querystring: DecisionListQuery, response: { 200: DecisionList } }, config: { access: decisionsPolicy.read } },
    async (request) => decisions.listDecisions(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.get(
    `${base}/decision-register`,
    {
      schema: { tags, summary: 'The decision register: every § of posted minutes and every decision recorded from outside, newest first, paged', params: CollaborationParams, querystring: DecisionRegisterQuery, response: { 200: DecisionRegister } },
      config: { access: decisionsPolicy.read },
    },
    async (request) => decisions.decisionRegister(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.post(
    `${base}/initiatives/:initiativeId/decisions`,
    { schema: { tags, summary: 'Record a body’s decision at the initiative’s current gate: from a § of its minutes, or as taken outside Samverka with its reference', params: InitiativeDecisionParams, body: RecordBodyDecisionBody, response: { 201: Decision } }, config: { access: decisionsPolicy.recordBodyDecision } },
    async (request, reply) => reply.status(201).send(await decisions.recordBodyDecision(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body, options.paragraphs)),
  )

  app.post(
    `${base}/initiatives/:initiativeId/member-decisions/:memberId`,
    {
      schema: { tags, summary: 'Record a member’s own decision (likalydande beslut); a representative only for its own member', params: MemberDecisionParams, body: RecordMemberDecisionBody, response: { 201: Decision } },
      config: { access: decisionsPolicy.recordMemberDecision },
    },
    async (request, reply) => reply.status(201).send(await decisions.recordMemberDecision(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.memberId, request.body)),
  )

  app.get(
    `${base}/member-decisions`,
    { schema: { tags, summary: 'Members × pending member decisions at the initiatives’ current gates, a page of initiatives at a time', params: CollaborationParams, querystring: PageQuery, response: { 200: MemberDecisionMatrix } }, config: { access: decisionsPolicy.matrix } },
    async (request) => memberDecisionMatrix(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.post(
    `${base}/initiatives/:initiativeId/reminders`,
    { schema: { tags, summary: 'Remind the participants whose own decision at the current gate is missing', params: InitiativeDecisionParams, response: { 200: RemindersResponse } }, config: { access: decisionsPolicy.remind } },
    async (request) => decisions.remindMembers(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )

  app.get(
    `${base}/initiatives/:initiativeId/paragraphs`,
    {
      schema: { tags, summary: 'The §§ of held meetings the initiative’s gate may take: its cases’ decided items no decision uses yet, newest first (at most 50)', params: InitiativeDecisionParams, querystring: ParagraphCandidatesQuery, response: { 200: z.array(ParagraphCandidate) } },
      config: { access: decisionsPolicy.recordBodyDecision },
    },
    async (request) => decisions.paragraphCandidates(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.query),
  )
}
