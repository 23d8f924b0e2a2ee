import { randomBytes } from 'node:crypto'
import type { FastifyInstance, InjectOptions } from 'fastify'
import pg from 'pg'
import { loadReferenceData } from '../../src/modules/members'
import { buildApp } from '../../src/server/app'
import { cookieNames } from '../../src/server/http/access-hooks'
import { readConfig, type Config } from '../../src/server/config'
import { openPglite, openPostgres, type Database } from '../../src/server/db/database'
import { migrate } from '../../src/server/db/migrate'

/**
 * A fresh Samverka for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server in TEST_DATABASE_URL (set by `npm test` for the real-PostgreSQL tier).
 */
export async function createTestApp(config: Partial<Config> = {}): Promise<{ app: FastifyInstance; db: Database; close: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL
  let db: Database
  let dropDatabase = async () => {}
  if (serverUrl) {
    const database = await createTestDatabase(serverUrl)
    db = await openPostgres(database.url)
    dropDatabase = database.drop
  } else {
    db = await openPglite()
  }
  await migrate(db)
  await loadReferenceData(db)
  const app = await buildApp({ db, config: { ...readConfig({}), demo: false, ...config }, logger: false })
  await app.ready()
  return {
    app,
    db,
    close: async () => {
      await app.close()
      await db.close()
      await dropDatabase()
    },
  }
}

/** A new, empty database on the PostgreSQL server of `serverUrl`: its connection string, and how to drop it. */
export async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `samverka_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    await client.query(`drop database if exists ${name} with (force)`)
    await client.end()
  }
  return { url: url.toString(), drop }
}

/** A signed-in (or anonymous) client: keeps cookies and sends the CSRF header like the web app does. */
export class Client {
  private cookies = new Map<string, string>()
  /** The cookies' names in this app: `__Host-` ones when it runs with secure cookies. */
  readonly cookieNames: ReturnType<typeof cookieNames>
  constructor(private readonly app: FastifyInstance) {
    this.cookieNames = cookieNames(app.config.secureCookies)
  }

  async request(options: InjectOptions) {
    const csrf = this.cookieNames.csrf
    if (!this.cookies.has(csrf)) this.cookies.set(csrf, randomBytes(24).toString('base64url'))
    const response = await this.app.inject({
      ...options,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': this.cookies.get(csrf)!,
        ...options.headers,
      },
    })
    // Subscribers of the events the request published run before the test looks (the server runs them just after).
    await this.app.drainEvents()
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) this.cookies.delete(cookie.name)
      else this.cookies.set(cookie.name, cookie.value)
    }
    return response
  }

  get = (url: string) => this.request({ method: 'GET', url })
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] })
  patch = (url: string, payload?: unknown) => this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] })
  put = (url: string, payload?: unknown) => this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] })
  delete = (url: string) => this.request({ method: 'DELETE', url })

  async logIn(email: string, password: string) {
    const response = await this.post('/api/auth/login', { email, password })
    if (response.statusCode !== 200) throw new Error(`login as ${email} failed: ${response.body}`)
    return this
  }
}
