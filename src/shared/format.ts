/**
 * Swedish formats for dates, numbers, amounts and population, shared by the web pages and the API.
 *
 * Decisions (tested in format.test.ts):
 * - Thousands are grouped with U+00A0 (no-break space), as Intl sv-SE does, so "1 234 567 kr"
 *   never wraps between its digits or before "kr". The unit is also joined with U+00A0.
 * - Negative numbers use the ASCII hyphen-minus instead of sv-SE's U+2212, so that a value copied
 *   into a spreadsheet or a search field still reads as a number.
 * - Dates are ISO 8601 (2026-11-24), the Swedish standard; times are shown in Europe/Stockholm.
 * - Numbers keep the Swedish grouping in the English interface too: this is a Swedish product and
 *   the figures must read the same in both languages; only the unit word is translated.
 */

export type FormatLocale = 'sv' | 'en'

/** Shown where a value is unknown (an en dash). */
export const MISSING = '–'

const NBSP = '\u00a0'
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 })
const twoDecimals = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})
const dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Intl's sv-SE output, with every group separator a no-break space and a plain minus sign. */
function normalise(text: string): string {
  return text.replace(/[\u2009\u202f ]/g, NBSP).replace(/\u2212/g, '-')
}

/** 1234567 → "1 234 567" (rounded to whole numbers). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  return normalise(integer.format(value))
}

/** 1234567 → "1 234 567 kr"; amounts with öre keep two decimals: 1234.5 → "1 234,50 kr". */
export function formatKronor(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  const text = Number.isInteger(value) ? integer.format(value) : twoDecimals.format(value)
  return `${normalise(text)}${NBSP}kr`
}

/**
 * Integer öre → "1 234 567 kr", or "1 234 567,89 kr" when there are öre; exact, with no floating point
 * (money is integer öre everywhere). Negative amounts keep a plain minus: "-12,50 kr".
 */
export function formatOre(ore: number | null | undefined): string {
  if (ore === null || ore === undefined || !Number.isSafeInteger(ore)) return MISSING
  const sign = ore < 0 ? '-' : ''
  const abs = Math.abs(ore)
  const kronor = normalise(integer.format(Math.floor(abs / 100)))
  const rest = abs % 100
  return `${sign}${kronor}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}${NBSP}kr`
}

/** 12345 → "12 345 invånare" (or "12 345 inhabitants" in English). */
export function formatPopulation(value: number | null | undefined, locale: FormatLocale = 'sv'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING
  return `${formatNumber(value)}${NBSP}${locale === 'en' ? 'inhabitants' : 'invånare'}`
}

/** A share between 0 and 1 → "12,3 %". */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING
  return normalise(percent.format(share))
}

/** "2026-11-24", from an ISO date, an ISO timestamp (in Swedish time) or a Date. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return MISSING
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return MISSING
  return dateOnly.format(date)
}

/** "2026-11-24 14:05", in Swedish time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return MISSING
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return MISSING
  return dateTime.format(date)
}

/** Today's date in Sweden as "2026-11-24", for date fields' defaults. */
export function todayInSweden(now: Date = new Date()): string {
  return dateOnly.format(now)
}
