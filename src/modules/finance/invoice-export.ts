// A member's invoice basis (fakturaunderlag) as CSV and Excel, laid out so a municipality's finance
// office can check every line by hand: cost key, quantity, formula and amount side by side.
import { FINANCE_LABELS } from '../../shared/finance-labels'
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { MISSING, formatDateTime, formatPopulation } from '../../shared/format'
import type { FinanceOverview, InvoiceBasis, InvoiceLine, YearGaps } from './finance.schema'

type Locale = 'sv' | 'en'
type Value = string | number | null

/** Excel stores the format in en-US notation; a Swedish Excel shows it as "1 234 567,89 kr". */
const MONEY = '#,##0.00 "kr"'
const INTEGER = '#,##0'

const TEXT = {
  sv: {
    file: 'fakturaunderlag', allMembers: 'alla-medlemmar', quarterFile: 'K', quarterLabel: 'kvartal',
    sheet: 'Fakturaunderlag', inKindSheet: 'Egeninsats', overviewSheet: 'Översikt', overviewTitle: 'Fakturaunderlag – översikt',
    collaboration: 'Samverkan', member: 'Medlem', code: 'Kommunkod', population: 'Befolkning', period: 'Period', generatedAt: 'Skapat',
    total: 'Summa', yes: 'ja', no: 'nej',
    kinds: FINANCE_LABELS.sv.invoiceLineKind,
    categories: FINANCE_LABELS.sv.costCategory,
    quantities: { equal: 'Lika delar', population: 'Befolkning', units: 'Användning', weight: 'Vikt', price: 'Fast avgift + per invånare', fixed: 'Fast belopp', exempt: 'Undantagen', minimum: 'Golv', maximum: 'Tak', settlement: 'Avräkning', funding: 'Borgen för externt bidrag' },
    inKind: ['Budget', 'Roll', 'Beskrivning', 'Timmar', 'Timpris', 'Värde'],
    guarantees: 'Borgen för sökta bidrag som ännu inte beslutats',
    guarantee: ['Budget', 'Bidragsgivare', 'Sökt belopp', 'Medlemmens andel'],
    overview: ['Medlem', 'Kod', 'Befolkning', 'Att betala', 'Egeninsats', 'Per invånare'],
    preliminary: 'Preliminär', final: 'Fastställd', preliminaryTitle: 'PRELIMINÄRT', missing: 'Saknas',
    drafts: (names: string) => `Bygger på budgetutkast som inte är fastställda: ${names}.`,
    noBudget: (scope: string, year: number, last: number) => `Ingen budget för ${year} än: ${scope} (senast ${last}).`,
    noIndex: (series: string, year: number, lines: string) => `${series} ${year} saknas, så raderna är inte uppräknade: ${lines}.`,
    rounding: 'avrundning +1 öre',
  },
  en: {
    file: 'invoice-basis', allMembers: 'all-members', quarterFile: 'Q', quarterLabel: 'quarter',
    sheet: 'Invoice basis', inKindSheet: 'In-kind', overviewSheet: 'Overview', overviewTitle: 'Invoice basis – overview',
    collaboration: 'Collaboration', member: 'Member', code: 'Municipality code', population: 'Population', period: 'Period', generatedAt: 'Generated',
    total: 'Total', yes: 'yes', no: 'no',
    kinds: FINANCE_LABELS.en.invoiceLineKind,
    categories: FINANCE_LABELS.en.costCategory,
    quantities: { equal: 'Equal parts', population: 'Population', units: 'Usage', weight: 'Weight', price: 'Fixed fee + per inhabitant', fixed: 'Fixed amount', exempt: 'Exempt', minimum: 'Minimum', maximum: 'Maximum', settlement: 'Settlement', funding: 'Funding guarantee' },
    inKind: ['Budget', 'Role', 'Description', 'Hours', 'Hourly rate', 'Value'],
    guarantees: 'Guarantees for grants awaiting a decision',
    guarantee: ['Budget', 'Funder', 'Amount applied for', 'Member’s share'],
    overview: ['Member', 'Code', 'Population', 'To pay', 'In-kind', 'Per inhabitant'],
    preliminary: 'Preliminary', final: 'Adopted', preliminaryTitle: 'PRELIMINARY', missing: 'Missing',
    drafts: (names: string) => `Rests on draft budgets not yet adopted: ${names}.`,
    noBudget: (scope: string, year: number, last: number) => `No budget for ${year} yet: ${scope} (last ${last}).`,
    noIndex: (series: string, year: number, lines: string) => `${series} ${year} is missing, so these lines are not raised: ${lines}.`,
    rounding: 'rounding +1 öre',
  },
} as const

/** Every gap of the year as [label, text] rows, the draft budgets first. */
export function gapRows(gaps: YearGaps, year: number, locale: Locale): [string, string][] {
  const t = TEXT[locale]
  const rows: [string, string][] = []
  if (gaps.draftBudgets.length) rows.push([t.preliminary, t.drafts(gaps.draftBudgets.map((b) => b.scopeName).join(', '))])
  for (const missing of gaps.missingBudgets) rows.push([t.missing, t.noBudget(missing.scopeName, year, missing.lastYear)])
  for (const index of gaps.missingIndex) rows.push([t.missing, t.noIndex(index.series, index.year, index.lines.map((l) => `${l.scopeName}: ${l.description}`).join('; '))])
  return rows
}

/** A credit's quantity is what the member paid, in öre like every amount; other quantities are counts. */
const quantityInOre = (line: InvoiceLine) => line.quantity.kind === 'settlement'

/** One column of the invoice basis, shared by the CSV and the workbook. `ore` columns hold integer öre. */
interface Column {
  heading: Record<Locale, string>
  width: number
  format?: 'ore' | 'integer'
  /** The line's own format where it differs from the column's (a credit's quantity in kronor). */
  formatOf?: (line: InvoiceLine) => 'ore' | 'integer'
  value: (line: InvoiceLine, locale: Locale) => Value
  /** The total row's figure, in öre. */
  total?: (basis: InvoiceBasis) => number
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

const COLUMNS: Column[] = [
  { heading: { sv: 'Budget', en: 'Budget' }, width: 28, value: (line) => line.scopeName },
  { heading: { sv: 'Radtyp', en: 'Line type' }, width: 18, value: (line, locale) => TEXT[locale].kinds[line.kind] },
  { heading: { sv: 'Kategori', en: 'Category' }, width: 18, value: (line, locale) => (line.category ? TEXT[locale].categories[line.category] : null) },
  { heading: { sv: 'Beskrivning', en: 'Description' }, width: 36, value: (line) => line.description },
  { heading: { sv: 'Fördelningsnyckel', en: 'Cost key' }, width: 26, value: (line) => (line.key ? `${line.key.name} (v${line.key.versionNo})` : null) },
  {
    heading: { sv: 'Fördelningsgrund', en: 'Quantity' },
    width: 20,
    value: ({ quantity }, locale) => `${TEXT[locale].quantities[quantity.kind]}${quantity.unitName ? ` (${quantity.unitName})` : ''}`,
  },
  { heading: { sv: 'Medlemmens värde', en: 'Member’s quantity' }, width: 14, format: 'integer', formatOf: (line) => (quantityInOre(line) ? 'ore' : 'integer'), value: (line) => line.quantity.value },
  { heading: { sv: 'År för värdet', en: 'Quantity year' }, width: 10, value: (line) => line.quantity.year },
  { heading: { sv: 'Summa för alla betalare', en: 'Basis total (all payers)' }, width: 16, format: 'integer', formatOf: (line) => (quantityInOre(line) ? 'ore' : 'integer'), value: (line) => line.quantity.basisTotal },
  { heading: { sv: 'Antal betalare', en: 'Payers' }, width: 10, value: (line) => line.quantity.payers },
  { heading: { sv: 'Radens belopp (kr)', en: 'Line total (SEK)' }, width: 18, format: 'ore', value: (line) => line.lineTotalOre },
  { heading: { sv: 'Beräkning', en: 'Formula' }, width: 60, value: (line) => line.formula },
  {
    heading: { sv: 'Andel för året (kr)', en: 'Share for the year (SEK)' },
    width: 18,
    format: 'ore',
    value: (line) => line.yearAmountOre,
    total: (basis) => sum(basis.lines.map((line) => line.yearAmountOre)),
  },
  { heading: { sv: 'Belopp för perioden (kr)', en: 'Amount for the period (SEK)' }, width: 18, format: 'ore', value: (line) => line.amountOre, total: (basis) => basis.totalOre },
  { heading: { sv: 'Betalas i förskott', en: 'Paid in advance' }, width: 10, value: (line, locale) => (line.paidInAdvance ? TEXT[locale].yes : TEXT[locale].no) },
  { heading: { sv: 'Avrundning', en: 'Rounding' }, width: 16, value: (line, locale) => (line.roundingOre ? TEXT[locale].rounding : null) },
  { heading: { sv: 'Budgetens status', en: 'Budget status' }, width: 14, value: (line, locale) => (line.preliminary ? TEXT[locale].preliminary : TEXT[locale].final) },
]

/** Integer öre → "1234567,89" (or "-12,50"), exactly: no thousands separator, comma decimals, plain minus. */
function plainKronor(ore: number): string {
  const abs = Math.abs(ore)
  const rest = abs % 100
  return `${ore < 0 ? '-' : ''}${(abs - rest) / 100},${String(rest).padStart(2, '0')}`
}

/** A text that Excel would read as a formula gets a leading apostrophe (CSV injection). */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

const formatOfCell = (column: Column, line: InvoiceLine) => column.formatOf?.(line) ?? column.format

function csvCell(format: Column['format'], value: Value): string {
  if (value === null) return ''
  if (typeof value === 'string') return inert(value)
  return format === 'ore' ? plainKronor(value) : String(value).replace('.', ',')
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

function fileName(locale: Locale, parts: (string | undefined)[], year: number, quarter: number | null, extension: string): string {
  const period = quarter === null ? String(year) : `${year}-${TEXT[locale].quarterFile}${quarter}`
  return `${[TEXT[locale].file, ...parts.map((part) => slug(part ?? '')), period].filter(Boolean).join('-')}.${extension}`
}

export function invoiceBasisCsv(basis: InvoiceBasis, locale: Locale): { fileName: string; content: string } {
  const rows = basis.lines.map((line) => COLUMNS.map((column) => csvCell(formatOfCell(column, line), column.value(line, locale))))
  const total = COLUMNS.map((column, i) => (i === 0 ? TEXT[locale].total : column.total ? plainKronor(column.total(basis)) : ''))
  // What the basis lacks follows the total, each a row of its own, so a reader of the file cannot miss it.
  const gaps = gapRows(basis.gaps, basis.year, locale).map(([label, text]) => COLUMNS.map((_, i) => (i === 0 ? label : i === 1 ? inert(text) : '')))
  // Semicolons and a BOM so a Swedish Excel opens it with å, ä and ö intact; CRLF as Excel writes it. With a custom
  // record delimiter csv-stringify no longer quotes a bare line break in a field unless told to.
  const content = stringify([COLUMNS.map((column) => column.heading[locale]), ...rows, total, ...gaps], { delimiter: ';', bom: true, record_delimiter: 'windows', quote_record_delimiter: true })
  return { fileName: fileName(locale, [basis.collaboration.prefix, basis.member.name], basis.year, basis.quarter, 'csv'), content }
}

interface SheetColumn {
  heading: string
  width: number
  numFmt?: string
}

/** A bold header row, the rows, and a bold total row (an Excel SUM with the exact total as its cached result). Returns the header's row number. */
function addTable(sheet: ExcelJS.Worksheet, columns: SheetColumn[], rows: Value[][], totals: Record<number, number>, totalLabel: string): number {
  const header = sheet.addRow(columns.map((column) => column.heading))
  header.font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  const first = header.number + 1
  const last = header.number + rows.length
  const total = sheet.addRow([totalLabel])
  total.font = { bold: true }
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1)
    sheetColumn.width = Math.max(sheetColumn.width ?? 0, column.width)
    const exact = totals[i]
    if (exact !== undefined) total.getCell(i + 1).value = rows.length ? { formula: `SUM(${sheetColumn.letter}${first}:${sheetColumn.letter}${last})`, result: exact } : exact
    if (column.numFmt) for (let row = first; row <= total.number; row++) sheet.getCell(row, i + 1).numFmt = column.numFmt
  })
  return header.number
}

function addTitle(sheet: ExcelJS.Worksheet, title: string, facts: [string, string][]): void {
  sheet.addRow([title]).font = { bold: true, size: 14 }
  for (const fact of facts) sheet.addRow(fact).getCell(1).font = { bold: true }
  sheet.addRow([])
}

const kronor = (ore: number | null) => (ore === null ? null : ore / 100)

function addBasisSheet(workbook: ExcelJS.Workbook, basis: InvoiceBasis, locale: Locale, name: string): void {
  const t = TEXT[locale]
  const { member } = basis
  const sheet = workbook.addWorksheet(name)
  addTitle(sheet, `${basis.gaps.preliminary ? `${t.preliminaryTitle} – ` : ''}${t.sheet}: ${member.name}`, [
    [t.collaboration, basis.collaboration.name],
    [t.member, member.name],
    [t.code, member.code ?? MISSING],
    [t.population, `${formatPopulation(member.population, locale)}${member.populationYear === null ? '' : ` (${member.populationYear})`}`],
    [t.period, basis.periodLabel],
    [t.generatedAt, formatDateTime(basis.generatedAt)],
    ...gapRows(basis.gaps, basis.year, locale),
  ])
  const rows = basis.lines.map((line) =>
    COLUMNS.map((column) => {
      const value = column.value(line, locale)
      return formatOfCell(column, line) === 'ore' && typeof value === 'number' ? value / 100 : value
    }),
  )
  const totals = Object.fromEntries(COLUMNS.flatMap((column, i) => (column.total ? [[i, column.total(basis) / 100]] : [])))
  const columns = COLUMNS.map((column) => ({ heading: column.heading[locale], width: column.width, numFmt: column.format === 'ore' ? MONEY : column.format === 'integer' ? INTEGER : undefined }))
  const header = addTable(sheet, columns, rows, totals, t.total)
  // A credit's quantity is kronor paid, not a count.
  basis.lines.forEach((line, r) => COLUMNS.forEach((column, c) => column.formatOf?.(line) === 'ore' && (sheet.getCell(header + 1 + r, c + 1).numFmt = MONEY)))
  sheet.views = [{ state: 'frozen', ySplit: header }]
  sheet.autoFilter = { from: { row: header, column: 1 }, to: { row: header + rows.length, column: COLUMNS.length } }
}

function addInKindSheet(workbook: ExcelJS.Workbook, basis: InvoiceBasis, locale: Locale): void {
  const t = TEXT[locale]
  const sheet = workbook.addWorksheet(t.inKindSheet)
  addTitle(sheet, `${t.inKindSheet}: ${basis.member.name}`, [[t.period, basis.periodLabel]])
  const formats = [undefined, undefined, undefined, '#,##0.00', MONEY, MONEY]
  const widths = [28, 22, 36, 10, 14, 16]
  const rows = basis.inKind.map((item) => [item.scopeName, item.roleName, item.description, item.hours, kronor(item.rateOre), kronor(item.valueOre)])
  addTable(sheet, t.inKind.map((heading, i) => ({ heading, width: widths[i]!, numFmt: formats[i] })), rows, { 5: basis.inKindTotalOre / 100 }, t.total)
  if (basis.guarantees.length === 0) return
  sheet.addRow([])
  sheet.addRow([t.guarantees]).font = { bold: true }
  const guarantees = basis.guarantees.map((item) => [item.scopeName, item.funder, kronor(item.amountOre), kronor(item.memberShareOre)])
  const guaranteeTotal = sum(basis.guarantees.map((item) => item.memberShareOre)) / 100
  addTable(sheet, t.guarantee.map((heading, i) => ({ heading, width: 16, numFmt: i >= 2 ? MONEY : undefined })), guarantees, { 3: guaranteeTotal }, t.total)
}

/** A name Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case. */
function sheetName(name: string, taken: Set<string>): string {
  const clean = (text: string) => text.replace(/[[\]:*?/\\\s]+/g, ' ').replace(/^'+|'+$/g, '').trim()
  const base = clean(name) || 'Blad'
  const fit = (max: number) => clean(base.slice(0, max))
  let candidate = fit(31)
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${fit(31 - ` (${n})`.length)} (${n})`
  taken.add(candidate.toLowerCase())
  return candidate
}

const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer())

export async function invoiceBasisWorkbook(basis: InvoiceBasis, locale: Locale): Promise<{ fileName: string; content: Buffer }> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = new Date(basis.generatedAt)
  addBasisSheet(workbook, basis, locale, TEXT[locale].sheet)
  addInKindSheet(workbook, basis, locale)
  return { fileName: fileName(locale, [basis.collaboration.prefix, basis.member.name], basis.year, basis.quarter, 'xlsx'), content: await toBuffer(workbook) }
}

export async function overviewWorkbook(overview: FinanceOverview, bases: InvoiceBasis[], locale: Locale): Promise<{ fileName: string; content: Buffer }> {
  const t = TEXT[locale]
  const workbook = new ExcelJS.Workbook()
  const collaboration = bases[0]?.collaboration
  const taken = new Set(['history'])
  const sheet = workbook.addWorksheet(sheetName(t.overviewSheet, taken))
  addTitle(sheet, `${overview.gaps.preliminary ? `${t.preliminaryTitle} – ` : ''}${t.overviewTitle}`, [
    [t.collaboration, collaboration?.name ?? MISSING],
    [t.period, overview.quarter === null ? String(overview.year) : `${overview.year} ${t.quarterLabel} ${overview.quarter}`],
    [t.generatedAt, formatDateTime(bases[0]?.generatedAt ?? new Date())],
    ...gapRows(overview.gaps, overview.year, locale),
  ])
  const formats = [undefined, undefined, INTEGER, MONEY, MONEY, MONEY]
  const widths = [28, 10, 14, 18, 16, 14]
  const rows = overview.members.map((m) => [m.name, m.code, m.population, kronor(m.totalOre), kronor(m.inKindOre), kronor(m.perInhabitantOre)])
  const totals = { 3: overview.totalOre / 100, 4: sum(overview.members.map((m) => m.inKindOre)) / 100 }
  const header = addTable(sheet, t.overview.map((heading, i) => ({ heading, width: widths[i]!, numFmt: formats[i] })), rows, totals, t.total)
  sheet.views = [{ state: 'frozen', ySplit: header }]
  for (const basis of bases) addBasisSheet(workbook, basis, locale, sheetName(basis.member.name, taken))
  return { fileName: fileName(locale, [collaboration?.prefix, t.allMembers], overview.year, overview.quarter, 'xlsx'), content: await toBuffer(workbook) }
}
