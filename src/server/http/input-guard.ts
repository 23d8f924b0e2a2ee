import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { fieldError, localeOf } from './errors'

/**
 * Belt and braces beside the schemas (src/shared/schema.ts): a NUL byte anywhere in the address or in the text of
 * a JSON body is refused with a 400 naming where it was, before any route sees it. PostgreSQL cannot store NUL in
 * text, so such a value could only ever end in an error.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL_IN_URL = /%00|\x00/i

/** The path (`body.items.0.title`) of the first string or key in a JSON value that holds a NUL, if any. */
export function pathOfNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (!value || typeof value !== 'object' || depth > 64 || Buffer.isBuffer(value)) return undefined
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return path
    const found = pathOfNul(item, `${path}.${key}`, depth + 1)
    if (found) return found
  }
  return undefined
}

function guard(request: FastifyRequest) {
  if (NUL_IN_URL.test(request.url)) {
    const query = request.url.indexOf('?')
    throw fieldError(localeOf(request), query >= 0 && NUL_IN_URL.test(request.url.slice(query)) ? 'querystring' : 'params', 'text_control_characters')
  }
}

export const inputGuard = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => guard(request))
  app.addHook('preValidation', async (request) => {
    const path = pathOfNul(request.body, 'body')
    if (path) throw fieldError(localeOf(request), path, 'text_control_characters')
  })
})
