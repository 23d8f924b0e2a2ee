import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { membersPolicy } from './members.policy'
import { AddMembersBody, County, Member, MemberListQuery, MemberListResponse, MemberParams, Organisation, OrganisationQuery, PopulationYear, UpdateMemberBody } from './members.schema'
import * as members from './members.service'

export async function memberRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['members']

  app.get(
    '/api/reference/organisations',
    {
      schema: { tags, summary: 'Swedish municipalities and regions with population', querystring: OrganisationQuery, response: { 200: z.array(Organisation) } },
      config: { access: membersPolicy.readReferenceData },
    },
    async (request) => members.listReferenceOrganisations(ctxOf(request), request.query),
  )

  app.get(
    '/api/reference/counties',
    { schema: { tags, summary: 'The 21 counties with their municipalities counted', response: { 200: z.array(County) } }, config: { access: membersPolicy.readReferenceData } },
    async (request) => members.listCounties(ctxOf(request)),
  )

  app.get(
    '/api/reference/population-years',
    { schema: { tags, summary: 'The population years loaded', response: { 200: z.array(PopulationYear) } }, config: { access: membersPolicy.readReferenceData } },
    async (request) => members.listPopulationYears(ctxOf(request)),
  )

  app.get(
    '/api/collaborations/:collaborationId/members',
    {
      schema: { tags, summary: 'The members of a collaboration with their population', params: CollaborationParams, querystring: MemberListQuery, response: { 200: MemberListResponse } },
      config: { access: membersPolicy.list },
    },
    async (request) => members.listMembers(ctxOf(request), request.params.collaborationId, request.query),
  )

  app.post(
    '/api/collaborations/:collaborationId/members',
    {
      schema: { tags, summary: 'Add municipalities and regions by code, or another member by name', params: CollaborationParams, body: AddMembersBody, response: { 201: z.array(Member) } },
      config: { access: membersPolicy.add },
    },
    async (request, reply) => reply.status(201).send(await members.addMembers(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.patch(
    '/api/collaborations/:collaborationId/members/:memberId',
    {
      schema: { tags, summary: "Change a member's dates or contact details", params: MemberParams, body: UpdateMemberBody, response: { 200: Member } },
      config: { access: membersPolicy.update },
    },
    async (request) => members.updateMember(ctxOf(request), request.params.collaborationId, request.params.memberId, request.body),
  )
}
