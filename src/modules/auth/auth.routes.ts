import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { cookieNames } from '../../server/http/access-hooks'
import { AppError } from '../../server/http/errors'
import { authPolicy } from './auth.policy'
import { LoginBody, SessionResponse } from './auth.schema'
import { describeSession, logIn, logOut } from './auth.service'

/** Login attempts one client (its real address: see SAMVERKA_TRUST_PROXY) may make a minute, over all accounts. */
export const LOGIN_LIMIT_PER_CLIENT = 20
/**
 * Attempts at one account from one client a minute. Keyed by the client too, so one address cannot
 * keep the account's owner out through this limit; the account lock (auth.service) is the account-wide one.
 */
export const LOGIN_LIMIT_PER_ACCOUNT = 10

export async function authRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const names = cookieNames(app.config.secureCookies)
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.secureCookies,
    maxAge: app.config.sessionHours * 3600,
  }
  const accountLimit = app.createRateLimit({
    max: LOGIN_LIMIT_PER_ACCOUNT,
    timeWindow: '1 minute',
    keyGenerator: (request) => `login:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}:${request.ip}`,
  })
  // A second limit beside the route's per-client one (the plugin runs only one hook per request).
  const perAccount = async (request: FastifyRequest) => {
    const limit = await accountLimit(request)
    if (!limit.isAllowed && limit.isExceeded) throw new AppError(429, 'too_many_requests')
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
      config: { access: authPolicy.login, rateLimit: { max: LOGIN_LIMIT_PER_CLIENT, timeWindow: '1 minute' } },
      preHandler: perAccount,
    },
    async (request, reply) => {
      const { token, actor } = await logIn(app.db, request.body, { hours: app.config.sessionHours, idleMinutes: app.config.sessionIdleMinutes })
      reply.setCookie(names.session, token, cookieOptions)
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
}
