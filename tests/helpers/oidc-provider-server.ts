/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on tests, run as a
 * child process by `oidc-provider.ts`: `tsx oidc-provider-server.ts '<json settings>'`. It listens on
 * 127.0.0.1 at a random port, prints `{"issuer": …}` on its first line of output, and offers:
 * - one confidential client, whose redirect URIs are any `<app>/api/auth/oidc/<id>/callback`;
 * - a plain login form (the account's login name, no password: a test stands in for the person);
 * - `POST /test/accounts` to add a person: `{ login, email, email_verified, name, preferred_username? }`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type KoaContextWithOIDC } from 'oidc-provider'

const settings = JSON.parse(process.argv[2] ?? '{}') as { appOrigin: string; clientId: string; clientSecret: string }
const accounts = new Map<string, { email: string; email_verified: boolean; name: string; preferred_username?: string }>()

const readBody = async (request: IncomingMessage) => {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function loginForm(response: ServerResponse, uid: string, error = '') {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  response.end(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Testleverantörens inloggning</title></head>
<body><main><h1>Testleverantörens inloggning</h1>
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="login">Användarnamn</label> <input id="login" name="login" autocomplete="username" required>
<button type="submit">Logga in hos testleverantören</button>
</form></main></body></html>`)
}

const server = createServer()
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: [`${settings.appOrigin}/api/auth/oidc/any/callback`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    findAccount: (_ctx: KoaContextWithOIDC, sub: string) => {
      const account = accounts.get(sub)
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // Samverka is the installation's own (first-party) client: no consent screen, as at a municipality's IdP.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! })
      grant.addOIDCScope('openid email profile')
      await grant.save()
      return grant
    },
    cookies: { keys: ['samverka-test-provider'] },
  })
  // Every callback of the test app is registered at once: the app's provider ids are made during the tests.
  const callback = new RegExp(`^${settings.appOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/api/auth/oidc/[0-9a-f-]+/callback$`)
  provider.Client.prototype.redirectUriAllowed = (uri: string) => callback.test(uri)
  const oidc = provider.callback()

  server.on('request', async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const url = new URL(request.url ?? '/', issuer)
      if (request.method === 'POST' && url.pathname === '/test/accounts') {
        const { login, ...claims } = JSON.parse(await readBody(request)) as { login: string; email: string; email_verified: boolean; name: string; preferred_username?: string }
        accounts.set(login, claims)
        response.writeHead(204).end()
        return
      }
      const interaction = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname)
      if (!interaction) return oidc(request, response)
      const details = await provider.interactionDetails(request, response)
      if (request.method === 'GET') return loginForm(response, details.uid)
      const login = new URLSearchParams(await readBody(request)).get('login') ?? ''
      if (!accounts.has(login)) return loginForm(response, details.uid, `Det finns ingen ${login} här.`)
      await provider.interactionFinished(request, response, { login: { accountId: login } }, { mergeWithLastSubmission: false })
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  })
  process.stdout.write(`${JSON.stringify({ issuer })}\n`)
})
