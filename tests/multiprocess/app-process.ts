import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freePort } from '../../scripts/free-port'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** One real Samverka server process (`node --import tsx src/server/main.ts`), as production runs it, on a port of its own. */
export interface AppProcess {
  url: string
  /** Everything it printed, for the message of a failing test. */
  output: () => string
  /** Resolves with the exit code once the process has ended (for whatever reason). */
  exited: Promise<number | null>
  stop: () => Promise<void>
  /** kill -9: the process ends at once, in the middle of whatever it does, as in a crash. */
  kill: () => Promise<void>
}

export async function startAppProcess(env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const port = await freePort()
  const lines: string[] = []
  // Node itself with tsx's loader, not the tsx command: that runs the server as a child process of its own,
  // which a kill -9 of the command would leave running.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => lines.push(String(chunk)))
  child.stderr!.on('data', (chunk) => lines.push(String(chunk)))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => lines.join(''),
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

/** Waits until the process answers its health check with 200 (ready), or fails with what it printed. */
export async function waitUntilReady(app: AppProcess, seconds = 90) {
  const deadline = Date.now() + seconds * 1000
  let ended: number | null | undefined
  void app.exited.then((code) => (ended = code))
  while (Date.now() < deadline) {
    if (ended !== undefined) throw new Error(`the app process ended (exit code ${ended}) before it was ready:\n${app.output()}`)
    const ready = await fetch(`${app.url}/api/health`).then((response) => response.status === 200, () => false)
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the app process was not ready within ${seconds} s:\n${app.output()}`)
}

/**
 * A browser behind a load balancer: one cookie jar, requests sent to whichever process is named. It
 * echoes the CSRF cookie in the header as the web app does, and comes from the address it is given
 * (X-Forwarded-For, believed because the processes trust the loopback proxy).
 */
export class Browser {
  private cookies = new Map<string, string>()
  constructor(private readonly clientAddress: string) {}

  async request(app: AppProcess, method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = { 'x-forwarded-for': this.clientAddress }
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    const csrf = this.cookies.get('samverka_csrf')
    if (csrf) headers['x-csrf-token'] = csrf
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${app.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';')
      const [name, value = ''] = pair!.trim().split('=')
      const expires = attributes.map((a) => /^\s*expires=(.*)$/i.exec(a)?.[1]).find(Boolean)
      const expired = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || (expires !== undefined && Date.parse(expires) < Date.now())
      if (expired) this.cookies.delete(name!)
      else this.cookies.set(name!, value)
    }
    const text = await response.text()
    return { status: response.status, json: () => JSON.parse(text), text }
  }

  get = (app: AppProcess, path: string) => this.request(app, 'GET', path)
  post = (app: AppProcess, path: string, body?: unknown) => this.request(app, 'POST', path, body ?? {})
}
