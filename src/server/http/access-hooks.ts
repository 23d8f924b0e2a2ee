import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { loadActor } from '../../modules/auth/auth.repository'
import { memberNamesByIds } from '../../modules/members/members.repository'
import { collaborationRecordsPublic } from '../../modules/collaborations/collaborations.repository'
import { decide, type Access, type Actor } from './access'
import { AppError } from './errors'

export const SESSION_COOKIE = 'samverka_session'
export const CSRF_COOKIE = 'samverka_csrf'
export const CSRF_HEADER = 'x-csrf-token'

export interface RouteAccess {
  method: string
  url: string
  access: Access
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
  interface FastifyRequest {
    actor: Actor
    onlyMemberIds: string[] | null
  }
  interface FastifyInstance {
    /** Every route with the access it declared: the authorisation matrix test walks this list. */
    routeAccess: RouteAccess[]
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

// Routes that plugins add (the API page, the web app's files outside /api) are public by nature.
const publicPluginRoutes = [/^\/api\/docs/, /^\/(?!api\/)/]

/**
 * Authentication, CSRF protection and authorisation for every route, in one place:
 * - the session cookie names the actor;
 * - a state-changing request must echo the CSRF cookie in a header (double submit: another site can
 *   neither read our cookie nor send a custom header to us);
 * - the route's declared access decides, and a member representative is held to its own member.
 */
export const accessHooks = fp(async (app: FastifyInstance) => {
  app.decorate('routeAccess', [])
  app.decorateRequest('actor', null as unknown as Actor)
  app.decorateRequest('onlyMemberIds', null)

  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD' || (Array.isArray(route.method) && route.method.every((m) => m === 'HEAD'))) return
    let access = route.config?.access
    if (!access && publicPluginRoutes.some((pattern) => pattern.test(route.url))) access = { scope: 'public' }
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`)
    if (access.scope === 'collaboration' && !route.url.includes(':collaborationId'))
      throw new Error(`Route ${route.url} is collaboration-scoped but has no :collaborationId parameter`)
    if (access.scope === 'collaboration' && access.ownMemberOnly && !route.url.includes(':memberId'))
      throw new Error(`Route ${route.url} is limited to the own member but has no :memberId parameter`)
    route.config = { ...route.config, access }
    for (const method of [route.method].flat()) app.routeAccess.push({ method, url: route.url, access })
  })

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    request.actor = token ? await loadActor(app.db, hashToken(token)) : { user: null, grants: [] }
    if (!request.cookies[CSRF_COOKIE]) {
      const csrf = randomBytes(24).toString('base64url')
      request.cookies[CSRF_COOKIE] = csrf
      reply.setCookie(CSRF_COOKIE, csrf, { path: '/', sameSite: 'strict', secure: app.config.secureCookies, httpOnly: false })
    }
  })

  app.addHook('preValidation', async (request) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !csrfMatches(request)) throw new AppError(403, 'csrf_failed')

    // Only the not-found handler has no declared access; it reveals nothing.
    const access = request.routeOptions.config.access ?? { scope: 'public' }
    const params = (request.params ?? {}) as Record<string, string>
    // Publicity is looked up only for the routes that may be public, and only when roles do not suffice.
    let decision = decide(access, request.actor, params.collaborationId)
    if (!decision.allowed && access.scope === 'collaboration' && access.publicRead) {
      decision = decide(access, request.actor, params.collaborationId, await collaborationRecordsPublic(app.db, params.collaborationId ?? ''))
    }
    if (!decision.allowed) throw new AppError(decision.reason === 'unauthenticated' ? 401 : 403, decision.reason)
    request.onlyMemberIds = decision.onlyMemberIds
    if (decision.onlyMemberIds && !decision.onlyMemberIds.includes(params.memberId ?? '')) {
      throw new AppError(403, 'forbidden_other_member', { member: (await memberNamesByIds(app.db, decision.onlyMemberIds)).join(', ') })
    }
  })
})

function csrfMatches(request: FastifyRequest): boolean {
  const cookie = request.cookies[CSRF_COOKIE]
  const header = request.headers[CSRF_HEADER]
  if (!cookie || typeof header !== 'string' || header.length !== cookie.length) return false
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header))
}

