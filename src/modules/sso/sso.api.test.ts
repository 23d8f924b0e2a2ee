import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/database'
import { buildCollaboration, buildUser, grantRole } from '../../../tests/helpers/factories'
import { startOidcProvider, type TestOidcProvider } from '../../../tests/helpers/oidc-provider'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

// The test app's SAMVERKA_PUBLIC_URL (the default): the callbacks the provider sends browsers back to.
const APP_ORIGIN = 'http://localhost:3000'

let t: { app: FastifyInstance; db: Database; close: () => Promise<void> }
let provider: TestOidcProvider
let admin: Client
let providerId: string

beforeAll(async () => {
  ;[t, provider] = await Promise.all([createTestApp(), startOidcProvider(APP_ORIGIN)])
  const account = await buildUser(t.db, { isAdmin: true })
  admin = await new Client(t.app).logIn(account.email, 'test-password-1234')
  const created = await admin.post('/api/identity-providers', { name: 'Testkommunens inloggning', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret })
  expect(created.statusCode, created.body).toBe(201)
  providerId = created.json().id
}, 60_000)
afterAll(async () => {
  await provider?.stop()
  await t?.close()
})

/** A browser that clicks "Logga in med …", logs in at the provider as `login`, and comes back: the callback's answer. */
async function signIn(browser: Client, login: string, through = providerId) {
  const start = await browser.get(`/api/auth/oidc/${through}`)
  expect(start.statusCode, start.body).toBe(302)
  const back = await provider.logIn(String(start.headers.location), login)
  expect(back.origin).toBe(APP_ORIGIN)
  return browser.get(back.pathname + back.search)
}

const signedInAs = async (browser: Client) => (await browser.get('/api/auth/session')).json().user?.email ?? null
const linksOf = (userId: string) => t.db.query('select subject from identity_link where user_id = $1', [userId])

let people = 0
async function person(options: { verified?: boolean; withPassword?: boolean; emailAtProvider?: string } = {}) {
  const n = ++people
  const email = `person${n}@kalix.se`
  // An invited account has no password until the person chooses one (or signs in through a provider).
  const { id } = await buildUser(t.db, { email, name: `Person ${n}`, withPassword: options.withPassword })
  const login = `person${n}`
  await provider.addAccount({ login, email: options.emailAtProvider ?? email, email_verified: options.verified ?? true, name: `Person ${n} hos leverantören` })
  return { id, email, login }
}

describe('logging in through an identity provider (a real OIDC provider process)', () => {
  it('the login starts with PKCE (S256), state and nonce, and a browser cookie that ties the login to this browser', async () => {
    const browser = new Client(t.app)
    const start = await browser.get(`/api/auth/oidc/${providerId}`)
    expect(start.statusCode).toBe(302)
    const to = new URL(String(start.headers.location))
    expect(to.origin).toBe(provider.issuer)
    expect(to.searchParams.get('code_challenge_method')).toBe('S256')
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(to.searchParams.get('state')).toBeTruthy()
    expect(to.searchParams.get('nonce')).toBeTruthy()
    expect(to.searchParams.get('scope')).toBe('openid email profile')
    expect(to.searchParams.get('redirect_uri')).toBe(`${APP_ORIGIN}/api/auth/oidc/${providerId}/callback`)
    expect(start.cookies.find((cookie) => cookie.name === 'samverka_oidc')).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  })

  it('signs in an existing account by its verified e-mail, links it, and audits the link; the next login goes by the link', async () => {
    const anna = await person()
    const browser = new Client(t.app)
    const back = await signIn(browser, anna.login)
    expect(back.statusCode).toBe(302)
    expect(back.headers.location).toBe('/')
    expect(await signedInAs(browser)).toBe(anna.email)
    expect(await linksOf(anna.id)).toEqual([{ subject: anna.login }])
    const [audit] = await t.db.query<{ action: string; actorUserId: string }>(`select action, actor_user_id as "actorUserId" from audit_log where entity_id = $1 and action = 'user.sso_linked'`, [anna.id])
    expect(audit).toEqual({ action: 'user.sso_linked', actorUserId: anna.id })

    // The provider now says another address: the link (provider + subject) still names Anna's account.
    await provider.addAccount({ login: anna.login, email: 'annas-nya-adress@kalix.se', email_verified: true, name: 'Anna' })
    const again = new Client(t.app)
    await signIn(again, anna.login)
    expect(await signedInAs(again)).toBe(anna.email)
  })

  it('links an invited account (no password yet) at its first login', async () => {
    const invited = await person({ withPassword: false })
    const browser = new Client(t.app)
    expect((await signIn(browser, invited.login)).headers.location).toBe('/')
    expect(await signedInAs(browser)).toBe(invited.email)
    expect(await linksOf(invited.id)).toHaveLength(1)
  })

  it('refuses an e-mail the provider has not verified, unless the administrator trusts the provider’s addresses', async () => {
    const unverified = await person({ verified: false })
    const browser = new Client(t.app)
    expect((await signIn(browser, unverified.login)).headers.location).toBe('/login?sso_error=email_not_verified')
    expect(await signedInAs(browser)).toBeNull()
    expect(await linksOf(unverified.id)).toHaveLength(0)

    const trusting = await admin.post('/api/identity-providers', { name: 'Entra utan email_verified', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, trustEmail: true })
    expect(trusting.statusCode).toBe(201)
    await signIn(browser, unverified.login, trusting.json().id)
    expect(await signedInAs(browser)).toBe(unverified.email)
  })

  it('reads the e-mail address from the claim the administrator names (Entra ID’s preferred_username)', async () => {
    const entraPerson = await person()
    await provider.addAccount({ login: 'entra', email: 'annat@example.org', email_verified: false, name: 'Entra-person', preferred_username: entraPerson.email })
    const entra = await admin.post('/api/identity-providers', { name: 'Entra ID', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, emailClaim: 'preferred_username', trustEmail: true })
    expect(entra.statusCode).toBe(201)
    const browser = new Client(t.app)
    expect((await signIn(browser, 'entra', entra.json().id)).headers.location).toBe('/')
    expect(await signedInAs(browser)).toBe(entraPerson.email)
  })

  it('refuses a person without an account and creates none', async () => {
    await provider.addAccount({ login: 'okand', email: 'okand.person@kalix.se', email_verified: true, name: 'Okänd Person' })
    const [before] = await t.db.query<{ count: number }>('select count(*)::int as count from app_user')
    const browser = new Client(t.app)
    expect((await signIn(browser, 'okand')).headers.location).toBe('/login?sso_error=no_account')
    expect(await signedInAs(browser)).toBeNull()
    expect(await t.db.query('select count(*)::int as count from app_user')).toEqual([before])
  })

  it('refuses a deactivated account, linked or not', async () => {
    const leaver = await person()
    const browser = new Client(t.app)
    await signIn(browser, leaver.login)
    await t.db.query('update app_user set deactivated_at = now() where id = $1', [leaver.id])
    const later = new Client(t.app)
    expect((await signIn(later, leaver.login)).headers.location).toBe('/login?sso_error=deactivated')
    expect(await signedInAs(later)).toBeNull()

    const never = await person()
    await t.db.query('update app_user set deactivated_at = now() where id = $1', [never.id])
    expect((await signIn(new Client(t.app), never.login)).headers.location).toBe('/login?sso_error=deactivated')
    expect(await linksOf(never.id)).toHaveLength(0)
  })

  it('a provider bound to a member signs in only people who hold a role for that member (or its organisation elsewhere)', async () => {
    const { collaboration, members } = await buildCollaboration(t.db, { memberCodes: ['2514', '2580'] })
    const kalix = members.find((member) => member.code === '2514')!
    const lulea = members.find((member) => member.code === '2580')!
    const bound = await admin.post('/api/identity-providers', { name: 'Kalix kommun', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, memberId: kalix.id })
    expect(bound.statusCode).toBe(201)
    expect(bound.json()).toMatchObject({ memberId: kalix.id, memberName: kalix.name })

    const outsider = await person()
    await grantRole(t.db, { collaborationId: collaboration.id, userId: outsider.id, role: 'member_representative', memberId: lulea.id })
    const browser = new Client(t.app)
    expect((await signIn(browser, outsider.login, bound.json().id)).headers.location).toBe('/login?sso_error=not_for_member')
    expect(await signedInAs(browser)).toBeNull()

    const kalixPerson = await person()
    await grantRole(t.db, { collaborationId: collaboration.id, userId: kalixPerson.id, role: 'member_representative', memberId: kalix.id })
    await signIn(browser, kalixPerson.login, bound.json().id)
    expect(await signedInAs(browser)).toBe(kalixPerson.email)

    // Kalix represented in another collaboration: the same organisation, so the same provider serves.
    const other = await buildCollaboration(t.db, { memberCodes: ['2514', '2510'] })
    const elsewhere = await person()
    await grantRole(t.db, { collaborationId: other.collaboration.id, userId: elsewhere.id, role: 'member_representative', memberId: other.members.find((m) => m.code === '2514')!.id })
    const third = new Client(t.app)
    await signIn(third, elsewhere.login, bound.json().id)
    expect(await signedInAs(third)).toBe(elsewhere.email)
  })

  it('refuses a callback with another state, a replayed callback and one finished in another browser, without a 500', async () => {
    const bertil = await person()
    const browser = new Client(t.app)
    const start = await browser.get(`/api/auth/oidc/${providerId}`)
    const back = await provider.logIn(String(start.headers.location), bertil.login)

    const forged = new URL(back)
    forged.searchParams.set('state', 'not-the-state-we-sent')
    expect((await browser.get(forged.pathname + forged.search)).headers.location).toBe('/login?sso_error=failed')

    const otherBrowser = new Client(t.app)
    expect((await otherBrowser.get(back.pathname + back.search)).headers.location).toBe('/login?sso_error=failed')
    // The other browser's attempt used the login up: the real browser cannot finish it either.
    expect((await browser.get(back.pathname + back.search)).headers.location).toBe('/login?sso_error=failed')
    expect(await signedInAs(browser)).toBeNull()
    expect(await signedInAs(otherBrowser)).toBeNull()

    const fresh = await signIn(browser, bertil.login)
    expect(fresh.headers.location).toBe('/')
    const replayed = await new Client(t.app).get(`/api/auth/oidc/${providerId}/callback?code=x&state=y`)
    expect(replayed.statusCode).toBe(302)
    expect(replayed.headers.location).toBe('/login?sso_error=failed')
    expect((await browser.get(`/api/auth/oidc/${providerId}/callback`)).headers.location).toBe('/login?sso_error=failed')
  })

  it('a person who cancels at the provider comes back to the login page', async () => {
    const browser = new Client(t.app)
    const start = new URL(String((await browser.get(`/api/auth/oidc/${providerId}`)).headers.location))
    const state = start.searchParams.get('state')!
    const back = await browser.get(`/api/auth/oidc/${providerId}/callback?error=access_denied&state=${state}`)
    expect(back.headers.location).toBe('/login?sso_error=cancelled')
  })

  it('an unknown or disabled provider sends the browser back to the login page', async () => {
    expect((await new Client(t.app).get('/api/auth/oidc/00000000-0000-4000-8000-000000000000')).headers.location).toBe('/login?sso_error=unavailable')
    const off = await admin.post('/api/identity-providers', { name: 'Avstängd', issuer: provider.issuer, clientId: 'x', clientSecret: 'y', enabled: false })
    expect((await new Client(t.app).get(`/api/auth/oidc/${off.json().id}`)).headers.location).toBe('/login?sso_error=unavailable')
  })
})

describe('the administrators’ identity providers', () => {
  it('never return the client secret, and keep it when a change does not send one', async () => {
    const list = await admin.get('/api/identity-providers')
    expect(list.statusCode).toBe(200)
    expect(list.body).not.toContain(provider.clientSecret)
    const current = list.json().find((p: { id: string }) => p.id === providerId)
    expect(current).toMatchObject({ name: 'Testkommunens inloggning', emailClaim: 'email', nameClaim: 'name', trustEmail: false, enabled: true, redirectUri: `${APP_ORIGIN}/api/auth/oidc/${providerId}/callback` })
    expect(current).not.toHaveProperty('clientSecret')

    const renamed = await admin.put(`/api/identity-providers/${providerId}`, { ...current, name: 'Testkommunen', version: current.version })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(renamed.body).not.toContain(provider.clientSecret)
    const checked = await person()
    await signIn(new Client(t.app), checked.login).then((back) => expect(back.headers.location).toBe('/'))

    const stale = await admin.put(`/api/identity-providers/${providerId}`, { ...current, name: 'Gammal', version: current.version })
    expect(stale.statusCode).toBe(409)
  })

  it('refuse an issuer that cannot be reached or does not answer discovery, naming the field', async () => {
    const unreachable = await admin.post('/api/identity-providers', { name: 'Fel adress', issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y' })
    expect(unreachable.statusCode).toBe(400)
    expect(unreachable.json().errors[0]).toMatchObject({ path: 'body.issuer' })
    expect(unreachable.json().errors[0].message).toMatch(/svarade inte/)

    const notAnIssuer = await admin.post('/api/identity-providers', { name: 'Fel sökväg', issuer: `${provider.issuer}/inte-har`, clientId: 'x', clientSecret: 'y' })
    expect(notAnIssuer.statusCode).toBe(400)
    expect(notAnIssuer.json().errors[0]).toMatchObject({ path: 'body.issuer' })
    expect(notAnIssuer.json().errors[0].message).toMatch(/OpenID Connect/)

    const plainHttp = await admin.post('/api/identity-providers', { name: 'Okrypterad', issuer: 'http://idp.kalix.se', clientId: 'x', clientSecret: 'y' })
    expect(plainHttp.statusCode).toBe(400)
    expect(plainHttp.json().errors[0].message).toMatch(/https/)
  })

  it('removing a provider removes its links, not the accounts', async () => {
    const created = await admin.post('/api/identity-providers', { name: 'Tillfällig', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret })
    const temporary = await person()
    await signIn(new Client(t.app), temporary.login, created.json().id)
    expect(await linksOf(temporary.id)).toHaveLength(1)
    expect((await admin.delete(`/api/identity-providers/${created.json().id}`)).statusCode).toBe(204)
    expect(await linksOf(temporary.id)).toHaveLength(0)
    expect(await t.db.query('select 1 from app_user where id = $1', [temporary.id])).toHaveLength(1)
  })

  it('the login page learns the enabled providers and that passwords are on', async () => {
    const options = (await new Client(t.app).get('/api/auth/providers')).json()
    expect(options.passwordLogin).toBe(true)
    expect(options.providers.map((p: { name: string }) => p.name)).toContain('Testkommunen')
    expect(options.providers.map((p: { name: string }) => p.name)).not.toContain('Avstängd')
  })
})

describe('passwords turned off for the installation (SAMVERKA_PASSWORD_LOGIN=0)', () => {
  it('answers a password login with 403 naming the setting, and the login page is told', async () => {
    const off = await createTestApp({ passwordLogin: false })
    try {
      const user = await buildUser(off.db)
      const attempt = await new Client(off.app).post('/api/auth/login', { email: user.email, password: 'test-password-1234' })
      expect(attempt.statusCode).toBe(403)
      expect(attempt.headers['content-type']).toMatch(/application\/problem\+json/)
      expect(attempt.json()).toMatchObject({ code: 'password_login_off' })
      expect(attempt.json().title).toContain('SAMVERKA_PASSWORD_LOGIN=0')
      expect((await new Client(off.app).get('/api/auth/providers')).json()).toEqual({ providers: [], passwordLogin: false })
    } finally {
      await off.close()
    }
  })

  it('lets nobody choose or reset a password either: the invited sign in through their provider', async () => {
    const off = await createTestApp({ passwordLogin: false })
    try {
      const user = await buildUser(off.db)
      const client = new Client(off.app)
      const refusals = [
        await client.post('/api/auth/password-reset', { email: user.email }),
        await client.post('/api/auth/password-reset/complete', { token: 'x'.repeat(43), password: 'ett langt och bra losenord' }),
        await client.post('/api/invitations/accept', { token: 'x'.repeat(43), password: 'ett langt och bra losenord' }),
      ]
      expect(refusals.map((r) => [r.statusCode, r.json().code])).toEqual(Array(3).fill([403, 'password_login_off']))
      expect(await off.db.query('select 1 from account_token')).toEqual([])
    } finally {
      await off.close()
    }
  })
})
