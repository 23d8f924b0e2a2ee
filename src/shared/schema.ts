import { z } from 'zod'

/**
 * The primitives every request schema is built from, so that no input the schema lets through can make the
 * database refuse it (a NUL byte, year 0000, a version beyond int4): such input is a 400 naming the field.
 * Messages are keys of src/server/http/messages.ts; the error mapper translates them.
 */

/** The largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647

/** No control characters other than tab, line feed and carriage return (C0, DEL and C1): also in the OpenAPI document. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const WITHOUT_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/
/** Half of a UTF-16 pair without its other half: it has no UTF-8 form to store. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const hasControlCharacters = (value: string) => !WITHOUT_CONTROL.test(value) || LONE_SURROGATE.test(value)

/** Text a person typed: trimmed, at most `max` characters, no control characters except tab and new line. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(WITHOUT_CONTROL, { message: 'text_control_characters' })
    .refine((value) => !LONE_SURROGATE.test(value), { message: 'text_control_characters' })

/** Like `text` but kept exactly as sent (passwords, keys of a document's values). */
export const rawText = (max: number) =>
  z
    .string()
    .max(max)
    .regex(WITHOUT_CONTROL, { message: 'text_control_characters' })
    .refine((value) => !LONE_SURROGATE.test(value), { message: 'text_control_characters' })

export const FIRST_YEAR = 1900
export const LAST_YEAR = 2200
/** Only the year is checked here; a value that is not a date at all already has its own message. */
const saneYear = (value: string) => {
  const year = /^(\d{4})-/.exec(value)?.[1]
  return year === undefined || (Number(year) >= FIRST_YEAR && Number(year) <= LAST_YEAR)
}

/** A calendar date, YYYY-MM-DD, between 1900 and 2200 (PostgreSQL has no year 0000). */
export const isoDate = z.iso.date().refine(saneYear, { message: 'date_out_of_range' })

/** A moment with its offset, e.g. 2026-11-24T13:00:00+01:00, in the same years. */
export const isoDateTime = z.iso.datetime({ offset: true }).refine(saneYear, { message: 'date_out_of_range' })

/** A whole number that fits an `integer` column. */
export const int4 = (min = 0, max = INT4_MAX) => z.number().int().min(min).max(max)

/** The version of a record that was read (optimistic locking); versions start at 1, and any other is stale (409). */
export const version = int4(0)

/** The same, sent in the query string (`?version=3`). */
export const queryVersion = z.coerce.number().int().min(0).max(INT4_MAX)
