import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, SCREENSHOT_DIR, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'

/** "1 234 567,50 kr" (grouped with no-break spaces, maybe negative) → 123456750 öre, by string only. */
function ore(text: string): number {
  const match = /(-?)(\d[\d\s\u00a0]*)(?:,(\d{2}))?\s*kr/.exec(text)
  if (!match) throw new Error(`no amount in "${text}"`)
  const value = Number(match[2]!.replace(/\D/g, '')) * 100 + Number(match[3] ?? 0)
  return match[1] ? -value : value
}

/** "15 391 invånare (2024)" → { population: 15391, year: 2024 }. */
function population(text: string): { population: number; year: number } {
  const match = /(\d[\d\s]*?)\s+invånare\s+\((\d{4})\)/.exec(text)
  if (!match) throw new Error(`no population in "${text}"`)
  return { population: Number(match[1]!.replace(/\D/g, '')), year: Number(match[2]) }
}

/** Kalix's finance officer checks Kalix's invoice basis line by line, its key, and its Excel file; the coordinator adds a cost line by keyboard. */
describe('money: the invoice basis and the budgets', () => {
  const journey = useJourney()
  const downloads = mkdtempSync(join(tmpdir(), 'samverka-finance-'))
  let page: Page
  let basisTotal = 0

  beforeAll(async () => {
    page = journey.page
  })
  afterAll(() => rmSync(downloads, { recursive: true, force: true }))

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const tab = (name: string) => page.getByRole('navigation', { name: 'Ekonomins sidor' }).getByRole('link', { name, exact: true })
  const dialog = () => page.getByRole('dialog')
  const basisLines = () => page.getByRole('table', { name: /^Fakturaunderlag för Kalix/ })

  /** axe with the dialog open; with SCREENSHOTS=1 also a picture of the dialog alone. */
  async function checkDialog(name: string) {
    await checkPage(page, name)
    if (process.env.SCREENSHOTS === '1') await dialog().screenshot({ path: join(SCREENSHOT_DIR, `${name}-only.png`) })
  }

  it("leads Kalix's finance officer from Ekonomi to Kalix's invoice basis", async () => {
    await logIn(page, 'ekonom@demo.samverka.se')
    await page.getByRole('link', { name: EN }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    await nav('Ekonomi').click()
    await page.getByRole('heading', { level: 1, name: 'Ekonomi' }).waitFor()
    await settled(page)

    // Every member with what it pays; the sum row adds up, and the charts carry their figures as tables.
    const overview = page.getByRole('table', { name: /^Vad medlemmarna betalar/ })
    expect(await overview.locator('tbody tr').count()).toBe(14)
    const totals = (await overview.locator('tbody tr td:nth-child(4)').allTextContents()).map(ore)
    expect(ore((await overview.locator('tfoot td').nth(1).textContent()) ?? '')).toBe(totals.reduce((a, b) => a + b, 0))
    await page.getByRole('figure', { name: 'Medlemmarnas andel av kostnaderna' }).getByRole('table').waitFor({ state: 'attached' })
    await page.getByRole('figure', { name: 'Budget och utfall per år' }).getByRole('table').waitFor({ state: 'attached' })
    expect(await page.getByRole('link', { name: 'Ladda ner alla som Excel' }).getAttribute('href')).toMatch(/\/finance\/overview\.xlsx\?year=\d{4}$/)
    await checkPage(page, 'finance-overview')

    await page.getByRole('link', { name: 'Vårt fakturaunderlag' }).click()
    await page.getByRole('heading', { level: 1, name: 'Fakturaunderlag för Kalix' }).waitFor()
    await settled(page)
    await checkPage(page, 'finance-invoice-basis')
  })

  it('shows lines whose amounts add up to the total', async () => {
    const amounts = (await basisLines().locator('tr.basis-line td.basis-amount').allTextContents()).map(ore)
    expect(amounts.length).toBeGreaterThan(3)
    basisTotal = ore((await basisLines().locator('tfoot tr', { hasText: /^Att betala/ }).locator('td').textContent()) ?? '')
    expect(basisTotal).toBeGreaterThan(0)
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(basisTotal)
  })

  it("follows a population line's key to Kalix's population on the key page, and back", async () => {
    const line = basisLines()
      .locator('tr.basis-line')
      .filter({ has: page.locator('td.basis-quantity', { hasText: /invånare \(\d{4}\)/ }) })
      .first()
    const onBasis = population((await line.locator('td.basis-quantity').textContent()) ?? '')
    const keyLink = line.getByRole('link')
    const keyName = ((await keyLink.textContent()) ?? '').replace(/, version \d+$/, '')
    await keyLink.click()
    await page.getByRole('heading', { level: 1, name: keyName }).waitFor()
    await settled(page)
    await page.getByText(/Kostnaden delas efter medlemmarnas befolkning/).waitFor()
    const kalix = page.getByRole('table', { name: /^Underlag per medlem för/ }).getByRole('row', { name: /^Kalix\b/ })
    expect(population((await kalix.locator('td.key-population').textContent()) ?? '')).toEqual(onBasis)
    await checkPage(page, 'finance-cost-key')

    await page.goBack()
    await page.getByRole('heading', { level: 1, name: 'Fakturaunderlag för Kalix' }).waitFor()
    await basisLines().waitFor()
  })

  it('downloads the invoice basis as Excel with the same total', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner Excel' }).click()])
    expect(download.suggestedFilename()).toMatch(/^fakturaunderlag-en-kalix-\d{4}\.xlsx$/)
    const file = join(downloads, download.suggestedFilename())
    await download.saveAs(file)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.worksheets[0]!
    let amountColumn = 0
    let total: number | undefined
    sheet.eachRow((row) => {
      const values = row.values as unknown[]
      const column = values.indexOf('Belopp för perioden (kr)')
      if (column > 0) amountColumn = column
      if (values[1] === 'Summa' && amountColumn > 0) {
        const cell = row.getCell(amountColumn).value as number | { result: number }
        total = typeof cell === 'number' ? cell : cell.result
      }
    })
    expect(total).toBeDefined()
    expect(Math.round(total! * 100)).toBe(basisTotal)

    // The CSV beside it, and a print view without menus or buttons.
    expect(await page.getByRole('link', { name: 'Ladda ner CSV' }).getAttribute('href')).toMatch(/\/export\.csv\?year=\d{4}$/)
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation', { name: /^Meny för/ }).isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false)
    expect(await basisLines().isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    // Only the coordinator keeps the keys.
    await tab('Fördelningsnycklar').click()
    await page.getByRole('heading', { level: 1, name: 'Fördelningsnycklar' }).waitFor()
    await settled(page)
    expect(await page.getByRole('button', { name: 'Ny fördelningsnyckel' }).count()).toBe(0)
    expect(scriptErrors(page)).toEqual([])
  })

  it('lets the coordinator add a cost line to a draft budget with the keyboard only', async () => {
    await logOut(page)
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: EN }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    await nav('Ekonomi').click()
    await page.getByRole('heading', { level: 1, name: 'Ekonomi' }).waitFor()
    await tab('Budgetar').click()
    await page.getByRole('heading', { level: 1, name: 'Budgetar' }).waitFor()
    await settled(page)
    await checkPage(page, 'finance-budgets')

    // Next year's plan is still a draft (the demo's budgets for 2027).
    await page.getByRole('combobox', { name: 'År' }).selectOption('2027')
    await expect.poll(() => page.url()).toContain('year=2027')
    const budgets = page.getByRole('table', { name: /^Budgetar 2027/ })
    await budgets.getByRole('row', { name: /Utkast/ }).first().getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: /^Budget 2027: / }).waitFor()
    await settled(page)
    await checkPage(page, 'finance-budget')
    const lines = page.getByRole('table', { name: /^Kostnadsrader i budget 2027/ })
    const before = await lines.locator('tbody tr').count()

    await tabTo(page, 'Lägg till kostnadsrad')
    await page.keyboard.press('Enter')
    await dialog().getByRole('heading', { name: 'Lägg till kostnadsrad' }).waitFor()
    await tabTo(page, 'Kategori')
    await page.keyboard.type('Externa')
    await tabTo(page, 'Beskrivning')
    await page.keyboard.type('Säkerhetsgranskning av e-tjänsteplattformen')
    await tabTo(page, 'Belopp (kr)')
    await page.keyboard.type('1 234 567,50')
    await tabTo(page, 'Fördelningsnyckel')
    await page.keyboard.type('Befolkning')
    expect(await dialog().getByRole('combobox', { name: /^Kategori/ }).inputValue()).toBe('consultants')
    await checkDialog('finance-cost-line-dialog')
    await tabTo(page, 'Lägg till raden')
    const added = page.waitForResponse((r) => r.url().endsWith('/lines') && r.request().method() === 'POST')
    await page.keyboard.press('Enter')
    const line = (await (await added).json()) as { amountOre: number; category: string; costKeyName: string }
    expect(line).toMatchObject({ amountOre: 123456750, category: 'consultants' })
    await dialog().waitFor({ state: 'detached' })

    const row = lines.getByRole('row', { name: /Säkerhetsgranskning av e-tjänsteplattformen/ })
    await row.waitFor()
    expect(await lines.locator('tbody tr').count()).toBe(before + 1)
    expect(await row.textContent()).toContain('1\u00a0234\u00a0567,50\u00a0kr')
    expect(await row.textContent()).toContain(line.costKeyName)
    // Focus is back on the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lägg till kostnadsrad')
    await checkPage(page, 'finance-budget-line-added')
  })

  it('opens the dialog for a new cost key to the coordinator', async () => {
    await tab('Fördelningsnycklar').click()
    await page.getByRole('heading', { level: 1, name: 'Fördelningsnycklar' }).waitFor()
    await settled(page)
    await checkPage(page, 'finance-cost-keys')
    await page.getByRole('button', { name: 'Ny fördelningsnyckel' }).click()
    await dialog().getByRole('heading', { name: 'Ny fördelningsnyckel' }).waitFor()
    await dialog().getByRole('combobox', { name: /^Typ av nyckel/ }).selectOption({ label: 'Fast avgift + per invånare' })
    await dialog().getByLabel(/^Pris per invånare/).waitFor()
    await checkDialog('finance-cost-key-dialog')
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
    expect(scriptErrors(page)).toEqual([])
  })
})

/** The focused element's name (label, aria-label or text) and whether its focus ring shows. */
function focused(page: Page): Promise<{ name: string; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return { name: '', outline: 'none' }
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null
    return { name: (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim(), outline: getComputedStyle(el).outlineStyle }
  })
}

/** Presses Tab until the focused element's name starts with `name`, failing if it is never reached or its focus is invisible. */
async function tabTo(page: Page, name: string, maxSteps = 120): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (now.name.startsWith(name)) {
      expect(now.outline, `focus ring on "${now.name}"`).not.toBe('none')
      return
    }
  }
  throw new Error(`Could not reach "${name}" with the Tab key`)
}
