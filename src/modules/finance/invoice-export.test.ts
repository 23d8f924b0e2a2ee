import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { FinanceOverview, InvoiceBasis, InvoiceLine } from './finance.schema'
import { invoiceBasisCsv, invoiceBasisWorkbook, overviewWorkbook } from './invoice-export'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const BASE_BUDGET = uuid(101)
const ARCHIVE_BUDGET = uuid(102)

/** Kalix's share of Norrbottens e-nämnd's 2026 costs, worked by hand in öre. */
const lines: InvoiceLine[] = [
  {
    kind: 'cost',
    budgetId: BASE_BUDGET,
    initiativeId: null,
    scopeName: 'Norrbottens e-nämnd',
    costLineId: uuid(201),
    category: 'base_funding',
    description: 'Grundfinansiering av kansliet i Luleå, Älvsbyn och Överkalix',
    lineTotalOre: 123_456_789,
    key: { id: uuid(301), lineageId: uuid(300), name: 'Lika delar', versionNo: 1, kind: 'equal' },
    quantity: { kind: 'equal', value: null, year: null, unitName: null, basisTotal: null, payers: 14 },
    formula: '1/14 av 1 234 567,89 kr = 88 183,42 kr (det överblivna öret går till Arvidsjaur, lägst kommunkod)',
    yearAmountOre: 8_818_342,
    amountOre: 8_818_342,
    paidInAdvance: true,
    roundingOre: 1,
    preliminary: false,
  },
  {
    kind: 'cost',
    budgetId: ARCHIVE_BUDGET,
    initiativeId: uuid(401),
    scopeName: 'E-arkiv Norrbotten',
    costLineId: uuid(202),
    category: 'licences',
    description: 'Licenser för e-arkivet\ninklusive införande',
    lineTotalOre: 45_000_000,
    key: { id: uuid(302), lineageId: uuid(303), name: 'Befolkning 2025', versionNo: 2, kind: 'population' },
    quantity: { kind: 'population', value: 15_391, year: 2025, unitName: null, basisTotal: 248_620, payers: 14 },
    formula: '450 000 kr × 15 391 / 248 620 invånare = 27 857,57 kr',
    yearAmountOre: 2_785_757,
    amountOre: 2_785_757,
    paidInAdvance: false,
    roundingOre: 0,
    preliminary: false,
  },
  {
    kind: 'buy_in_credit',
    budgetId: ARCHIVE_BUDGET,
    initiativeId: uuid(401),
    scopeName: 'E-arkiv Norrbotten',
    costLineId: null,
    category: null,
    description: '=Kreditering av Haparandas inträdesavgift',
    lineTotalOre: 3_123_457,
    key: null,
    quantity: { kind: 'settlement', value: 2_785_757, year: null, unitName: null, basisTotal: 45_000_000, payers: 13 },
    formula: 'Haparanda köper in sig för 31 234,57 kr; Kalix får sin andel av det som betalats tidigare: -1 935,17 kr',
    yearAmountOre: -193_517,
    amountOre: -193_517,
    paidInAdvance: false,
    roundingOre: 0,
    preliminary: false,
  },
]

function buildBasis(member: Partial<InvoiceBasis['member']> = {}, overrides: Partial<InvoiceBasis> = {}): InvoiceBasis {
  const basisLines = overrides.lines ?? lines
  return {
    collaboration: { id: uuid(1), name: 'Norrbottens e-nämnd', prefix: 'EN' },
    member: { id: uuid(2514), name: 'Kalix', code: '2514', population: 15_391, populationYear: 2025, ...member },
    year: 2026,
    quarter: null,
    periodLabel: '2026',
    lines: basisLines,
    totalOre: basisLines.reduce((sum, line) => sum + line.amountOre, 0),
    inKind: [
      {
        id: uuid(501),
        memberId: uuid(2514),
        memberName: 'Kalix',
        roleName: 'Arkivarie',
        rateOre: 65_000,
        hours: 12.5,
        valueOre: 812_500,
        description: 'Gallringsutredning',
        recordedBy: 'Åsa Öberg',
        scopeName: 'E-arkiv Norrbotten',
      },
    ],
    inKindTotalOre: 812_500,
    guarantees: [{ fundingId: uuid(601), funder: 'Tillväxtverket', scopeName: 'E-arkiv Norrbotten', amountOre: 150_000_000, memberShareOre: 9_285_714 }],
    gaps: { preliminary: false, draftBudgets: [], missingBudgets: [], missingIndex: [] },
    generatedAt: '2026-11-24T13:05:00.000Z',
    ...overrides,
  }
}

/** "-1935,17" → -193517, with integer arithmetic only. */
function toOre(text: string): number {
  const match = /^(-?)(\d+),(\d{2})$/.exec(text)
  if (!match) throw new Error(`not a plain kronor amount: ${JSON.stringify(text)}`)
  const ore = Number(match[2]) * 100 + Number(match[3])
  return match[1] === '-' ? -ore : ore
}

/** A cell's number, whether written as a value or as a formula with its cached result. */
function numberIn(cell: ExcelJS.Cell): number {
  const value = cell.value
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result
  throw new Error(`no number in ${cell.address}: ${JSON.stringify(value)}`)
}

const readCsv = (content: string) => parse(content, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[]

async function load(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  return workbook
}

/** The table under a sheet's title block: its header row, the column of a heading, and the rows up to the total. */
function table(sheet: ExcelJS.Worksheet, firstHeading: string) {
  let header = 0
  sheet.eachRow((row, number) => {
    if (header === 0 && row.getCell(1).value === firstHeading) header = number
  })
  expect(header).toBeGreaterThan(0)
  const headings = (sheet.getRow(header).values as unknown[]).slice(1)
  const column = (heading: string) => {
    const index = headings.indexOf(heading)
    expect(index, heading).toBeGreaterThanOrEqual(0)
    return index + 1
  }
  let total = header + 1
  while (sheet.getRow(total).getCell(1).value !== 'Summa' && sheet.getRow(total).getCell(1).value !== 'Total') total++
  const rows = Array.from({ length: total - header - 1 }, (_, i) => sheet.getRow(header + 1 + i))
  return { header, column, rows, total: sheet.getRow(total) }
}

const oreIn = (cell: ExcelJS.Cell) => Math.round(numberIn(cell) * 100)

describe('the invoice basis as CSV', () => {
  const basis = buildBasis()
  const { fileName, content } = invoiceBasisCsv(basis, 'sv')

  it('is UTF-8 with a BOM and CRLF line ends, for a Swedish Excel', () => {
    expect(content.startsWith('\ufeff')).toBe(true)
    expect(content.endsWith('\r\n')).toBe(true)
    // The only bare LF is the one inside the quoted multi-line description.
    expect(content.match(/(?<!\r)\n/g)).toHaveLength(1)
    expect(content).toContain('"Licenser för e-arkivet\ninklusive införande"')
    expect(Buffer.from(content, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('has one header row, one row per invoice line and a total row, with Swedish headings', () => {
    const records = readCsv(content)
    expect(records).toHaveLength(lines.length + 1)
    expect(Object.keys(records[0]!)).toEqual([
      'Budget',
      'Radtyp',
      'Kategori',
      'Beskrivning',
      'Fördelningsnyckel',
      'Fördelningsgrund',
      'Medlemmens värde',
      'År för värdet',
      'Summa för alla betalare',
      'Antal betalare',
      'Radens belopp (kr)',
      'Beräkning',
      'Andel för året (kr)',
      'Belopp för perioden (kr)',
      'Betalas i förskott',
      'Avrundning',
      'Budgetens status',
    ])
    expect(records.at(-1)!['Budget']).toBe('Summa')
  })

  it('shows each line so it can be checked by hand: key and version, quantity, basis, payers, formula', () => {
    const [base, archive, credit] = readCsv(content)
    expect(base).toMatchObject({ Radtyp: 'Kostnad', Kategori: 'Grundfinansiering', 'Fördelningsnyckel': 'Lika delar (v1)', 'Antal betalare': '14', 'Betalas i förskott': 'ja' })
    expect(archive).toMatchObject({
      'Fördelningsnyckel': 'Befolkning 2025 (v2)',
      'Fördelningsgrund': 'Befolkning',
      'Medlemmens värde': '15391',
      'År för värdet': '2025',
      'Summa för alla betalare': '248620',
      'Radens belopp (kr)': '450000,00',
      'Beräkning': lines[1]!.formula,
      'Betalas i förskott': 'nej',
    })
    expect(credit).toMatchObject({ Radtyp: 'Kreditering för sen anslutning', Kategori: '', 'Fördelningsnyckel': '', 'Belopp för perioden (kr)': '-1935,17' })
  })

  it('gives a credit’s quantity, what the member paid of what all paid, in kronor like every amount', () => {
    const [, , credit] = readCsv(content)
    expect(credit).toMatchObject({ 'Medlemmens värde': '27857,57', 'Summa för alla betalare': '450000,00' })
  })

  it('says on the line that the remainder rule gave the member an extra öre, and that every budget is adopted', () => {
    const [base, archive] = readCsv(content)
    expect(base).toMatchObject({ Avrundning: 'avrundning +1 öre', 'Budgetens status': 'Fastställd' })
    expect(archive!['Avrundning']).toBe('')
  })

  it('says Preliminär on the lines of a draft budget and names after the total what the basis lacks', () => {
    const gaps = {
      preliminary: true,
      draftBudgets: [{ budgetId: BASE_BUDGET, scopeName: 'Norrbottens e-nämnd' }],
      missingBudgets: [{ initiativeId: uuid(401), scopeName: 'E-arkiv Norrbotten', lastYear: 2025 }],
      missingIndex: [{ series: 'AKI', year: 2026, lines: [{ budgetId: BASE_BUDGET, scopeName: 'Norrbottens e-nämnd', description: 'E-samordnare' }] }],
    }
    const draft = buildBasis({}, { lines: lines.map((line) => ({ ...line, preliminary: line.budgetId === BASE_BUDGET })), gaps })
    const text = invoiceBasisCsv(draft, 'sv').content
    const records = readCsv(text)
    expect(records[0]!['Budgetens status']).toBe('Preliminär')
    const after = records.slice(records.findIndex((r) => r['Budget'] === 'Summa') + 1).map((r) => [r['Budget'], r['Radtyp']])
    expect(after).toEqual([
      ['Preliminär', 'Bygger på budgetutkast som inte är fastställda: Norrbottens e-nämnd.'],
      ['Saknas', 'Ingen budget för 2026 än: E-arkiv Norrbotten (senast 2025).'],
      ['Saknas', 'AKI 2026 saknas, så raderna är inte uppräknade: Norrbottens e-nämnd: E-samordnare.'],
    ])
  })

  it('has amounts that sum exactly, to the öre, to the member’s total', () => {
    const records = readCsv(content)
    const amounts = records.slice(0, -1).map((record) => toOre(record['Belopp för perioden (kr)']!))
    expect(amounts).toEqual([8_818_342, 2_785_757, -193_517])
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(basis.totalOre)
    expect(toOre(records.at(-1)!['Belopp för perioden (kr)']!)).toBe(basis.totalOre)
    expect(records.at(-1)!['Belopp för perioden (kr)']).toBe('114105,82')
  })

  it('keeps å, ä, ö, semicolons, quotes and line breaks intact, and defuses text Excel would run as a formula', () => {
    const [base, archive, credit] = readCsv(content)
    expect(base!['Beskrivning']).toBe('Grundfinansiering av kansliet i Luleå, Älvsbyn och Överkalix')
    expect(archive!['Beskrivning']).toBe(lines[1]!.description)
    expect(credit!['Beräkning']).toBe(lines[2]!.formula)
    expect(credit!['Beskrivning']).toBe("'=Kreditering av Haparandas inträdesavgift")
  })

  it('is named after the collaboration, the member and the period, in the reader’s language', () => {
    expect(fileName).toBe('fakturaunderlag-en-kalix-2026.csv')
    expect(invoiceBasisCsv(buildBasis({ name: 'Övertorneå' }, { quarter: 2, periodLabel: '2026 kvartal 2' }), 'sv').fileName).toBe('fakturaunderlag-en-overtornea-2026-K2.csv')
    const english = invoiceBasisCsv(basis, 'en')
    expect(english.fileName).toBe('invoice-basis-en-kalix-2026.csv')
    const [, , credit, total] = readCsv(english.content)
    expect(credit).toMatchObject({ 'Line type': 'Credit for a late joiner', 'Amount for the period (SEK)': '-1935,17', 'Paid in advance': 'no' })
    expect(total!['Budget']).toBe('Total')
  })
})

describe('the invoice basis as an Excel workbook', () => {
  const basis = buildBasis()

  it('reads back with the member, the lines as numbers in kronor and a total equal to the member’s total', async () => {
    const { fileName, content } = await invoiceBasisWorkbook(basis, 'sv')
    expect(fileName).toBe('fakturaunderlag-en-kalix-2026.xlsx')
    expect(Buffer.isBuffer(content)).toBe(true)
    const workbook = await load(content)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Fakturaunderlag', 'Egeninsats'])
    const sheet = workbook.getWorksheet('Fakturaunderlag')!
    const titleBlock = JSON.stringify(sheet.getRows(1, 8)!.map((row) => row.values))
    for (const fact of ['Norrbottens e-nämnd', 'Kalix', '2514', '2026', '2026-11-24 14:05']) expect(titleBlock).toContain(fact)
    expect(sheet.getCell('B5').value).toBe('15\u00a0391\u00a0invånare (2025)')

    const { header, column, rows, total } = table(sheet, 'Budget')
    expect(rows).toHaveLength(lines.length)
    const amount = column('Belopp för perioden (kr)')
    expect(rows.map((row) => row.getCell(amount).value)).toEqual([88_183.42, 27_857.57, -1_935.17])
    expect(rows.reduce((sum, row) => sum + oreIn(row.getCell(amount)), 0)).toBe(basis.totalOre)
    expect(numberIn(total.getCell(amount))).toBe(basis.totalOre / 100)
    expect(total.getCell(amount).numFmt).toContain('kr')
    expect(total.font?.bold).toBe(true)
    expect(rows[1]!.getCell(column('Fördelningsnyckel')).value).toBe('Befolkning 2025 (v2)')
    expect(rows[1]!.getCell(column('Medlemmens värde')).value).toBe(15_391)

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.getColumn(column('Beräkning')).width).toBeGreaterThan(30)
    expect(sheet.getCell('A1').value).toBe('Fakturaunderlag: Kalix')
    expect(rows[2]!.getCell(column('Medlemmens värde')).value).toBe(27_857.57)
    expect(rows[2]!.getCell(column('Medlemmens värde')).numFmt).toContain('kr')
  })

  it('is titled PRELIMINÄRT and names the draft budgets when the basis rests on one', async () => {
    const gaps = { preliminary: true, draftBudgets: [{ budgetId: BASE_BUDGET, scopeName: 'Norrbottens e-nämnd' }], missingBudgets: [], missingIndex: [] }
    const workbook = await load((await invoiceBasisWorkbook(buildBasis({}, { gaps }), 'sv')).content)
    const sheet = workbook.getWorksheet('Fakturaunderlag')!
    expect(sheet.getCell('A1').value).toBe('PRELIMINÄRT – Fakturaunderlag: Kalix')
    expect(JSON.stringify(sheet.getSheetValues())).toContain('Bygger på budgetutkast som inte är fastställda: Norrbottens e-nämnd.')
  })

  it('lists the in-kind contributions with their total, and the guarantees', async () => {
    const workbook = await load((await invoiceBasisWorkbook(basis, 'sv')).content)
    const sheet = workbook.getWorksheet('Egeninsats')!
    const inKind = table(sheet, 'Budget')
    expect(inKind.rows).toHaveLength(1)
    expect(inKind.rows[0]!.getCell(inKind.column('Timmar')).value).toBe(12.5)
    expect(numberIn(inKind.total.getCell(inKind.column('Värde')))).toBe(8_125)
    const text = JSON.stringify(sheet.getSheetValues())
    expect(text).toContain('Borgen för sökta bidrag som ännu inte beslutats')
    expect(text).toContain('Tillväxtverket')
  })

  it('has English sheet names and headings for an English reader', async () => {
    const { fileName, content } = await invoiceBasisWorkbook(buildBasis({}, { quarter: 2, periodLabel: '2026 quarter 2' }), 'en')
    expect(fileName).toBe('invoice-basis-en-kalix-2026-Q2.xlsx')
    const workbook = await load(content)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Invoice basis', 'In-kind'])
    const { column, total } = table(workbook.getWorksheet('Invoice basis')!, 'Budget')
    expect(numberIn(total.getCell(column('Amount for the period (SEK)')))).toBe(basis.totalOre / 100)
  })
})

describe('every member’s invoice basis in one workbook', () => {
  const long = 'Kommunalförbundet Norrbottens IT-drift: östra [Kalix/Haparanda]'
  const bases = [
    buildBasis(),
    buildBasis({ id: uuid(2518), name: 'Övertorneå', code: '2518', population: 4_057 }, { lines: lines.slice(0, 1).map((line) => ({ ...line, yearAmountOre: 8_818_343, amountOre: 8_818_343 })) }),
    buildBasis({ id: uuid(9001), name: long, code: null, population: null }, { lines: lines.slice(1, 2) }),
    buildBasis({ id: uuid(9002), name: long.replace('östra', 'västra'), code: null, population: null }, { lines: [] }),
  ]
  const overview: FinanceOverview = {
    year: 2026,
    quarter: null,
    members: bases.map((basis) => ({
      memberId: basis.member.id,
      name: basis.member.name,
      code: basis.member.code,
      population: basis.member.population,
      totalOre: basis.totalOre,
      inKindOre: basis.inKindTotalOre,
      perInhabitantOre: basis.member.population === null ? null : Math.round(basis.totalOre / basis.member.population),
    })),
    totalOre: bases.reduce((sum, basis) => sum + basis.totalOre, 0),
    byYear: [],
    gaps: { preliminary: false, draftBudgets: [], missingBudgets: [], missingIndex: [] },
  }

  it('has an overview whose total is the sum of the members’ totals, then one valid, unique sheet per member', async () => {
    const { fileName, content } = await overviewWorkbook(overview, bases, 'sv')
    expect(fileName).toBe('fakturaunderlag-en-alla-medlemmar-2026.xlsx')
    const workbook = await load(content)
    const names = workbook.worksheets.map((sheet) => sheet.name)
    expect(names).toHaveLength(bases.length + 1)
    expect(names.slice(0, 3)).toEqual(['Översikt', 'Kalix', 'Övertorneå'])
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/)
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length)
    expect(names.slice(3)).toEqual(['Kommunalförbundet Norrbottens I', 'Kommunalförbundet Norrbotte (2)'])

    const sheet = workbook.getWorksheet('Översikt')!
    const { column, rows, total } = table(sheet, 'Medlem')
    expect(rows).toHaveLength(bases.length)
    const toPay = column('Att betala')
    const memberTotals = rows.map((row) => oreIn(row.getCell(toPay)))
    expect(memberTotals).toEqual(bases.map((basis) => basis.totalOre))
    expect(oreIn(total.getCell(toPay))).toBe(memberTotals.reduce((a, b) => a + b, 0))
    expect(numberIn(total.getCell(toPay))).toBe(overview.totalOre / 100)

    bases.forEach((basis, i) => {
      const memberSheet = table(workbook.worksheets[i + 1]!, 'Budget')
      expect(numberIn(memberSheet.total.getCell(memberSheet.column('Belopp för perioden (kr)')))).toBe(basis.totalOre / 100)
    })
  })
})
