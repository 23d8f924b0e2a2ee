/**
 * The file format of a benefits export and import (issue 18): one row per indicator × member × measurement (or none),
 * Swedish column headers, values as exact decimals with a decimal comma ("1234,50"; "1234,5" and "1234" are read too),
 * dates YYYY-MM-DD. Pure: rows ⇄ cells ⇄ structure; reading and writing files is the service's.
 */
import { parseHundredths } from '../../shared/hundredths'
import { isoDate } from '../../shared/schema'
import type { BenefitClass } from './benefits.repository'
import type { Direction } from './realisation'

export const HEADERS = [
  'Effekt',
  'Indikator',
  'Enhet',
  'Riktning (mer/mindre)',
  'Klass (ekonomisk/frigjord tid/kvalitet)',
  'Uppföljning (månader)',
  'Medlem',
  'Medlemskod',
  'Utgångsvärde',
  'Utgångsdatum',
  'Källa',
  'Målvärde',
  'Måldatum',
  'Mätvärde',
  'Mätdatum',
  'Anteckning',
] as const
export type Header = (typeof HEADERS)[number]

const DIRECTION_WORDS: Record<Direction, string> = { increase: 'mer', decrease: 'mindre' }
const CLASS_WORDS: Record<BenefitClass, string> = { financial: 'ekonomisk', reallocated_time: 'frigjord tid', quality: 'kvalitet' }

/** One line of the file, as values (hundredths, ISO dates); a member's figures repeat on each of its measurement rows. */
export interface TransferRow {
  effect: string
  indicator: string
  unit: string
  direction: Direction
  benefitClass: BenefitClass
  measureEveryMonths: number
  /** Empty when the indicator has no participating member yet. */
  member: string
  memberCode: string
  baselineValue: number | null
  baselineDate: string | null
  baselineSource: string
  targetValue: number | null
  targetDate: string | null
  measurementValue: number | null
  measurementDate: string | null
  note: string
}

/** Hundredths → "1234,50", "-0,05": exact, no thousands separator. */
export function formatHundredths(value: number): string {
  const digits = String(Math.abs(value)).padStart(3, '0')
  return `${value < 0 ? '-' : ''}${digits.slice(0, -2)},${digits.slice(-2)}`
}

/** A text Excel would read as a formula gets a leading apostrophe (CSV injection); the import drops it again. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
const uninert = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text)

/** The row as the file's cells: texts, with numbers as exact decimal text (CSV). */
export function rowCells(row: TransferRow): string[] {
  const value = (v: number | null) => (v === null ? '' : formatHundredths(v))
  return [
    inert(row.effect),
    inert(row.indicator),
    inert(row.unit),
    DIRECTION_WORDS[row.direction],
    CLASS_WORDS[row.benefitClass],
    String(row.measureEveryMonths),
    inert(row.member),
    inert(row.memberCode),
    value(row.baselineValue),
    row.baselineDate ?? '',
    inert(row.baselineSource),
    value(row.targetValue),
    row.targetDate ?? '',
    value(row.measurementValue),
    row.measurementDate ?? '',
    inert(row.note),
  ]
}

/** The row for a spreadsheet: values and months as numbers (units, not hundredths), dates as text so they round-trip. */
export function rowSheetCells(row: TransferRow): (string | number | null)[] {
  const value = (v: number | null) => (v === null ? null : v / 100)
  const cells: (string | number | null)[] = rowCells(row)
  cells[5] = row.measureEveryMonths
  cells[8] = value(row.baselineValue)
  cells[11] = value(row.targetValue)
  cells[13] = value(row.measurementValue)
  return cells
}

/** A spreadsheet's number as the file's decimal text; more than two decimals stay visible so the import refuses them. */
export function sheetNumberText(value: number): string {
  const hundredths = Math.round(value * 100)
  return Math.abs(value * 100 - hundredths) < 1e-6 && Number.isSafeInteger(hundredths) ? formatHundredths(hundredths) : String(value).replace('.', ',')
}

/** What is wrong with one cell: its line in the file (the header is line 1), its column and a text code. */
export interface CellProblem {
  line: number
  column: Header
  code: TransferProblemCode
  params?: Record<string, string>
}
export type TransferProblemCode =
  | 'benefit_import_missing'
  | 'benefit_import_text_too_long'
  | 'benefit_import_not_a_value'
  | 'benefit_import_not_a_date'
  | 'benefit_import_not_a_word'
  | 'benefit_import_not_months'
  | 'benefit_import_pair'
  | 'benefit_import_conflict'

/** Reads the cells of a file (first line the headers, in any order) into rows, or every problem found. */
export function parseCells(lines: string[][]): { rows: (TransferRow & { line: number })[]; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const [header = [], ...body] = lines
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]))
  const columnOf = HEADERS.map((h) => index.get(h.toLowerCase()))
  HEADERS.forEach((h, i) => columnOf[i] === undefined && problems.push({ line: 1, column: h, code: 'benefit_import_missing' }))
  if (problems.length) return { rows: [], problems }
  const rows: (TransferRow & { line: number })[] = []
  body.forEach((cells, i) => {
    const line = i + 2
    if (cells.every((cell) => cell.trim() === '')) return
    const cell = (h: Header) => uninert((cells[columnOf[HEADERS.indexOf(h)]!] ?? '').trim())
    const problem = (column: Header, code: TransferProblemCode, params?: Record<string, string>) => problems.push({ line, column, code, ...(params ? { params } : {}) })
    const textOf = (h: Header, max: number, required: boolean) => {
      const text = cell(h)
      if (required && !text) problem(h, 'benefit_import_missing')
      else if (text.length > max) problem(h, 'benefit_import_text_too_long', { maximum: String(max) })
      return text
    }
    const valueOf = (h: Header) => {
      const text = cell(h)
      if (!text) return null
      const value = parseHundredths(text)
      if (value === null) problem(h, 'benefit_import_not_a_value', { text })
      return value
    }
    const dateOf = (h: Header) => {
      const text = cell(h)
      if (!text) return null
      if (!isoDate.safeParse(text).success) problem(h, 'benefit_import_not_a_date', { text })
      return text
    }
    const wordOf = <T extends string>(h: Header, words: Record<T, string>): T => {
      const text = cell(h).toLowerCase()
      const found = (Object.keys(words) as T[]).find((key) => words[key] === text)
      if (!found) problem(h, 'benefit_import_not_a_word', { words: Object.values<string>(words).join(', ') })
      return found ?? (Object.keys(words)[0] as T)
    }
    const monthsText = cell('Uppföljning (månader)')
    // A spreadsheet's number arrives as "12,00".
    const monthsHundredths = parseHundredths(monthsText)
    const months = monthsHundredths !== null && monthsHundredths % 100 === 0 ? monthsHundredths / 100 : 0
    if (months < 1 || months > 24) problem('Uppföljning (månader)', 'benefit_import_not_months')
    const row: TransferRow & { line: number } = {
      line,
      effect: textOf('Effekt', 200, true),
      indicator: textOf('Indikator', 200, true),
      unit: textOf('Enhet', 40, true),
      direction: wordOf('Riktning (mer/mindre)', DIRECTION_WORDS),
      benefitClass: wordOf('Klass (ekonomisk/frigjord tid/kvalitet)', CLASS_WORDS),
      measureEveryMonths: months,
      member: textOf('Medlem', 200, false),
      memberCode: textOf('Medlemskod', 200, false),
      baselineValue: valueOf('Utgångsvärde'),
      baselineDate: dateOf('Utgångsdatum'),
      baselineSource: textOf('Källa', 500, false),
      targetValue: valueOf('Målvärde'),
      targetDate: dateOf('Måldatum'),
      measurementValue: valueOf('Mätvärde'),
      measurementDate: dateOf('Mätdatum'),
      note: textOf('Anteckning', 500, false),
    }
    const pair = (a: Header, b: Header) => {
      const [x, y] = [cell(a), cell(b)]
      if (Boolean(x) !== Boolean(y)) problem(x ? b : a, 'benefit_import_pair', { other: x ? a : b })
    }
    pair('Utgångsvärde', 'Utgångsdatum')
    pair('Mätvärde', 'Mätdatum')
    const hasFigures = cell('Utgångsvärde') || cell('Målvärde') || cell('Mätvärde')
    if (hasFigures && !row.member && !row.memberCode) problem('Medlem', 'benefit_import_missing')
    rows.push(row)
  })
  return { rows, problems }
}

/** A member's figures for one indicator as the file states them, with the lines they came from. */
export interface TransferMember {
  member: string
  memberCode: string
  line: number
  figures: { baselineValue: number; baselineDate: string; baselineSource: string; targetValue: number | null; targetDate: string | null } | null
  measurements: { value: number; date: string; note: string; line: number }[]
}
export interface TransferIndicator {
  effect: string
  name: string
  unit: string
  direction: Direction
  benefitClass: BenefitClass
  measureEveryMonths: number
  line: number
  members: TransferMember[]
}

const memberKey = (row: { member: string; memberCode: string }) => (row.memberCode || row.member).toLowerCase()

/**
 * Groups rows into indicators (by effect and name) and members; the rows of one indicator must agree on its unit,
 * direction, class and follow-up, and the rows of one member on its baseline and target.
 */
export function groupRows(rows: (TransferRow & { line: number })[]): { indicators: TransferIndicator[]; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const indicators = new Map<string, TransferIndicator>()
  for (const row of rows) {
    const key = JSON.stringify([row.effect, row.indicator])
    let indicator = indicators.get(key)
    if (!indicator) {
      indicator = { effect: row.effect, name: row.indicator, unit: row.unit, direction: row.direction, benefitClass: row.benefitClass, measureEveryMonths: row.measureEveryMonths, line: row.line, members: [] }
      indicators.set(key, indicator)
    }
    const conflict = (column: Header) => problems.push({ line: row.line, column, code: 'benefit_import_conflict', params: { line: String(indicator.line) } })
    if (row.unit !== indicator.unit) conflict('Enhet')
    if (row.direction !== indicator.direction) conflict('Riktning (mer/mindre)')
    if (row.benefitClass !== indicator.benefitClass) conflict('Klass (ekonomisk/frigjord tid/kvalitet)')
    if (row.measureEveryMonths !== indicator.measureEveryMonths) conflict('Uppföljning (månader)')
    if (!row.member && !row.memberCode) continue
    const figures =
      row.baselineValue !== null && row.baselineDate !== null
        ? { baselineValue: row.baselineValue, baselineDate: row.baselineDate, baselineSource: row.baselineSource, targetValue: row.targetValue, targetDate: row.targetDate }
        : null
    let member = indicator.members.find((m) => memberKey(m) === memberKey(row))
    if (!member) {
      member = { member: row.member, memberCode: row.memberCode, line: row.line, figures, measurements: [] }
      indicator.members.push(member)
    } else if (JSON.stringify(member.figures) !== JSON.stringify(figures)) {
      problems.push({ line: row.line, column: 'Utgångsvärde', code: 'benefit_import_conflict', params: { line: String(member.line) } })
    }
    if (row.measurementValue !== null && row.measurementDate !== null) member.measurements.push({ value: row.measurementValue, date: row.measurementDate, note: row.note, line: row.line })
  }
  return { indicators: [...indicators.values()], problems }
}
