import { randomUUID } from 'node:crypto'
import Fastify from 'fastify'
import fastifyCookie from '@fastify/cookie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Access } from '../src/server/http/access'
import { accessHooks } from '../src/server/http/access-hooks'
import { loadActor } from '../src/modules/auth'
import { collaborationRecordsPublic } from '../src/modules/collaborations'
import { requireOwnMember } from '../src/modules/members'
import { ROLES, type Role } from '../src/shared/roles'
import { buildCollaboration, buildUser, grantRole, sessionFor } from './helpers/factories'
import { Client, createTestApp } from './helpers/test-app'

type Who = Role | 'anonymous' | 'signed_in_without_roles' | 'admin' | 'coordinator_elsewhere'
const everyone: Who[] = ['anonymous', 'signed_in_without_roles', 'admin', 'coordinator_elsewhere', ...ROLES]

/** What the policy says, read directly off its declaration (not through the code that enforces it). */
function expectedAllowed(access: Access, who: Who, recordsPublic: boolean): boolean {
  switch (access.scope) {
    case 'public':
      return true
    case 'signed_in':
      return who !== 'anonymous'
    case 'admin':
      return who === 'admin'
    case 'collaboration':
      return (access.roles as readonly string[]).includes(who) || (Boolean(access.publicRead) && recordsPublic)
  }
}

describe('authorisation matrix: every route × every role', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  const userIds = new Map<Who, string>()
  let collaborationId: string
  let ownMemberId: string
  let otherMemberId: string

  beforeAll(async () => {
    t = await createTestApp()
    // Not a public authority, so its records are closed: only roles open the doors here.
    const { collaboration, members } = await buildCollaboration(t.db, { legalForm: 'ideell_forening' })
    collaborationId = collaboration.id
    ownMemberId = members[0]!.id
    otherMemberId = members[1]!.id
    for (const role of ROLES) {
      const user = await buildUser(t.db)
      await grantRole(t.db, { collaborationId, userId: user.id, role, memberId: role === 'member_representative' ? ownMemberId : null })
      userIds.set(role, user.id)
    }
    userIds.set('signed_in_without_roles', (await buildUser(t.db)).id)
    userIds.set('admin', (await buildUser(t.db, { isAdmin: true })).id)
    // A coordinator of another collaboration has no rights in this one.
    const elsewhere = await buildCollaboration(t.db)
    const outsider = await buildUser(t.db)
    await grantRole(t.db, { collaborationId: elsewhere.collaboration.id, userId: outsider.id, role: 'coordinator' })
    userIds.set('coordinator_elsewhere', outsider.id)
  })
  afterAll(() => t.close())

  async function call(who: Who, method: string, url: string) {
    const client = new Client(t.app)
    const userId = userIds.get(who)
    // A fresh session for every call, so a route that ends sessions (logout) cannot affect the next one.
    const headers = userId ? { cookie: `samverka_session=${await sessionFor(t.db, userId)}; samverka_csrf=matrix`, 'x-csrf-token': 'matrix' } : { cookie: 'samverka_csrf=matrix', 'x-csrf-token': 'matrix' }
    return client.request({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) })
  }

  const fill = (url: string, memberId: string) =>
    url
      .replace(':collaborationId', collaborationId)
      .replace(':memberId', memberId)
      .replace(/:(\w+)/g, () => randomUUID())

  it('covers every route the server has, and every one declares a policy', () => {
    const routes = t.app.routeAccess.filter((route) => !route.url.includes('*'))
    expect(routes.length).toBeGreaterThan(20)
    for (const route of routes) expect(route.access, `${route.method} ${route.url}`).toBeDefined()
    // Spot-check that the walk includes the capabilities of this issue.
    for (const url of ['/api/collaborations/:collaborationId/members', '/api/collaborations/:collaborationId/users', '/api/collaborations/:collaborationId/audit', '/api/auth/login']) {
      expect(routes.some((route) => route.url === url)).toBe(true)
    }
  })

  it('allows exactly the roles each policy names, and denies everyone else', async () => {
    const mismatches: string[] = []
    let checked = 0
    for (const route of t.app.routeAccess) {
      if (route.url.includes('*')) continue
      for (const who of everyone) {
        const response = await call(who, route.method, fill(route.url, ownMemberId))
        const denied = response.statusCode === 401 || response.statusCode === 403
        const expected = expectedAllowed(route.access, who, false)
        if (expected === denied) mismatches.push(`${route.method} ${route.url} as ${who}: expected ${expected ? 'allowed' : 'denied'}, got ${response.statusCode} ${response.body.slice(0, 120)}`)
        if (!expected && who === 'anonymous' && response.statusCode !== 401) mismatches.push(`${route.method} ${route.url} anonymous should get 401, got ${response.statusCode}`)
        checked++
      }
    }
    expect(mismatches).toEqual([])
    expect(checked).toBe(t.app.routeAccess.filter((route) => !route.url.includes('*')).length * everyone.length)
    // Every route × every role is a few thousand requests: minutes on a busy two-core machine (a guard against a hang, not a speed limit).
  }, 600_000)

  it('holds a member representative to its own member on every member-bound route', async () => {
    const memberBound = t.app.routeAccess.filter((route) => route.access.scope === 'collaboration' && route.access.ownMemberOnly)
    expect(memberBound.length).toBeGreaterThan(0)
    for (const route of memberBound) {
      const own = await call('member_representative', route.method, fill(route.url, ownMemberId))
      const other = await call('member_representative', route.method, fill(route.url, otherMemberId))
      expect([401, 403], `${route.url} for own member`).not.toContain(own.statusCode)
      expect(other.statusCode, `${route.url} for another member`).toBe(403)
      expect(other.json().code).toBe('forbidden_other_member')
      // The coordinator is not limited to one member.
      const coordinator = await call('coordinator', route.method, fill(route.url, otherMemberId))
      expect([401, 403]).not.toContain(coordinator.statusCode)
    }
  })

  it('opens the public-read routes to everyone when the records are public, and to no one else', async () => {
    const publicRoutes = t.app.routeAccess.filter((route) => route.access.scope === 'collaboration' && route.access.publicRead)
    expect(publicRoutes.length).toBeGreaterThan(0)
    expect(publicRoutes.every((route) => route.method === 'GET')).toBe(true)
    const publicAuthority = await buildCollaboration(t.db, { legalForm: 'gemensam_namnd' })
    for (const route of publicRoutes) {
      const url = route.url.replace(':collaborationId', publicAuthority.collaboration.id).replace(/:(\w+)/g, () => randomUUID())
      for (const who of everyone) {
        const response = await call(who, route.method, url)
        expect([401, 403], `${route.url} as ${who} on a public authority`).not.toContain(response.statusCode)
      }
    }
  })

  it('refuses to start a server with a route that declares no policy', async () => {
    const app = Fastify()
    await app.register(fastifyCookie)
    await app.register(accessHooks, { loadActor, collaborationRecordsPublic, requireOwnMember })
    expect(() => app.get('/api/forgotten', async () => 'oops')).toThrow(/declares no access policy/)
  })
})
