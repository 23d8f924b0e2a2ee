import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

export interface TestAccount {
  login: string
  email: string
  email_verified: boolean
  name: string
  /** Where Entra ID puts the sign-in name (often the e-mail address) when `email` is not sent. */
  preferred_username?: string
}

/** A real OpenID Connect provider in its own process (oidc-provider-server.ts), for one test file. */
export interface TestOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  addAccount: (account: TestAccount) => Promise<void>
  /** Follows the provider's pages from the authorization URL, logging in as `login`; returns where it sends the browser back. */
  logIn: (authorizationUrl: string, login: string) => Promise<URL>
  stop: () => Promise<void>
}

const serverFile = fileURLToPath(new URL('./oidc-provider-server.ts', import.meta.url))

/** Starts the provider with its client registered for callbacks under `appOrigin` (the app's SAMVERKA_PUBLIC_URL). */
export async function startOidcProvider(appOrigin: string): Promise<TestOidcProvider> {
  const clientId = 'samverka-test'
  const clientSecret = 'samverka-test-secret-0123456789abcdef'
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', serverFile, JSON.stringify({ appOrigin, clientId, clientSecret })], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let errors = ''
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer))
    child.once('exit', (code) => reject(new Error(`the test OIDC provider stopped (${code}): ${errors}`)))
  })

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: async (account) => {
      const response = await fetch(`${issuer}/test/accounts`, { method: 'POST', body: JSON.stringify(account) })
      if (response.status !== 204) throw new Error(`adding ${account.login} failed: ${response.status}`)
    },
    logIn: async (authorizationUrl, login) => {
      const cookies = new Map<string, string>()
      let url = new URL(authorizationUrl)
      let body: string | undefined
      for (let step = 0; step < 10; step++) {
        const response = await fetch(url, {
          method: body ? 'POST' : 'GET',
          redirect: 'manual',
          headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
          body,
        })
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(';')
          const at = pair!.indexOf('=')
          cookies.set(pair!.slice(0, at), pair!.slice(at + 1))
        }
        body = undefined
        const location = response.headers.get('location')
        if (location) {
          url = new URL(location, url)
          if (url.origin !== issuer) return url
          continue
        }
        const page = await response.text()
        const form = /<form method="post" action="([^"]+)"/.exec(page)
        if (response.status !== 200 || !form) throw new Error(`the provider answered ${response.status}: ${page.slice(0, 300)}`)
        url = new URL(form[1]!, url)
        body = new URLSearchParams({ login }).toString()
      }
      throw new Error('the provider kept redirecting')
    },
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
    },
  }
}
