import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

describe('security headers', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp()))
  afterAll(() => t.close())

  it('sends a CSP with no inline script and no framing, nosniff and a Referrer-Policy; no HSTS over plain HTTP', async () => {
    const response = await new Client(t.app).get('/api/health')
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('upgrade-insecure-requests')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('lets the API page run Swagger UI under its own policy, still unframeable', async () => {
    const page = await new Client(t.app).get('/api/docs/')
    expect(page.statusCode).toBe(200)
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toMatch(/script-src 'self'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('upgrade-insecure-requests')
  })

  it('keeps private answers and exports out of caches', async () => {
    const { collaboration, members } = await buildCollaboration(t.db)
    const { client } = await signedInPerson(t, { collaborationId: collaboration.id, role: 'coordinator', name: 'Cia Cache' })
    const base = `/api/collaborations/${collaboration.id}`
    const json = await client.get(`${base}/members`)
    expect(json.statusCode).toBe(200)
    expect(json.headers['cache-control']).toBe('no-store')
    const csv = await client.get(`${base}/finance/invoice-basis/${members[0]!.id}/export.csv?year=2026`)
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['cache-control']).toBe('no-store')
    const xlsx = await client.get(`${base}/finance/overview.xlsx?year=2026`)
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['cache-control']).toBe('no-store')
    expect((await client.get('/api/auth/session')).headers['cache-control']).toBe('no-store')
  })
})

describe('security headers over HTTPS', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => (t = await createTestApp({ secureCookies: true })))
  afterAll(() => t.close())

  it('adds HSTS and upgrades insecure requests where the site runs over HTTPS', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests')
  })
})
