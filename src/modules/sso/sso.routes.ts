import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf } from '../../server/http/context'
import { sessionClientOf, sessionSettingsOf, setSessionCookie } from '../auth'
import { ssoPolicy } from './sso.policy'
import { CallbackQuery, CreateProviderBody, IdentityProvider, LoginOptions, MemberChoice, ProviderParams, UpdateProviderBody } from './sso.schema'
import * as sso from './sso.service'

/** The cookie that ties a login at a provider to the browser that began it (SameSite=Lax: the callback is a top-level GET). */
export const browserCookieName = (secure: boolean) => (secure ? '__Host-samverka_oidc' : 'samverka_oidc')

export async function ssoRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['auth']
  const { secureCookies, publicUrl } = app.config
  const browserCookie = browserCookieName(secureCookies)
  const settings = { publicUrl, session: sessionSettingsOf(app.config) }
  const refusedTo = (refusal: sso.SsoRefusal) => `/login?sso_error=${refusal}`

  app.get(
    '/api/auth/providers',
    { schema: { tags, summary: 'How one may log in: the enabled identity providers, and whether Samverka passwords are on', response: { 200: LoginOptions } }, config: { access: ssoPolicy.loginOptions } },
    async () => sso.loginOptions(app.db, app.config.passwordLogin),
  )

  app.get(
    '/api/auth/oidc/:providerId',
    {
      schema: { tags, summary: 'Log in through an identity provider (OpenID Connect): redirects to it with PKCE, state and nonce', params: ProviderParams },
      config: { access: ssoPolicy.startLogin },
    },
    async (request, reply) => {
      const browserId = request.cookies[browserCookie] ?? randomId()
      try {
        const to = await sso.startLogin(app.db, request.params.providerId, browserId, settings)
        reply.setCookie(browserCookie, browserId, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies, maxAge: sso.LOGIN_MINUTES * 60 })
        return reply.redirect(to.href)
      } catch (error) {
        if (!(error instanceof sso.SsoRefused)) throw error
        request.log.warn({ providerId: request.params.providerId, reason: error.message }, 'single sign-on not started')
        return reply.redirect(refusedTo(error.refusal))
      }
    },
  )

  app.get(
    '/api/auth/oidc/:providerId/callback',
    {
      schema: { tags, summary: 'Where the identity provider sends the person back: checks the answer, signs in and redirects', params: ProviderParams, querystring: CallbackQuery },
      config: { access: ssoPolicy.finishLogin },
    },
    async (request, reply) => {
      try {
        const token = await sso.finishLogin(app.db, request.params.providerId, { query: request.query, browserId: request.cookies[browserCookie], client: sessionClientOf(request) }, settings)
        setSessionCookie(reply, app.config, token)
        return reply.redirect('/')
      } catch (error) {
        if (!(error instanceof sso.SsoRefused)) throw error
        request.log.warn({ providerId: request.params.providerId, reason: error.message }, 'single sign-on refused')
        return reply.redirect(refusedTo(error.refusal))
      }
    },
  )

  app.get(
    '/api/identity-providers',
    { schema: { tags, summary: 'Identity providers for single sign-on (administrators; never the client secret)', response: { 200: z.array(IdentityProvider) } }, config: { access: ssoPolicy.listProviders } },
    async (request) => sso.listProviders(ctxOf(request), publicUrl),
  )

  app.get(
    '/api/identity-providers/member-choices',
    { schema: { tags, summary: 'The members a provider may be bound to (administrators)', response: { 200: z.array(MemberChoice) } }, config: { access: ssoPolicy.listMemberChoices } },
    async (request) => sso.listMemberChoices(ctxOf(request)),
  )

  app.post(
    '/api/identity-providers',
    {
      schema: { tags, summary: 'Add an identity provider; its issuer must answer OpenID Connect discovery', body: CreateProviderBody, response: { 201: IdentityProvider } },
      config: { access: ssoPolicy.createProvider },
    },
    async (request, reply) => reply.status(201).send(await sso.createProvider(ctxOf(request), request.body, publicUrl)),
  )

  app.put(
    '/api/identity-providers/:providerId',
    {
      schema: { tags, summary: 'Change an identity provider (the client secret only when sent)', params: ProviderParams, body: UpdateProviderBody, response: { 200: IdentityProvider } },
      config: { access: ssoPolicy.updateProvider },
    },
    async (request) => sso.updateProvider(ctxOf(request), request.params.providerId, request.body, publicUrl),
  )

  app.delete(
    '/api/identity-providers/:providerId',
    { schema: { tags, summary: 'Remove an identity provider and its links to accounts', params: ProviderParams, response: { 204: z.null() } }, config: { access: ssoPolicy.deleteProvider } },
    async (request, reply) => {
      await sso.deleteProvider(ctxOf(request), request.params.providerId)
      return reply.status(204).send(null)
    },
  )
}

const randomId = () => randomBytes(32).toString('base64url')
