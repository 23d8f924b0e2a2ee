import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { fill } from '../../shared/texts'
import { entityNouns, type EntityCode } from './http.texts'
import { messages, type Locale, type MessageCode } from './messages'

export interface InvalidField {
  path: string
  message: string
}

/** The one error type of Samverka: a stable code, an HTTP status and a message a person can act on. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: InvalidField[] = [],
  ) {
    super(code)
  }
}

/** The parameters of a text; an `entity` named by code is said as its noun in the caller's language. */
type Params = Record<string, string | number> & { entity?: EntityCode }

export const notFound = (entity: EntityCode) => new AppError(404, 'not_found', { entity })
export const forbidden = () => new AppError(403, 'forbidden')
export const staleVersion = () => new AppError(409, 'stale_version')
/** A rule about one field that a schema cannot express, reported like a schema error. */
export const fieldError = (locale: Locale, path: string, code: MessageCode, params: Params = {}) =>
  new AppError(400, 'invalid_request', {}, [{ path, message: translate(locale, code, params) }])

export function localeOf(request: FastifyRequest): Locale {
  const cookie = request.cookies?.samverka_lang
  if (cookie === 'en' || cookie === 'sv') return cookie
  return /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'sv'
}

const isEntityCode = (value: unknown): value is EntityCode => typeof value === 'string' && Object.hasOwn(entityNouns.sv, value)

export function translate(locale: Locale, code: MessageCode, params: Record<string, string | number> = {}): string {
  // Anything else in `entity` (the address of an unknown route) is shown as it is.
  const entity = isEntityCode(params.entity) ? entityNouns[locale][params.entity] : params.entity
  return fill(messages[locale][code], entity === undefined ? params : { ...params, entity })
}

const zodLocales = { sv: z.locales.sv(), en: z.locales.en() }

/** Plain words for the mistakes people make most; zod's own (translated) text for the rest. */
function friendlyMessage(locale: Locale, issue: Record<string, unknown>, value: unknown): string | undefined {
  if (value === undefined && issue.code === 'invalid_type') return translate(locale, 'field_required')
  if (issue.origin === 'string' && issue.code === 'too_small') return translate(locale, 'text_too_short', { minimum: Number(issue.minimum) })
  if (issue.origin === 'string' && issue.code === 'too_big') return translate(locale, 'text_too_long', { maximum: Number(issue.maximum) })
  if (issue.code === 'invalid_format' && issue.format === 'email') return translate(locale, 'invalid_email')
  if (issue.code === 'invalid_format' && issue.format === 'date') return translate(locale, 'invalid_date')
  return undefined
}

/** Database errors that are the caller's doing, as a person would hear them. */
const postgresErrors: Record<string, { status: number; code: MessageCode }> = {
  '23505': { status: 409, code: 'already_exists' },
  '23503': { status: 409, code: 'still_referenced' },
  '23514': { status: 422, code: 'rule_violated' },
}

/**
 * PostgreSQL data errors that only input can cause: a value of the wrong form (22P02), out of a column's range
 * (22003, 22008 dates), a bad date (22007), a NUL or unstorable character (22021, 22P05), too long (22001, 54000).
 * The schemas refuse these first; this is the net under them, so input never becomes a 500.
 */
const postgresDataErrors = new Set(['22P02', '22003', '22007', '22008', '22021', '22P05', '22001', '54000'])

const isMessageCode = (locale: Locale, message: string | undefined): message is MessageCode => !!message && Object.hasOwn(messages[locale], message)

/** Turns every error into application/problem+json (RFC 9457), in the caller's language. */
export function sendProblem(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const locale = localeOf(request)
  let status = 500
  let code: MessageCode = 'internal'
  let params: Record<string, string | number> = {}
  let fields: InvalidField[] = []

  if (error instanceof AppError) {
    ;({ status, code, params, fields } = error)
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    status = 400
    code = 'invalid_request'
    const where = error.validationContext ?? 'body'
    const input = (request as unknown as Record<string, unknown>)[where]
    fields = error.validation.map((validation) => {
      const path = validation.instancePath.split('/').filter(Boolean)
      const value = path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), input)
      const issue = { ...validation.params, code: validation.keyword, path, input: value }
      // A schema's own message is a message code, said in the caller's language; zod's generic text otherwise.
      const message = isMessageCode(locale, validation.message)
        ? translate(locale, validation.message)
        : (friendlyMessage(locale, issue, value) ?? (zodLocales[locale].localeError(issue as never) as string | undefined) ?? validation.message ?? '')
      return { path: [where, ...path].join('.'), message }
    })
  } else if (typeof (error as { code?: unknown }).code === 'string' && postgresErrors[(error as { code: string }).code]) {
    ;({ status, code } = postgresErrors[(error as { code: string }).code]!)
    params = { detail: (error as { constraint?: string }).constraint ?? '' }
  } else if (typeof (error as { code?: unknown }).code === 'string' && postgresDataErrors.has((error as { code: string }).code)) {
    status = 400
    code = 'unusable_value'
    request.log.warn({ err: error }, 'input refused by the database, not by its schema')
  } else if ((error as FastifyError).statusCode && (error as FastifyError).statusCode! < 500) {
    status = (error as FastifyError).statusCode!
    code = status === 429 ? 'too_many_requests' : status === 415 ? 'unsupported_media_type' : 'bad_request'
    params = { detail: error.message }
  }

  if (status >= 500) request.log.error({ err: error }, 'request failed')
  const title = translate(locale, code, params)
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: `https://samverka.se/problems/${code}`,
      title,
      status,
      code,
      detail: fields.length ? fields.map((field) => `${field.path}: ${field.message}`).join('\n') : title,
      ...(fields.length ? { errors: fields } : {}),
      ...(status >= 500 ? { requestId: request.id } : {}),
    })
}
