import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Queryable } from '../db/database'
import { now } from '../clock'
import { decide, type Access, type Actor } from './access'
import { AppError } from './errors'

export const CSRF_HEADER = 'x-csrf-token'

/**
 * The cookies' names: with secure cookies (production) the `__Host-` prefix makes the browser refuse
 * them unless they are Secure, for the whole site and from this host only (no Domain, so a sibling
 * subdomain cannot plant one). Over plain HTTP in development the browser would refuse the prefix.
 */
export const cookieNames = (secure: boolean) =>
  secure ? { session: '__Host-samverka_session', csrf: '__Host-samverka_csrf' } : { session: 'samverka_session', csrf: 'samverka_csrf' }

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

/**
 * What the hooks read of the modules, passed in by the app (infrastructure imports no module): the session's
 * actor (auth), whether a collaboration's records are public (collaborations), the own-member assert (members).
 */
export interface AccessLookups {
  loadActor: (db: Queryable, tokenHash: string, at: Date, idleMinutes: number) => Promise<Actor>
  collaborationRecordsPublic: (db: Queryable, collaborationId: string) => Promise<boolean>
  requireOwnMember: (db: Queryable, acting: readonly string[] | null, memberIds: readonly string[]) => Promise<void>
}

// Routes that plugins add (the API page, the web app's files outside /api) are public by nature.
const publicPluginRoutes = [/^\/api\/docs/, /^\/(?!api\/)/]

/**
 * Authentication, CSRF protection and authorisation for every route, in one place:
 * - the session cookie names the actor;
 * - a state-changing request must echo the CSRF cookie in a header (double submit: another site can
 *   neither read our cookie nor send a custom header to us);
 * - the route's declared access decides, and a member representative is held to its own member.
 */
export const accessHooks = fp(async (app: FastifyInstance, { loadActor, collaborationRecordsPublic, requireOwnMember }: AccessLookups) => {
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

  // Read when the first request comes, from the configuration the app was built with.
  let settings: { names: ReturnType<typeof cookieNames>; ownOrigins: Set<string> } | undefined
  const configured = () => (settings ??= { names: cookieNames(app.config.secureCookies), ownOrigins: new Set([new URL(app.config.publicUrl).origin]) })

  app.addHook('onRequest', async (request, reply) => {
    const { names } = configured()
    const token = request.cookies[names.session]
    request.actor = token ? await loadActor(app.db, hashToken(token), now(), app.config.sessionIdleMinutes) : { user: null, grants: [] }
    if (!request.cookies[names.csrf]) {
      const csrf = randomBytes(24).toString('base64url')
      request.cookies[names.csrf] = csrf
      reply.setCookie(names.csrf, csrf, { path: '/', sameSite: 'strict', secure: app.config.secureCookies, httpOnly: false })
    }
  })

  app.addHook('preValidation', async (request) => {
    const { names, ownOrigins } = configured()
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !(sameOrigin(request, ownOrigins) && csrfMatches(request, names.csrf))) {
      throw new AppError(403, 'csrf_failed')
    }

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
    await requireOwnMember(app.db, decision.onlyMemberIds, [params.memberId ?? ''])
  })

  // Whatever a signed-in person is answered, and every export, stays out of shared and browser caches;
  // a calendar feed anyone may read can be cached for a few minutes.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/') || reply.hasHeader('cache-control')) return payload
    const publicCalendar = !request.actor?.user && String(reply.getHeader('content-type') ?? '').startsWith('text/calendar')
    reply.header('cache-control', publicCalendar ? 'public, max-age=300' : 'no-store')
    return payload
  })
})

/**
 * A browser names the page a state-changing request comes from in Origin (or, failing that, Referer);
 * when it does, it must be this site: the public address or the host the request was sent to. A
 * client that sends neither (not a browser) is held to the CSRF token alone.
 */
function sameOrigin(request: FastifyRequest, ownOrigins: Set<string>): boolean {
  const claimed = request.headers.origin ?? request.headers.referer
  if (claimed === undefined) return true
  let origin: string
  try {
    origin = new URL(claimed).origin
  } catch {
    return false
  }
  return ownOrigins.has(origin) || origin === `${request.protocol}://${request.host}`
}

function csrfMatches(request: FastifyRequest, cookieName: string): boolean {
  const cookie = request.cookies[cookieName]
  const header = request.headers[CSRF_HEADER]
  if (!cookie || typeof header !== 'string' || header.length !== cookie.length) return false
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header))
}

