import * as oidc from 'openid-client'

/** What Samverka needs of a provider to talk to it. */
export interface ProviderClient {
  id: string
  issuer: string
  clientId: string
  clientSecret: string
  version: number
}

/** Why a provider could not be used: unreachable, or its discovery document is not one we can use. */
export class DiscoveryError extends Error {
  constructor(readonly reason: 'unreachable' | 'invalid', detail: string) {
    super(detail)
  }
}

export const SCOPES = 'openid email profile'
const DISCOVERY_TIMEOUT_SECONDS = 10

/**
 * Plain HTTP only to a provider on this machine (the tests' provider, a developer's); a real
 * provider is reached over HTTPS, which openid-client insists on otherwise.
 */
const isLoopback = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)

/**
 * Reads the provider's discovery document (`<issuer>/.well-known/openid-configuration`) and returns the
 * client configuration. openid-client checks that the document names the same issuer.
 */
export async function discover(provider: Omit<ProviderClient, 'id' | 'version'>): Promise<oidc.Configuration> {
  let issuer: URL
  try {
    issuer = new URL(provider.issuer)
  } catch {
    throw new DiscoveryError('invalid', 'not a URL')
  }
  if (issuer.protocol !== 'https:' && !isLoopback(issuer)) throw new DiscoveryError('invalid', 'the issuer must be an https address')
  let config: oidc.Configuration
  try {
    config = await oidc.discovery(issuer, provider.clientId, undefined, undefined, {
      timeout: DISCOVERY_TIMEOUT_SECONDS,
      execute: isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
    })
  } catch (error) {
    // A network failure or timeout is "unreachable"; an answer we cannot use (not JSON, another issuer) is "invalid".
    const code = (error as { code?: string }).code ?? ''
    throw new DiscoveryError(code.startsWith('OAUTH_') ? 'invalid' : 'unreachable', (error as Error).message)
  }
  const metadata = config.serverMetadata()
  if (!metadata.authorization_endpoint || !metadata.token_endpoint || !metadata.jwks_uri) {
    throw new DiscoveryError('invalid', 'the document lacks the authorization, token or keys endpoint')
  }
  if (metadata.response_types_supported && !metadata.response_types_supported.includes('code')) {
    throw new DiscoveryError('invalid', 'the provider does not offer the authorization code flow')
  }
  // OpenID Connect's default is client_secret_basic; use POST only where that is all the provider takes.
  const methods = metadata.token_endpoint_auth_methods_supported
  const usePost = Boolean(methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post'))
  const client = new oidc.Configuration(
    metadata,
    provider.clientId,
    provider.clientSecret,
    usePost ? oidc.ClientSecretPost(provider.clientSecret) : oidc.ClientSecretBasic(provider.clientSecret),
  )
  if (isLoopback(issuer)) oidc.allowInsecureRequests(client)
  return client
}

// Discovery once per provider version and process; a saved change makes a new version and a new lookup.
const configurations = new Map<string, Promise<oidc.Configuration>>()

export function configurationOf(provider: ProviderClient): Promise<oidc.Configuration> {
  const key = `${provider.id}:${provider.version}`
  let config = configurations.get(key)
  if (!config) {
    config = discover(provider)
    // A failed lookup is not kept: the next login tries again.
    config.catch(() => configurations.delete(key))
    configurations.set(key, config)
  }
  return config
}

export interface AuthorizationStart {
  url: URL
  state: string
  nonce: string
  codeVerifier: string
}

/** The address to send the browser to, with a fresh state, nonce and PKCE (S256) verifier. */
export async function startAuthorization(config: oidc.Configuration, redirectUri: string): Promise<AuthorizationStart> {
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPES,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  return { url, state, nonce, codeVerifier }
}

/**
 * Exchanges the code and returns the person's claims: the ID token's (checked by openid-client for
 * signature, issuer, audience, expiry and nonce) with the userinfo answer's added, since many
 * providers put e-mail and name only there.
 */
export async function finishAuthorization(
  config: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown> & { sub: string }> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  })
  const idClaims = tokens.claims()!
  if (!config.serverMetadata().userinfo_endpoint) return { ...idClaims }
  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)
  return { ...userinfo, ...idClaims }
}
