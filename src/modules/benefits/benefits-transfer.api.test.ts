import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBenefit, buildCollaboration, buildInitiative, signedInPerson } from '../../../tests/helpers/factories'
import type { Client } from '../../../tests/helpers/test-app'
import { createTestApp } from '../../../tests/helpers/test-app'

const binary = { responseType: 'buffer' } as const

// Kalix and Luleå share an e-service platform; the figures are moved between initiatives by file.
describe('benefits export and import', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let coordinator: Client
  let kalix: Client
  const participants = () => [member.Kalix!, member.Luleå!]
  const newInitiative = async (title: string) => (await buildInitiative(t.db, collaborationId, { title, proposingMemberId: member.Kalix!, participantMemberIds: participants() })).id
  let sourceId: string

  beforeAll(async () => {
    t = await createTestApp()
    const built = await buildCollaboration(t.db, { memberCodes: ['2510', '2514', '2580'] })
    collaborationId = built.collaboration.id
    member = built.member
    coordinator = (await signedInPerson(t, { collaborationId, role: 'coordinator' })).client
    kalix = (await signedInPerson(t, { collaborationId, role: 'member_representative', memberId: member.Kalix })).client
    sourceId = await newInitiative('E-tjänsteplattform')
    await buildBenefit(t.db, collaborationId, sourceId, {
      effect: 'Fler ärenden via e-tjänst',
      indicator: { name: 'Andel ärenden via e-tjänst', unit: '%', direction: 'increase', benefitClass: 'quality' },
      members: [
        { memberId: member.Kalix!, baseline: 1250, baselineDate: '2025-01-15', target: 6000, targetDate: '2027-12-31', measurements: [{ value: 2050, date: '2025-07-01' }, { value: 3175, date: '2026-01-02' }] },
        { memberId: member.Luleå!, baseline: 4000, baselineDate: '2025-02-01' },
      ],
    })
    await buildBenefit(t.db, collaborationId, sourceId, {
      effect: 'Lägre kostnad för utskick',
      indicator: { name: 'Portokostnad per år', unit: 'kr', direction: 'decrease', benefitClass: 'financial', measureEveryMonths: 12 },
      members: [{ memberId: member.Luleå!, baseline: 123456789, baselineDate: '2025-01-01', target: 100000000, targetDate: '2027-01-01', measurements: [{ value: 110000050, date: '2026-01-01' }] }],
    })
  })
  afterAll(() => t.close())

  const path = (initiativeId: string, rest: string) => `/api/collaborations/${collaborationId}/initiatives/${initiativeId}/benefits/${rest}`
  const download = async (initiativeId: string, format: 'csv' | 'xlsx') => {
    const response = await coordinator.request({ method: 'GET', url: path(initiativeId, `export.${format}`), ...binary })
    expect(response.statusCode, response.body).toBe(200)
    return response.rawPayload
  }
  const upload = (client: Client, initiativeId: string, fileName: string, content: Buffer) =>
    client.request({ method: 'POST', url: path(initiativeId, `import?fileName=${encodeURIComponent(fileName)}`), payload: content, headers: { 'content-type': 'application/octet-stream' } })
  const sheetRows = async (content: Buffer) => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(content as unknown as ArrayBuffer)
    const rows: unknown[][] = []
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    return rows
  }
  const benefitsOf = async (initiativeId: string) => (await coordinator.get(path(initiativeId, '').replace(/\/$/, ''))).json()

  it('exports one row per indicator, member and measurement, with decimal commas and the members’ codes', async () => {
    const text = (await download(sourceId, 'csv')).toString('utf8')
    expect(text.startsWith('\uFEFFEffekt;Indikator;Enhet;')).toBe(true)
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(1 + 3 + 2)
    expect(lines).toContain('Lägre kostnad för utskick;Portokostnad per år;kr;mindre;ekonomisk;12;Luleå;2580;1234567,89;2025-01-01;Verksamhetssystemet;1000000,00;2027-01-01;1100000,50;2026-01-01;')
    expect(lines).toContain('Lägre kostnad för utskick;Portokostnad per år;kr;mindre;ekonomisk;12;Kalix;2514;;;;;;;;')
  })

  it('an exported CSV imported into another initiative with the same participants exports again the same, and a second import changes nothing', async () => {
    const csv = await download(sourceId, 'csv')
    const copyId = await newInitiative('E-tjänsteplattform, etapp 2')
    const first = await upload(coordinator, copyId, 'nyttor.csv', csv)
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toEqual({ effectsCreated: 2, indicatorsCreated: 2, figuresSaved: 3, measurementsCreated: 3 })
    expect((await download(copyId, 'csv')).toString('utf8')).toBe(csv.toString('utf8'))
    const again = await upload(coordinator, copyId, 'nyttor.csv', csv)
    expect(again.json()).toEqual({ effectsCreated: 0, indicatorsCreated: 0, figuresSaved: 0, measurementsCreated: 0 })
    expect((await download(copyId, 'csv')).equals(csv)).toBe(true)
  })

  it('the Excel export round-trips the same way, values as numbers and dates as text', async () => {
    const xlsx = await download(sourceId, 'xlsx')
    const rows = await sheetRows(xlsx)
    expect(rows).toContainEqual(['Lägre kostnad för utskick', 'Portokostnad per år', 'kr', 'mindre', 'ekonomisk', 12, 'Luleå', '2580', 1234567.89, '2025-01-01', 'Verksamhetssystemet', 1000000, '2027-01-01', 1100000.5, '2026-01-01', ''])
    const copyId = await newInitiative('E-tjänsteplattform, etapp 3')
    const imported = await upload(coordinator, copyId, 'nyttor.xlsx', xlsx)
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json()).toEqual({ effectsCreated: 2, indicatorsCreated: 2, figuresSaved: 3, measurementsCreated: 3 })
    expect(await sheetRows(await download(copyId, 'xlsx'))).toEqual(rows)
    expect((await download(copyId, 'csv')).equals(await download(sourceId, 'csv'))).toBe(true)
    expect((await upload(coordinator, copyId, 'nyttor.xlsx', xlsx)).json()).toEqual({ effectsCreated: 0, indicatorsCreated: 0, figuresSaved: 0, measurementsCreated: 0 })
  })

  it('reads a workbook made by hand, with the member code and months typed as numbers', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Blad1')
    sheet.addRow(['Effekt', 'Indikator', 'Enhet', 'Riktning (mer/mindre)', 'Klass (ekonomisk/frigjord tid/kvalitet)', 'Uppföljning (månader)', 'Medlem', 'Medlemskod', 'Utgångsvärde', 'Utgångsdatum', 'Källa', 'Målvärde', 'Måldatum', 'Mätvärde', 'Mätdatum', 'Anteckning'])
    sheet.addRow(['Kortare väntan', 'Väntetid', 'dagar', 'mindre', 'kvalitet', 6, '', 2514, 12.5, '2025-03-01', 'Kösystemet', 5, '2027-03-01', 10.25, '2025-09-01', 'Första'])
    const copyId = await newInitiative('E-tjänsteplattform, etapp 6')
    const imported = await upload(coordinator, copyId, 'egen.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json()).toEqual({ effectsCreated: 1, indicatorsCreated: 1, figuresSaved: 1, measurementsCreated: 1 })
    const kalixFigures = (await benefitsOf(copyId)).effects[0].indicators[0].members.find((m: { memberId: string }) => m.memberId === member.Kalix)
    expect(kalixFigures.baseline).toMatchObject({ value: 1250, date: '2025-03-01', source: 'Kösystemet' })
    expect(kalixFigures.measurements).toMatchObject([{ value: 1025, date: '2025-09-01', note: 'Första' }])
  })

  it('a file with bad rows answers 400 naming every row and column, and saves nothing', async () => {
    const lines = (await download(sourceId, 'csv')).toString('utf8').split('\r\n')
    lines[1] = lines[1]!.replace('2025-07-01', '2025-13-01')
    lines[2] = lines[2]!.replace(';31,75;', ';tolv;')
    lines[3] = lines[3]!.replace('Luleå;2580', 'Gotham;9999')
    const copyId = await newInitiative('E-tjänsteplattform, etapp 4')
    const response = await upload(coordinator, copyId, 'nyttor.csv', Buffer.from(lines.join('\r\n')))
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json().errors).toEqual([
      { path: 'Rad 2, kolumnen Mätdatum', message: '”2025-13-01” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.' },
      { path: 'Rad 3, kolumnen Mätvärde', message: '”tolv” är inget tal. Skriv ett tal med högst två decimaler och decimalkomma, till exempel 1234,50.' },
      { path: 'Rad 4, kolumnen Medlemskod', message: 'Ingen medlem i samverkan heter eller har koden ”9999”.' },
    ])
    expect((await benefitsOf(copyId)).effects).toEqual([])
  })

  it('a measurement dated in the future is refused by the same rule as when entered by hand', async () => {
    const text = (await download(sourceId, 'csv')).toString('utf8').replace('2026-01-02', '2099-01-02')
    const copyId = await newInitiative('E-tjänsteplattform, etapp 5')
    const response = await upload(coordinator, copyId, 'nyttor.csv', Buffer.from(text))
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toContainEqual({ path: 'Rad 3, kolumnen Mätdatum', message: 'En mätning kan inte avse ett datum som inte har kommit än.' })
    expect((await benefitsOf(copyId)).effects).toEqual([])
  })

  it('a file that is neither CSV nor Excel is refused', async () => {
    const response = await upload(coordinator, sourceId, 'nyttor.xlsx', Buffer.from('PK\u0003\u0004 not a workbook'))
    expect(response.statusCode).toBe(400)
  })

  it('a member representative may export but not import', async () => {
    const csv = await download(sourceId, 'csv')
    const response = await upload(kalix, sourceId, 'nyttor.csv', csv)
    expect(response.statusCode).toBe(403)
    expect((await kalix.request({ method: 'GET', url: path(sourceId, 'export.csv'), ...binary })).statusCode).toBe(200)
  })
})
