import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { planningPolicy } from './planning.policy'
import {
  AdoptPlanBody,
  ApprovalBody,
  Ballot,
  BallotBody,
  BankEntry,
  CosignParams,
  MemberProposalParams,
  Notification,
  NotificationParams,
  Plan,
  PlanningParams,
  Proposal,
  ProposalBody,
  ProposalParams,
  ProposalPatchBody,
  MemberInputPage,
  MemberInputQuery,
  Results,
  ResultsQuery,
  RoundBody,
  RoundDetail,
  RoundMemberParams,
  RoundParams,
  RoundPatchBody,
  RoundSummary,
  ScreeningBody,
  SimilarProposal,
  SimilarQuery,
  StageBody,
} from './planning.schema'
import * as notices from './notifications.service'
import * as plan from './plan.service'
import * as planning from './planning.service'
import { planPdf } from './plan-pdf'

export async function planningRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['planning']
  const base = '/api/collaborations/:collaborationId/planning'
  const round = `${base}/rounds/:roundId`
  const { read, readPlan, manageRound, actForMember, adoptPlan, recordApproval, notifications } = planningPolicy

  app.get(`${base}/rounds`, { schema: { tags, summary: 'Planning rounds, newest year first', params: PlanningParams, response: { 200: z.array(RoundSummary) } }, config: { access: read } }, async (request) =>
    planning.listRounds(ctxOf(request), request.params.collaborationId),
  )
  app.post(`${base}/rounds`, { schema: { tags, summary: 'Start a planning round for a year, with VästKom’s timetable unless stages are given', params: PlanningParams, body: RoundBody, response: { 201: RoundDetail } }, config: { access: manageRound } }, async (request, reply) =>
    reply.status(201).send(await planning.createRound(ctxOf(request), request.params.collaborationId, request.body)),
  )
  app.get(round, { schema: { tags, summary: 'A round: stages, what may be done now, proposals, who has prioritised', params: RoundParams, response: { 200: RoundDetail } }, config: { access: read } }, async (request) =>
    planning.getRound(ctxOf(request), request.params.collaborationId, request.params.roundId),
  )
  app.patch(round, { schema: { tags, summary: 'Change a round’s title, timetable, method, frame or goals', params: RoundParams, body: RoundPatchBody, response: { 200: RoundDetail } }, config: { access: manageRound } }, async (request) =>
    planning.updateRound(ctxOf(request), request.params.collaborationId, request.params.roundId, request.body),
  )
  app.post(`${round}/stage`, { schema: { tags, summary: 'Open a stage by hand, ahead of its date', params: RoundParams, body: StageBody, response: { 200: RoundDetail } }, config: { access: manageRound } }, async (request) =>
    planning.moveStage(ctxOf(request), request.params.collaborationId, request.params.roundId, request.body),
  )

  app.post(
    `${round}/members/:memberId/proposals`,
    { schema: { tags, summary: 'Submit a proposal for a member; a representative only for its own member', params: RoundMemberParams, body: ProposalBody, response: { 201: Proposal } }, config: { access: actForMember } },
    async (request, reply) => reply.status(201).send(await planning.submitProposal(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.memberId, request.body)),
  )
  app.put(
    `${round}/members/:memberId/proposals/:proposalId`,
    { schema: { tags, summary: 'Change the member’s own proposal while proposals are open', params: MemberProposalParams, body: ProposalPatchBody, response: { 200: Proposal } }, config: { access: actForMember } },
    async (request) => planning.updateProposal(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.memberId, request.params.proposalId, request.body),
  )
  app.put(
    `${round}/proposals/:proposalId/cosigners/:memberId`,
    { schema: { tags, summary: 'Co-sign a proposal for a member', params: CosignParams, response: { 200: Proposal } }, config: { access: actForMember } },
    async (request) => planning.cosign(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.proposalId, request.params.memberId, true),
  )
  app.delete(
    `${round}/proposals/:proposalId/cosigners/:memberId`,
    { schema: { tags, summary: 'Withdraw a member’s co-signature', params: CosignParams, response: { 200: Proposal } }, config: { access: actForMember } },
    async (request) => planning.cosign(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.proposalId, request.params.memberId, false),
  )
  app.post(
    `${round}/proposals/:proposalId/screening`,
    { schema: { tags, summary: 'Screen a proposal: accept, merge into another or reject with a reason', params: ProposalParams, body: ScreeningBody, response: { 200: Proposal } }, config: { access: manageRound } },
    async (request) => planning.screenProposal(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.proposalId, request.body),
  )
  app.get(
    `${base}/similar-proposals`,
    { schema: { tags, summary: 'Earlier proposals like a text (full-text search in Swedish), to check a proposal is not already in a plan', params: PlanningParams, querystring: SimilarQuery, response: { 200: z.array(SimilarProposal) } }, config: { access: read } },
    async (request) => planning.similarProposals(ctxOf(request), request.params.collaborationId, request.query.q),
  )

  app.get(
    `${round}/priorities/:memberId`,
    { schema: { tags, summary: 'A member’s priorities: its own always, others’ after the close', params: RoundMemberParams, response: { 200: Ballot.nullable() } }, config: { access: read } },
    async (request) => planning.getBallot(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.memberId),
  )
  app.put(
    `${round}/priorities/:memberId`,
    { schema: { tags, summary: 'Hand in or change a member’s priorities while prioritisation is open', params: RoundMemberParams, body: BallotBody, response: { 200: Ballot } }, config: { access: actForMember } },
    async (request) => planning.submitBallot(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.memberId, request.body),
  )
  app.get(`${round}/results`, { schema: { tags, summary: 'The ranking, how it was computed, who prioritised and the budget fit (after the close)', params: RoundParams, querystring: ResultsQuery, response: { 200: Results } }, config: { access: read } }, async (request) =>
    plan.roundResults(ctxOf(request), request.params.collaborationId, request.params.roundId, request.query),
  )
  app.get(
    `${round}/results/members`,
    { schema: { tags, summary: 'A page of the members’ priorities (by name) with what each gave each proposal (after the close)', params: RoundParams, querystring: MemberInputQuery, response: { 200: MemberInputPage } }, config: { access: read } },
    async (request) => plan.memberInputs(ctxOf(request), request.params.collaborationId, request.params.roundId, request.query),
  )

  app.post(`${round}/plan`, { schema: { tags, summary: 'Record the adoption of the plan: funded proposals become initiatives, the rest go to the project bank', params: RoundParams, body: AdoptPlanBody, response: { 200: Plan } }, config: { access: adoptPlan } }, async (request) =>
    plan.adoptPlan(ctxOf(request), request.params.collaborationId, request.params.roundId, request.body),
  )
  app.get(`${round}/plan`, { schema: { tags, summary: 'The annual plan: goals, activities, budget and each member’s approval', params: RoundParams, response: { 200: Plan } }, config: { access: readPlan } }, async (request) =>
    plan.getPlan(ctxOf(request), request.params.collaborationId, request.params.roundId),
  )
  app.get(`${round}/plan.pdf`, { schema: { tags, summary: 'The annual plan as a PDF document', params: RoundParams }, config: { access: readPlan } }, async (request, reply) => {
    const adopted = await plan.getPlan(ctxOf(request), request.params.collaborationId, request.params.roundId)
    const fileName = `verksamhetsplan-${adopted.year}.pdf`
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`).send(await planPdf(adopted, ctxOf(request).locale))
  })
  app.put(
    `${round}/approvals/:memberId`,
    { schema: { tags, summary: 'Record a member’s own decision on the adopted plan', params: RoundMemberParams, body: ApprovalBody, response: { 200: Plan } }, config: { access: recordApproval } },
    async (request) => plan.recordApproval(ctxOf(request), request.params.collaborationId, request.params.roundId, request.params.memberId, request.body),
  )
  app.get(`${base}/project-bank`, { schema: { tags, summary: 'Proposals that did not fit their year’s frame, to carry into a later round', params: PlanningParams, response: { 200: z.array(BankEntry) } }, config: { access: read } }, async (request) =>
    plan.projectBank(ctxOf(request), request.params.collaborationId),
  )

  app.get('/api/notifications', { schema: { tags, summary: 'My notifications: stages that opened, priorities my member has not handed in', response: { 200: z.array(Notification) } }, config: { access: notifications } }, async (request) =>
    notices.myNotifications(ctxOf(request)),
  )
  app.post('/api/notifications/:key/read', { schema: { tags, summary: 'Mark a notification as read', params: NotificationParams, response: { 204: z.null() } }, config: { access: notifications } }, async (request, reply) => {
    await notices.markRead(ctxOf(request), request.params.key)
    return reply.status(204).send(null)
  })
}
