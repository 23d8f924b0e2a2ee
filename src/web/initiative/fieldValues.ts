import { formatDate, formatKronor, formatNumber, MISSING } from '../../shared/format'

type Kind = 'text' | 'textarea' | 'date' | 'number' | 'amount'
type Value = string | number | null | undefined

/** A document field's value for reading: amounts as "1 234 567 kr", numbers grouped, dates as 2026-11-24. */
export function formatFieldValue(kind: Kind, value: Value): string {
  if (value === null || value === undefined || value === '') return MISSING
  if (kind === 'amount') return typeof value === 'number' ? formatKronor(value) : String(value)
  if (kind === 'number') return typeof value === 'number' ? formatNumber(value) : String(value)
  if (kind === 'date') return formatDate(String(value))
  return String(value)
}

/** A value as the form's text field shows it (numbers without grouping, so they can be edited). */
export function fieldText(value: Value): string {
  return value === null || value === undefined ? '' : String(value)
}

/** The form's text back into a value: numbers and amounts parsed ("1 234,50" → 1234.5), empty → null; unparsable text is sent as is, so the server can say what is wrong. */
export function parseFieldText(kind: Kind, text: string): string | number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (kind === 'number' || kind === 'amount') {
    const normalised = trimmed.replace(/[\s\u00a0]|kr$/gi, '').replace(',', '.')
    const number = Number(normalised)
    return normalised !== '' && Number.isFinite(number) ? number : trimmed
  }
  return trimmed
}
