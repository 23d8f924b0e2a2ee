import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { casesPolicy } from './cases.policy'
import { Case, CaseList, CaseListQuery, CaseParams, CaseSettings, CreateCaseBody, CreateRegisterEntryBody, RegisterList, RegisterQuery, UpdateCaseBody, UpdateCaseSettingsBody } from './cases.schema'
import * as cases from './cases.service'

export async function casesRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['cases']
  const base = '/api/collaborations/:collaborationId'

  app.get(
    `${base}/cases`,
    { schema: { tags, summary: 'Cases (ärenden), newest first, paged; their entries and decisions are on each case', params: CollaborationParams, querystring: CaseListQuery, response: { 200: CaseList } }, config: { access: casesPolicy.read } },
    async (request) => cases.listCases(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.post(
    `${base}/cases`,
    { schema: { tags, summary: 'Register a case under the next number of the year', params: CollaborationParams, body: CreateCaseBody, response: { 201: Case } }, config: { access: casesPolicy.register } },
    async (request, reply) => reply.status(201).send(await cases.registerCase(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.get(
    `${base}/cases/:caseId`,
    { schema: { tags, summary: 'A case with its register entries and decisions', params: CaseParams, response: { 200: Case } }, config: { access: casesPolicy.read } },
    async (request) => cases.getCase(ctxOf(request), request.params.collaborationId, request.params.caseId),
  )

  app.patch(
    `${base}/cases/:caseId`,
    { schema: { tags, summary: 'Change a case, its status and its bodies', params: CaseParams, body: UpdateCaseBody, response: { 200: Case } }, config: { access: casesPolicy.register } },
    async (request) => cases.updateCase(ctxOf(request), request.params.collaborationId, request.params.caseId, request.body),
  )

  app.post(
    `${base}/cases/:caseId/entries`,
    { schema: { tags, summary: 'Register a document in the case', params: CaseParams, body: CreateRegisterEntryBody, response: { 201: Case } }, config: { access: casesPolicy.register } },
    async (request, reply) => reply.status(201).send(await cases.registerDocument(ctxOf(request), request.params.collaborationId, request.params.caseId, request.body)),
  )

  app.get(
    `${base}/register`,
    { schema: { tags, summary: 'The register of documents (diarium), newest first, paged; confidential entries show only their ground', params: CollaborationParams, querystring: RegisterQuery, response: { 200: RegisterList } }, config: { access: casesPolicy.read } },
    async (request) => cases.listRegister(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.get(
    `${base}/case-settings`,
    { schema: { tags, summary: 'The registration-number format and classification scheme', params: CollaborationParams, response: { 200: CaseSettings } }, config: { access: casesPolicy.read } },
    async (request) => cases.getCaseSettings(ctxOf(request), request.params.collaborationId),
  )

  app.put(
    `${base}/case-settings`,
    { schema: { tags, summary: 'Set the registration-number format and classification scheme', params: CollaborationParams, body: UpdateCaseSettingsBody, response: { 200: CaseSettings } }, config: { access: casesPolicy.settings } },
    async (request) => cases.updateCaseSettings(ctxOf(request), request.params.collaborationId, request.body),
  )
}
