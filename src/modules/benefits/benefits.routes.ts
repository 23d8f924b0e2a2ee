import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { benefitsPolicy } from './benefits.policy'
import {
  BenefitsParams,
  BenefitsSummary,
  EffectBody,
  EffectCreated,
  EffectParams,
  EffectPatchBody,
  IndicatorBody,
  IndicatorCreated,
  IndicatorMemberParams,
  IndicatorParams,
  IndicatorPatchBody,
  InitiativeBenefits,
  InitiativeBenefitsParams,
  MeasurementBody,
  MeasurementCreated,
  MeasurementParams,
  MemberBenefitsParams,
  MemberFiguresBody,
  MemberFiguresSaved,
  MemberGains,
  VersionQuery,
} from './benefits.schema'
import * as benefits from './benefits.service'
import * as gains from './gains.service'

export async function benefitsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['benefits']
  const base = '/api/collaborations/:collaborationId'
  const { read, manage, enterFigures, memberView } = benefitsPolicy

  app.get(
    `${base}/initiatives/:initiativeId/benefits`,
    { schema: { tags, summary: 'The initiative’s intended effects and indicators, with each participating member’s baseline, target, measurements and realisation', params: InitiativeBenefitsParams, response: { 200: InitiativeBenefits } }, config: { access: read } },
    async (request) => benefits.getInitiativeBenefits(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )

  // Effects and indicators.
  app.post(
    `${base}/initiatives/:initiativeId/benefits/effects`,
    { schema: { tags, summary: 'Add an intended effect', params: InitiativeBenefitsParams, body: EffectBody, response: { 201: EffectCreated } }, config: { access: manage } },
    async (request, reply) => reply.status(201).send(await benefits.createEffect(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.body)),
  )
  app.patch(
    `${base}/benefits/effects/:effectId`,
    { schema: { tags, summary: 'Change an intended effect', params: EffectParams, body: EffectPatchBody, response: { 200: EffectCreated } }, config: { access: manage } },
    async (request) => benefits.updateEffect(ctxOf(request), request.params.collaborationId, request.params.effectId, request.body),
  )
  app.delete(
    `${base}/benefits/effects/:effectId`,
    { schema: { tags, summary: 'Delete an intended effect and its indicators, when nothing has been measured', params: EffectParams, querystring: VersionQuery, response: { 204: z.null() } }, config: { access: manage } },
    async (request, reply) => {
      await benefits.deleteEffect(ctxOf(request), request.params.collaborationId, request.params.effectId, request.query.version)
      return reply.status(204).send(null)
    },
  )
  app.post(
    `${base}/benefits/effects/:effectId/indicators`,
    { schema: { tags, summary: 'Add an indicator to an effect', params: EffectParams, body: IndicatorBody, response: { 201: IndicatorCreated } }, config: { access: manage } },
    async (request, reply) => reply.status(201).send(await benefits.createIndicator(ctxOf(request), request.params.collaborationId, request.params.effectId, request.body)),
  )
  app.patch(
    `${base}/benefits/indicators/:indicatorId`,
    { schema: { tags, summary: 'Change an indicator', params: IndicatorParams, body: IndicatorPatchBody, response: { 200: IndicatorCreated } }, config: { access: manage } },
    async (request) => benefits.updateIndicator(ctxOf(request), request.params.collaborationId, request.params.indicatorId, request.body),
  )

  // A member's figures.
  app.put(
    `${base}/benefits/indicators/:indicatorId/members/:memberId`,
    { schema: { tags, summary: 'Set a participating member’s baseline and target for an indicator (a representative for its own member)', params: IndicatorMemberParams, body: MemberFiguresBody, response: { 200: MemberFiguresSaved } }, config: { access: enterFigures } },
    async (request) => benefits.saveMemberFigures(ctxOf(request), request.params.collaborationId, request.params.indicatorId, request.params.memberId, request.body),
  )
  app.post(
    `${base}/benefits/indicators/:indicatorId/members/:memberId/measurements`,
    { schema: { tags, summary: 'Record a measurement of a member’s indicator (not before its baseline, not in the future)', params: IndicatorMemberParams, body: MeasurementBody, response: { 201: MeasurementCreated } }, config: { access: enterFigures } },
    async (request, reply) => reply.status(201).send(await benefits.addMeasurement(ctxOf(request), request.params.collaborationId, request.params.indicatorId, request.params.memberId, request.body)),
  )
  app.delete(
    `${base}/benefits/indicators/:indicatorId/members/:memberId/measurements/:measurementId`,
    { schema: { tags, summary: 'Delete a measurement', params: MeasurementParams, response: { 204: z.null() } }, config: { access: enterFigures } },
    async (request, reply) => {
      await benefits.removeMeasurement(ctxOf(request), request.params.collaborationId, request.params.indicatorId, request.params.memberId, request.params.measurementId)
      return reply.status(204).send(null)
    },
  )

  // What was gained.
  app.get(
    `${base}/members/:memberId/benefits`,
    { schema: { tags, summary: 'What a member gained per initiative and in total, against what it pays for them', params: MemberBenefitsParams, response: { 200: MemberGains } }, config: { access: memberView } },
    async (request) => gains.memberGains(ctxOf(request), request.params.collaborationId, request.params.memberId),
  )
  app.get(
    `${base}/benefits/summary`,
    { schema: { tags, summary: 'Every member’s financial target, realised benefit and cost, and the collaboration’s totals', params: BenefitsParams, response: { 200: BenefitsSummary } }, config: { access: memberView } },
    async (request) => gains.benefitsSummary(ctxOf(request), request.params.collaborationId),
  )
}
