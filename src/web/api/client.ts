/** The one way the web pages talk to the API: JSON, the CSRF header, and problem+json errors. */

export interface FieldErrors {
  [field: string]: string
}

/** An error from the API, in the user's language (the server reads the samverka_lang cookie). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    /** Messages per body field, e.g. { name: 'För kort' } from path "body.name". */
    readonly fields: FieldErrors,
    /** Every message as sent, in order, several per path included (a refused gate lists each unmet condition). */
    readonly messages: { path: string; message: string }[] = [],
  ) {
    super(title)
  }
}

export function readCookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`))
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined
}

interface Problem {
  title?: string
  code?: string
  errors?: { path: string; message: string }[]
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem = {}
  try {
    problem = (await response.json()) as Problem
  } catch {
    // Not JSON (a proxy error page, say): fall back to the status text.
  }
  const fields: FieldErrors = {}
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^body\./, '')
    fields[field] ??= error.message
  }
  return new ApiError(response.status, problem.code ?? 'unknown', problem.title ?? response.statusText, fields, problem.errors ?? [])
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return send<T>(method, path, headers, body === undefined ? undefined : JSON.stringify(body))
}

/** Sends a file's raw bytes (application/octet-stream), as the attachment upload expects. */
export function upload<T>(path: string, file: Blob): Promise<T> {
  return send<T>('POST', path, { accept: 'application/json', 'content-type': 'application/octet-stream' }, file)
}

// `__Host-samverka_csrf` where the site runs over HTTPS (production), `samverka_csrf` in development.
const csrfCookie = () => readCookie('__Host-samverka_csrf') ?? readCookie('samverka_csrf')

async function send<T>(method: string, path: string, headers: Record<string, string>, body: BodyInit | undefined): Promise<T> {
  if (method !== 'GET') {
    // The server sets the CSRF cookie on any response; the first GET (the session) provides it.
    if (!csrfCookie()) await fetch('/api/health', { credentials: 'same-origin' })
    headers['x-csrf-token'] = csrfCookie() ?? ''
  }
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body })
  if (!response.ok) throw await toApiError(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

export const get = <T>(path: string) => api<T>('GET', path)
