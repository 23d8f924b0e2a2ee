import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { cookieNames } from '../../server/http/access-hooks'
import { ctxOf } from '../../server/http/context'
import { CollaborationParams } from '../../server/http/params'
import { usersPolicy } from './users.policy'
import {
  Account,
  AccountQuery,
  AddUserBody,
  AssignRoleBody,
  ChangePasswordBody,
  CollaborationUser,
  CollaborationUserParams,
  Permission,
  RoleAssignmentParams,
  UpdateMeBody,
  UserParams,
} from './users.schema'
import * as users from './users.service'

export async function userRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['users']
  const noContent = { 204: z.null() }

  app.get(
    '/api/collaborations/:collaborationId/users',
    { schema: { tags, summary: 'People with roles in the collaboration', params: CollaborationParams, response: { 200: z.array(CollaborationUser) } }, config: { access: usersPolicy.listInCollaboration } },
    async (request) => users.listUsers(ctxOf(request), request.params.collaborationId),
  )

  app.post(
    '/api/collaborations/:collaborationId/users',
    {
      schema: { tags, summary: 'Give a person a role, creating their account if needed', params: CollaborationParams, body: AddUserBody, response: { 201: CollaborationUser } },
      config: { access: usersPolicy.addToCollaboration },
    },
    async (request, reply) => reply.status(201).send(await users.addUserToCollaboration(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.post(
    '/api/collaborations/:collaborationId/role-assignments',
    {
      schema: { tags, summary: 'Give an existing account another role', params: CollaborationParams, body: AssignRoleBody, response: { 201: CollaborationUser } },
      config: { access: usersPolicy.assignRole },
    },
    async (request, reply) => reply.status(201).send(await users.assignRole(ctxOf(request), request.params.collaborationId, request.body)),
  )

  app.delete(
    '/api/collaborations/:collaborationId/role-assignments/:roleAssignmentId',
    { schema: { tags, summary: 'Take a role away', params: RoleAssignmentParams, response: noContent }, config: { access: usersPolicy.removeRole } },
    async (request, reply) => {
      await users.removeRole(ctxOf(request), request.params.collaborationId, request.params.roleAssignmentId)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/collaborations/:collaborationId/my-permissions',
    { schema: { tags, summary: 'What I may do in this collaboration, and for which members', params: CollaborationParams, response: { 200: z.array(Permission) } }, config: { access: usersPolicy.myPermissions } },
    async (request) => users.listMyPermissions(ctxOf(request), request.params.collaborationId),
  )

  app.get(
    '/api/users',
    { schema: { tags, summary: 'All accounts (administrators)', querystring: AccountQuery, response: { 200: z.array(Account) } }, config: { access: usersPolicy.listAccounts } },
    async (request) => users.listAccounts(ctxOf(request), request.query.q),
  )

  app.post(
    '/api/users/:userId/unlock',
    { schema: { tags, summary: 'Unlock an account locked after failed logins', params: UserParams, response: noContent }, config: { access: usersPolicy.unlockAccount } },
    async (request, reply) => {
      await users.unlockAccount(ctxOf(request), request.params.userId)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/collaborations/:collaborationId/users/:userId/invitation',
    {
      schema: { tags, summary: 'Send a new invitation link to a person who has not chosen a password yet', params: CollaborationUserParams, response: noContent },
      config: { access: usersPolicy.resendInvitation },
    },
    async (request, reply) => {
      await users.resendInvitation(ctxOf(request), request.params.userId, request.params.collaborationId)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/users/:userId/invitation',
    { schema: { tags, summary: 'Send a new invitation link (administrators)', params: UserParams, response: noContent }, config: { access: usersPolicy.resendAccountInvitation } },
    async (request, reply) => {
      await users.resendInvitation(ctxOf(request), request.params.userId, null)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/users/:userId/deactivate',
    { schema: { tags, summary: 'Deactivate an account: its sessions end and it cannot sign in', params: UserParams, response: noContent }, config: { access: usersPolicy.deactivateAccount } },
    async (request, reply) => {
      await users.deactivateAccount(ctxOf(request), request.params.userId)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/users/:userId/reactivate',
    { schema: { tags, summary: 'Let a deactivated account sign in again', params: UserParams, response: noContent }, config: { access: usersPolicy.reactivateAccount } },
    async (request, reply) => {
      await users.reactivateAccount(ctxOf(request), request.params.userId)
      return reply.status(204).send(null)
    },
  )

  app.patch(
    '/api/me',
    { schema: { tags, summary: 'Change my name or language', body: UpdateMeBody, response: noContent }, config: { access: usersPolicy.updateMe } },
    async (request, reply) => {
      await users.updateMe(ctxOf(request), request.body)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/me/password',
    { schema: { tags, summary: 'Change my password', body: ChangePasswordBody, response: noContent }, config: { access: usersPolicy.changeMyPassword } },
    async (request, reply) => {
      await users.changeMyPassword(ctxOf(request), request.body, request.cookies[cookieNames(app.config.secureCookies).session])
      return reply.status(204).send(null)
    },
  )
}
