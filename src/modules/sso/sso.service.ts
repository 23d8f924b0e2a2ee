import { now } from '../../server/clock'
import type { Database } from '../../server/db/database'
import type { Actor } from '../../server/http/access'
import { hashToken } from '../../server/http/access-hooks'
import type { Ctx } from '../../server/http/context'
import { fieldError, notFound, staleVersion } from '../../server/http/errors'
import { recordChange } from '../audit'
import type { SessionClient } from '../auth'
import { startSession, type SessionSettings } from '../auth'
import { configurationOf, discover, DiscoveryError, finishAuthorization, startAuthorization } from './oidc-client'
import type { CreateProviderBody, IdentityProvider, LoginOptions, UpdateProviderBody } from './sso.schema'
import * as repo from './sso.repository'

/** How long a person has at the provider before the login must be started again. */
export const LOGIN_MINUTES = 10

export const callbackPath = (providerId: string) => `/api/auth/oidc/${providerId}/callback`

// ---- The administrators' list of providers ----------------------------------------------------------

function present(provider: repo.StoredProvider, publicUrl: string): IdentityProvider {
  const { clientSecret: _secret, ...shown } = provider
  return { ...shown, redirectUri: `${publicUrl}${callbackPath(provider.id)}` }
}

/** What the audit log keeps of a provider: everything but the secret, and whether the secret changed. */
const audited = (values: repo.ProviderValues) => {
  const { clientSecret: _secret, ...kept } = values
  return kept
}

export async function listProviders(ctx: Ctx, publicUrl: string) {
  return (await repo.listProviders(ctx.db)).map((provider) => present(provider, publicUrl))
}

export const listMemberChoices = (ctx: Ctx) => repo.listMemberChoices(ctx.db)

export async function loginOptions(db: Database, passwordLogin: boolean): Promise<LoginOptions> {
  return { providers: await repo.listEnabledProviders(db), passwordLogin }
}

/** An enabled provider must answer discovery with a usable document before it is saved. */
async function checkIssuer(ctx: Ctx, values: repo.ProviderValues) {
  if (!values.enabled) return
  try {
    await discover(values)
  } catch (error) {
    if (!(error instanceof DiscoveryError)) throw error
    throw fieldError(ctx.locale, 'body.issuer', error.reason === 'unreachable' ? 'sso_issuer_unreachable' : 'sso_issuer_invalid', {
      issuer: values.issuer,
      detail: error.message,
    })
  }
}

async function checkMember(ctx: Ctx, memberId: string | null) {
  if (!memberId) return
  const [member] = await ctx.db.query('select 1 from member where id = $1', [memberId])
  if (!member) throw fieldError(ctx.locale, 'body.memberId', 'sso_member_unknown')
}

export async function createProvider(ctx: Ctx, body: CreateProviderBody, publicUrl: string) {
  await checkMember(ctx, body.memberId)
  await checkIssuer(ctx, body)
  const id = await ctx.db.transaction(async (tx) => {
    const id = await repo.insertProvider(tx, body)
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'identity_provider.created', entityType: 'identity_provider', entityId: id, after: audited(body) })
    return id
  })
  return present((await repo.findProvider(ctx.db, id))!, publicUrl)
}

export async function updateProvider(ctx: Ctx, providerId: string, body: UpdateProviderBody, publicUrl: string) {
  const current = await repo.findProvider(ctx.db, providerId)
  if (!current) throw notFound('sign_in_service')
  const { version, ...changes } = body
  const values: repo.ProviderValues = { ...changes, clientSecret: changes.clientSecret ?? current.clientSecret }
  await checkMember(ctx, values.memberId)
  // Discovery talks to the provider, so it runs before the transaction rather than holding a lock.
  await checkIssuer(ctx, values)
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findProvider(tx, providerId, { forUpdate: true })
    if (!before) throw notFound('sign_in_service')
    if (!(await repo.updateProvider(tx, providerId, version, values))) throw staleVersion()
    await recordChange(tx, ctx.actor, {
      collaborationId: null,
      action: 'identity_provider.updated',
      entityType: 'identity_provider',
      entityId: providerId,
      before: audited(before),
      after: { ...audited(values), secretChanged: changes.clientSecret !== undefined && changes.clientSecret !== before.clientSecret },
    })
  })
  return present((await repo.findProvider(ctx.db, providerId))!, publicUrl)
}

/** Removes a provider and its links; the accounts stay, and can sign in another way. */
export async function deleteProvider(ctx: Ctx, providerId: string) {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findProvider(tx, providerId, { forUpdate: true })
    if (!current) throw notFound('sign_in_service')
    await repo.deleteProvider(tx, providerId)
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'identity_provider.deleted', entityType: 'identity_provider', entityId: providerId, before: audited(current) })
  })
}

// ---- Signing in through a provider ----------------------------------------------------------------

/**
 * Why a login through a provider did not end signed in; the login page explains each in words. Only
 * the person who just proved who they are at their provider sees which it was.
 */
export type SsoRefusal =
  | 'unavailable' // the provider is unknown, turned off or cannot be reached
  | 'failed' // the answer did not check out: wrong or replayed state, another browser, expired, a bad token
  | 'cancelled' // the person cancelled (or was refused) at the provider
  | 'no_email' // the provider sent no e-mail address
  | 'email_not_verified'
  | 'no_account'
  | 'deactivated'
  | 'not_for_member'
  | 'linked_to_other' // the account is already linked to another person at this provider

export class SsoRefused extends Error {
  constructor(
    readonly refusal: SsoRefusal,
    detail = '',
  ) {
    super(detail || refusal)
  }
}

interface FlowSettings {
  publicUrl: string
  session: SessionSettings
}

/** Starts a login: remembers state, nonce and PKCE verifier for this browser and returns where to send it. */
export async function startLogin(db: Database, providerId: string, browserId: string, settings: FlowSettings): Promise<URL> {
  const provider = await repo.findProvider(db, providerId)
  if (!provider || !provider.enabled) throw new SsoRefused('unavailable', 'unknown or disabled provider')
  const config = await configurationOf(provider).catch((error: Error) => {
    throw new SsoRefused('unavailable', error.message)
  })
  const start = await startAuthorization(config, `${settings.publicUrl}${callbackPath(provider.id)}`)
  const at = now()
  await db.transaction((tx) =>
    repo.insertPendingLogin(
      tx,
      start.state,
      { providerId: provider.id, browserHash: hashToken(browserId), nonce: start.nonce, codeVerifier: start.codeVerifier, expiresAt: new Date(at.getTime() + LOGIN_MINUTES * 60_000) },
      at,
    ),
  )
  return start.url
}

/**
 * Finishes a login at the callback: checks the answer against the login this browser began (once
 * only), reads the person's claims, finds their account and starts a session. Returns the session token.
 */
export async function finishLogin(
  db: Database,
  providerId: string,
  input: { query: Record<string, unknown>; browserId: string | undefined; client: SessionClient },
  settings: FlowSettings,
): Promise<string> {
  const state = typeof input.query.state === 'string' ? input.query.state : ''
  // Taken out before anything else, so that a replayed or forged callback finds nothing the second time.
  const pending = state ? await db.transaction((tx) => repo.takePendingLogin(tx, state)) : undefined
  if (!pending) throw new SsoRefused('failed', 'no login under way with this state')
  if (!input.browserId || hashToken(input.browserId) !== pending.browserHash) throw new SsoRefused('failed', 'the login began in another browser')
  if (pending.providerId !== providerId) throw new SsoRefused('failed', 'the login began at another provider')
  if (new Date(pending.expiresAt) <= now()) throw new SsoRefused('failed', 'the login took too long')
  if (typeof input.query.error === 'string') throw new SsoRefused(input.query.error === 'access_denied' ? 'cancelled' : 'failed', input.query.error)

  const provider = await repo.findProvider(db, providerId)
  if (!provider || !provider.enabled) throw new SsoRefused('unavailable', 'unknown or disabled provider')
  const config = await configurationOf(provider).catch((error: Error) => {
    throw new SsoRefused('unavailable', error.message)
  })
  const callbackUrl = new URL(`${settings.publicUrl}${callbackPath(provider.id)}`)
  for (const [key, value] of Object.entries(input.query)) if (typeof value === 'string') callbackUrl.searchParams.set(key, value)
  const claims = await finishAuthorization(config, callbackUrl, { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier }).catch((error: Error) => {
    throw new SsoRefused('failed', error.message)
  })

  const account = await matchAccount(db, provider, claims)
  if (provider.memberId && !(await repo.holdsRoleForMember(db, account.id, provider.memberId))) throw new SsoRefused('not_for_member')
  // The same session as a password login starts (auth.service), with where it came from for the person's list.
  return (await startSession(db, account.id, settings.session, input.client)).token
}

/**
 * The account a provider's person signs in as: (a) the one already linked to their subject; else the
 * account with their e-mail address, when the provider vouches for it (`email_verified`, or the
 * administrator trusts the provider's addresses), which is then linked. That covers (b) accounts with
 * a password and (c) invited accounts that have none yet. Nobody gets an account by signing in.
 */
async function matchAccount(db: Database, provider: repo.StoredProvider, claims: Record<string, unknown> & { sub: string }) {
  const linked = await repo.findLinkedAccount(db, provider.id, claims.sub)
  if (linked) {
    if (linked.deactivatedAt) throw new SsoRefused('deactivated')
    return linked
  }
  const email = claims[provider.emailClaim]
  if (typeof email !== 'string' || !email.includes('@')) throw new SsoRefused('no_email')
  if (!provider.trustEmail && claims.email_verified !== true) throw new SsoRefused('email_not_verified')
  const account = await repo.findAccountByEmail(db, email)
  if (!account) throw new SsoRefused('no_account')
  if (account.deactivatedAt) throw new SsoRefused('deactivated')
  if (await repo.linkedSubject(db, provider.id, account.id)) throw new SsoRefused('linked_to_other')

  const actor: Actor = { user: { id: account.id, name: account.name, email: account.email, isAdmin: false, locale: 'sv' }, grants: [] }
  await db.transaction(async (tx) => {
    // Two first logins at once: the second finds the link made and has nothing to record.
    if (!(await repo.insertLink(tx, { providerId: provider.id, subject: claims.sub, userId: account.id, at: now() }))) return
    await recordChange(tx, actor, {
      collaborationId: null,
      action: 'user.sso_linked',
      entityType: 'user',
      entityId: account.id,
      after: { provider: provider.name, providerId: provider.id, subject: claims.sub, nameAtProvider: typeof claims[provider.nameClaim] === 'string' ? claims[provider.nameClaim] : null },
    })
  })
  return account
}
