import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { SESSION_COOKIE } from '../../server/http/access-hooks'
import { authPolicy } from './auth.policy'
import { LoginBody, SessionResponse } from './auth.schema'
import { describeSession, logIn, logOut } from './auth.service'

export async function authRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.secureCookies,
    maxAge: app.config.sessionHours * 3600,
  }

  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], summary: 'Who is signed in, and their roles', response: { 200: SessionResponse } }, config: { access: authPolicy.session } },
    async (request) => describeSession(app.db, request.actor),
  )

  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Log in with e-mail and password', body: LoginBody, response: { 200: SessionResponse } },
      config: { access: authPolicy.login, rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, actor } = await logIn(app.db, request.body, app.config.sessionHours)
      reply.setCookie(SESSION_COOKIE, token, cookieOptions)
      return describeSession(app.db, actor)
    },
  )

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Log out and end the session', response: { 204: z.null() } }, config: { access: authPolicy.logout } },
    async (request, reply) => {
      await logOut(app.db, request.cookies[SESSION_COOKIE])
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.status(204).send(null)
    },
  )
}
