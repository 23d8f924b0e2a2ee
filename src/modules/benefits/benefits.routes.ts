import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { sendFile } from '../../server/http/download'
import { benefitsPolicy } from './benefits.policy'
import {
  BenefitsParams,
  BenefitsSummary,
  EffectBody,
  EffectCreated,
  EffectParams,
  EffectPatchBody,
  ImportQuery,
  ImportResult,
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
  MAX_IMPORT_BYTES,
  MemberGains,
  VersionQuery,
} from './benefits.schema'
import * as transfer from './benefits-transfer.service'
import * as benefits from './benefits.service'
import * as gains from './gains.service'

export async function benefitsRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['benefits']
  const base = '/api/collaborations/:collaborationId'
  const { read, manage, enterFigures, memberView } = benefitsPolicy

  // An import is uploaded as the file's raw bytes (no multipart), as attachments are; within this plugin only.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body))

  app.get(
    `${base}/initiatives/:initiativeId/benefits`,
    { schema: { tags, summary: 'The initiative’s intended effects and indicators, with each participating member’s baseline, target, measurements and realisation', params: InitiativeBenefitsParams, response: { 200: InitiativeBenefits } }, config: { access: read } },
    async (request) => benefits.getInitiativeBenefits(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )

  // Export and import of the same columns (CSV with semicolons, or Excel).
  app.get(
    `${base}/initiatives/:initiativeId/benefits/export.csv`,
    { schema: { tags, summary: 'The initiative’s indicators, baselines, targets and measurements as CSV (semicolon-separated, UTF-8), one row per indicator, member and measurement', params: InitiativeBenefitsParams }, config: { access: read } },
    async (request, reply) => {
      const { fileName, content } = await transfer.exportBenefitsCsv(ctxOf(request), request.params.collaborationId, request.params.initiativeId)
      return sendFile(reply, 'csv', fileName, content)
    },
  )
  app.get(
    `${base}/initiatives/:initiativeId/benefits/export.xlsx`,
    { schema: { tags, summary: 'The same rows as an Excel workbook (values as numbers, dates as text YYYY-MM-DD)', params: InitiativeBenefitsParams }, config: { access: read } },
    async (request, reply) => {
      const { fileName, content } = await transfer.exportBenefitsWorkbook(ctxOf(request), request.params.collaborationId, request.params.initiativeId)
      return sendFile(reply, 'xlsx', fileName, content)
    },
  )
  app.post(
    `${base}/initiatives/:initiativeId/benefits/import`,
    {
      schema: { tags, summary: 'Import a file of the export’s columns (the raw bytes as application/octet-stream): all rows are checked, then everything is saved, or nothing', params: InitiativeBenefitsParams, querystring: ImportQuery, response: { 200: ImportResult } },
      config: { access: manage },
    },
    async (request) => {
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
      return transfer.importBenefits(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.query.fileName, content)
    },
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
