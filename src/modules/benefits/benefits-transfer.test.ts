import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatHundredths, groupRows, HEADERS, parseCells, rowCells, rowSheetCells, sheetNumberText, type TransferRow } from './benefits-transfer'
import { parseHundredths } from '../../shared/hundredths'

const row: TransferRow = {
  effect: 'Fler ärenden via e-tjänst',
  indicator: 'Handläggningstid',
  unit: 'dagar',
  direction: 'decrease',
  benefitClass: 'reallocated_time',
  measureEveryMonths: 6,
  member: 'Kalix kommun',
  memberCode: '2514',
  baselineValue: 123450,
  baselineDate: '2026-01-15',
  baselineSource: 'Ärendesystemet; uttag januari',
  targetValue: 100000,
  targetDate: '2027-12-31',
  measurementValue: -5,
  measurementDate: '2026-06-30',
  note: '=första mätningen',
}

/** Rows → CSV text (as the export writes it) → rows. */
function throughCsv(rows: TransferRow[]) {
  const text = stringify([[...HEADERS], ...rows.map(rowCells)], { delimiter: ';', bom: true, record_delimiter: 'windows', quote_record_delimiter: true })
  return parseCells(parse(text, { delimiter: ';', bom: true, relax_column_count: true }) as string[][])
}

describe('benefits file format', () => {
  it('writes hundredths as exact decimals with a comma and reads both one and two decimals', () => {
    expect(formatHundredths(123450)).toBe('1234,50')
    expect(formatHundredths(-5)).toBe('-0,05')
    expect(formatHundredths(0)).toBe('0,00')
    expect(parseHundredths('1234,5')).toBe(123450)
    expect(parseHundredths('1 234,50')).toBe(123450)
    expect(parseHundredths('1234')).toBe(123400)
    expect(parseHundredths('-0,05')).toBe(-5)
    expect(parseHundredths('12,345')).toBeNull()
    expect(parseHundredths('tolv')).toBeNull()
    expect(parseHundredths('')).toBeNull()
  })

  it('reads back what it wrote, a formula-like note included', () => {
    const { rows, problems } = throughCsv([row, { ...row, measurementValue: null, measurementDate: null, note: '' }])
    expect(problems).toEqual([])
    expect(rows.map(({ line: _line, ...r }) => r)).toEqual([row, { ...row, measurementValue: null, measurementDate: null, note: '' }])
  })

  it('rows → text → rows is the identity for any values in hundredths', () => {
    const value = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })
    fc.assert(
      fc.property(value, fc.option(value, { nil: null }), value, (baseline, target, measured) => {
        const written = { ...row, baselineValue: baseline, targetValue: target, targetDate: target === null ? null : row.targetDate, measurementValue: measured }
        const { rows, problems } = throughCsv([written])
        expect(problems).toEqual([])
        expect(rows[0]).toMatchObject(written)
      }),
    )
  })

  it('a spreadsheet number of units reads back as the same hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), (hundredths) => {
        const cell = rowSheetCells({ ...row, baselineValue: hundredths })[8] as number
        expect(parseHundredths(sheetNumberText(cell))).toBe(hundredths)
      }),
    )
    expect(sheetNumberText(1.234)).toBe('1,234')
  })

  it('names the line and column of every bad cell', () => {
    const cells = rowCells(row)
    const bad = [...cells]
    bad[9] = '2026-02-30'
    bad[13] = '12 kr'
    bad[3] = 'uppåt'
    const { problems } = parseCells([[...HEADERS], cells, bad])
    expect(problems).toEqual([
      { line: 3, column: 'Riktning (mer/mindre)', code: 'benefit_import_not_a_word', params: { words: 'mer, mindre' } },
      { line: 3, column: 'Utgångsdatum', code: 'benefit_import_not_a_date', params: { text: '2026-02-30' } },
      { line: 3, column: 'Mätvärde', code: 'benefit_import_not_a_value', params: { text: '12 kr' } },
    ])
  })

  it('names a missing column', () => {
    const { problems } = parseCells([HEADERS.filter((h) => h !== 'Mätdatum')])
    expect(problems).toEqual([{ line: 1, column: 'Mätdatum', code: 'benefit_import_missing' }])
  })

  it('groups rows by indicator and member, and refuses rows of one member that disagree on the baseline', () => {
    const { rows } = throughCsv([row, { ...row, measurementValue: 2, measurementDate: '2026-07-31' }, { ...row, member: 'Luleå kommun', memberCode: '2580', measurementValue: null, measurementDate: null }])
    const grouped = groupRows(rows)
    expect(grouped.problems).toEqual([])
    expect(grouped.indicators).toHaveLength(1)
    expect(grouped.indicators[0]!.members.map((m) => [m.memberCode, m.measurements.length])).toEqual([
      ['2514', 2],
      ['2580', 0],
    ])
    const conflicting = groupRows(throughCsv([row, { ...row, baselineValue: 1 }]).rows)
    expect(conflicting.problems).toEqual([{ line: 3, column: 'Utgångsvärde', code: 'benefit_import_conflict', params: { line: '2' } }])
  })
})
