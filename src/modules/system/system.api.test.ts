import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiTags, buildApp } from '../../server/app'
import { readConfig } from '../../server/config'
import { openPglite } from '../../server/db/database'
import { migrate, migrationFiles } from '../../server/db/migrate'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('health and the API description', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  it('reports ready, and on which database, when the database answers and every migration is applied', async () => {
    const response = await new Client(t.app).get('/api/health')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite', databaseReachable: true, pendingMigrations: [] })
  })

  it('reports not ready (503) while a migration on disk is not applied, so a load balancer sends no traffic', async () => {
    const [newest] = migrationFiles().slice(-1)
    await t.db.query('delete from schema_migration where name = $1', [newest])
    try {
      const response = await new Client(t.app).get('/api/health')
      expect(response.statusCode).toBe(503)
      expect(response.json()).toMatchObject({ status: 'unavailable', databaseReachable: true, pendingMigrations: [newest] })
    } finally {
      await t.db.query('insert into schema_migration (name) values ($1)', [newest])
    }
    expect((await new Client(t.app).get('/api/health')).statusCode).toBe(200)
  })

  it('reports not ready (503) when the database does not answer', async () => {
    const db = await openPglite()
    await migrate(db)
    const app = await buildApp({ db, config: { ...readConfig({}), demo: false }, logger: false })
    await db.close()
    const response = await app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(503)
    expect(response.json()).toEqual({ status: 'unavailable', database: 'pglite', databaseReachable: false, pendingMigrations: null })
    await app.close()
  })

  it('publishes an OpenAPI 3 document with one tag per capability and every API route in it', async () => {
    const document = (await new Client(t.app).get('/api/openapi.json')).json()
    expect(document.openapi).toMatch(/^3\./)
    expect(document.tags.map((tag: { name: string }) => tag.name)).toEqual(apiTags.map((tag) => tag.name))
    for (const name of ['members', 'collaborations', 'auth', 'users', 'audit']) expect(apiTags.map((tag) => tag.name)).toContain(name)
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    )
    const apiRoutes = t.app.routeAccess.filter((route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.url !== '/api/openapi.json')
    for (const route of apiRoutes) expect(documented, `${route.method} ${route.url}`).toContain(`${route.method} ${route.url}`)
    const html = await new Client(t.app).get('/api/docs/')
    expect(html.statusCode).toBe(200)
    expect(html.headers['content-type']).toContain('text/html')
  })

  it('answers an unknown API address with a problem document', async () => {
    const response = await new Client(t.app).get('/api/nothing-here')
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toContain('application/problem+json')
  })
})
