import { formatOre, MISSING } from '../../shared/format'
import { parseHundredths as parseShared } from '../../shared/hundredths'

const NBSP = '\u00a0'
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)

/** A unit of money: its values are öre and are shown as kronor. */
export const isKronor = (unit: string) => /^(kr|kronor|sek)$/i.test(unit.trim())

/**
 * A value in hundredths of its unit, exactly and in Swedish: 1250 → "12,5", 123456 → "1 234,56", -300 → "-3".
 * No floating point: the integer is split into whole units and hundredths.
 */
export function formatHundredths(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isSafeInteger(value)) return MISSING
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  const whole = group(String(Math.floor(abs / 100)))
  const rest = String(abs % 100).padStart(2, '0').replace(/0+$/, '')
  return `${sign}${whole}${rest ? `,${rest}` : ''}`
}

/** A value with its unit: "12,5 timmar"; money ("kr") as "1 234,50 kr" like every amount. */
export function formatIndicatorValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return MISSING
  if (isKronor(unit)) return formatOre(value)
  const text = formatHundredths(value)
  return unit.trim() ? `${text}${NBSP}${unit.trim()}` : text
}

/** A signed change, a plus for a gain: "+12,5 timmar", "-3 kr". */
export function formatChange(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return MISSING
  const text = formatIndicatorValue(value, unit)
  return value > 0 ? `+${text}` : text
}

/** Basis points (10 000 = 100 %) → "45,25 %", exactly. */
export function formatBasisPoints(basisPoints: number | null | undefined): string {
  if (basisPoints === null || basisPoints === undefined || !Number.isSafeInteger(basisPoints)) return MISSING
  return `${formatHundredths(basisPoints)}${NBSP}%`
}

/** What a form field holds for a value: "1234,56" (no grouping, so it reads back exactly). */
export function hundredthsToInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return formatHundredths(value).replace(/\u00a0/g, '')
}

/** A typed figure → hundredths (the shared rule); null for an empty field, NaN for anything else, which the form reports at the field. */
export function parseHundredths(text: string): number | null {
  if (text.trim() === '') return null
  return parseShared(text) ?? Number.NaN
}
