import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { cookieNames } from '../../server/http/access-hooks'
import { AppError } from '../../server/http/errors'
import { authPolicy } from './auth.policy'
import { ctxOf } from '../../server/http/context'
import {
  AcceptInvitationBody,
  CompletePasswordResetBody,
  InvitationParams,
  InvitationResponse,
  LoginBody,
  MySession,
  PasswordResetBody,
  SessionParams,
  SessionResponse,
} from './auth.schema'
import { describeSession, logIn, logOut } from './auth.service'
import { acceptInvitation, describeInvitation } from './invitation.service'
import { completePasswordReset, requestPasswordReset } from './password-reset.service'
import { sessionClientOf, sessionSettingsOf, setSessionCookie } from './session-cookie'
import { endAllMySessions, endMySession, listMySessions } from './sessions.service'
import { LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_CLIENT } from './login-limits'


export async function authRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const names = cookieNames(app.config.secureCookies)
  // Per account and client, beside the route's per-client limit (the plugin runs only one hook per request).
  const perAccountLimit = (purpose: string) => {
    const limit = app.createRateLimit({
      max: LOGIN_LIMIT_PER_ACCOUNT,
      timeWindow: '1 minute',
      keyGenerator: (request) => `${purpose}:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}:${request.ip}`,
    })
    return async (request: FastifyRequest) => {
      const result = await limit(request)
      if (!result.isAllowed && result.isExceeded) throw new AppError(429, 'too_many_requests')
    }
  }
  const perAccount = perAccountLimit('login')
  const sessionSettings = sessionSettingsOf(app.config)
  const perClient = { max: LOGIN_LIMIT_PER_CLIENT, timeWindow: '1 minute' }

  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], summary: 'Who is signed in, and their roles', response: { 200: SessionResponse } }, config: { access: authPolicy.session } },
    async (request) => describeSession(app.db, request.actor),
  )

  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Log in with e-mail and password', body: LoginBody, response: { 200: SessionResponse } },
      config: { access: authPolicy.login, rateLimit: perClient },
      preHandler: perAccount,
    },
    async (request, reply) => {
      const { token, actor } = await logIn(app.db, request.body, sessionSettings, sessionClientOf(request))
      setSessionCookie(reply, app.config, token)
      return describeSession(app.db, actor)
    },
  )

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Log out and end the session', response: { 204: z.null() } }, config: { access: authPolicy.logout } },
    async (request, reply) => {
      await logOut(app.db, request.cookies[names.session])
      reply.clearCookie(names.session, { path: '/', secure: app.config.secureCookies })
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/invitations/:token',
    {
      schema: { tags: ['auth'], summary: 'Whom a live invitation link is for', params: InvitationParams, response: { 200: InvitationResponse } },
      config: { access: authPolicy.readInvitation, rateLimit: perClient },
    },
    async (request) => describeInvitation(app.db, request.params.token),
  )

  app.post(
    '/api/invitations/accept',
    {
      schema: { tags: ['auth'], summary: 'Choose a password with an invitation link, and sign in', body: AcceptInvitationBody, response: { 200: SessionResponse } },
      config: { access: authPolicy.acceptInvitation, rateLimit: perClient },
    },
    async (request, reply) => {
      const { token, actor } = await acceptInvitation(ctxOf(request), request.body, sessionSettings, sessionClientOf(request))
      setSessionCookie(reply, app.config, token)
      return describeSession(app.db, actor)
    },
  )

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Send a link to choose a new password (the same answer whether the address has an account or not)',
        body: PasswordResetBody,
        response: { 202: z.null() },
      },
      config: { access: authPolicy.requestPasswordReset, rateLimit: perClient },
      preHandler: perAccountLimit('password-reset'),
    },
    async (request, reply) => {
      await requestPasswordReset(ctxOf(request), request.body.email)
      return reply.status(202).send(null)
    },
  )

  app.post(
    '/api/auth/password-reset/complete',
    {
      schema: { tags: ['auth'], summary: 'Choose a new password with a reset link; ends all sessions', body: CompletePasswordResetBody, response: { 204: z.null() } },
      config: { access: authPolicy.completePasswordReset, rateLimit: perClient },
    },
    async (request, reply) => {
      await completePasswordReset(ctxOf(request), request.body)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/me/sessions',
    { schema: { tags: ['auth'], summary: 'Where I am signed in', response: { 200: z.array(MySession) } }, config: { access: authPolicy.listMySessions } },
    async (request) => listMySessions(ctxOf(request), request.cookies[names.session], app.config.sessionIdleMinutes),
  )

  app.delete(
    '/api/me/sessions/:sessionId',
    { schema: { tags: ['auth'], summary: 'End one of my sessions', params: SessionParams, response: { 204: z.null() } }, config: { access: authPolicy.endMySession } },
    async (request, reply) => {
      await endMySession(ctxOf(request), request.params.sessionId)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/me/sessions/end-all',
    { schema: { tags: ['auth'], summary: 'Log out everywhere, here too', response: { 204: z.null() } }, config: { access: authPolicy.endAllMySessions } },
    async (request, reply) => {
      await endAllMySessions(ctxOf(request))
      reply.clearCookie(names.session, { path: '/', secure: app.config.secureCookies })
      return reply.status(204).send(null)
    },
  )
}
