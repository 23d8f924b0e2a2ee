import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kronor } from '../src/modules/decision-basis/decision-basis'
import { docxText } from '../tests/helpers/docx-text'
import { pdfPages } from '../tests/helpers/pdf-text'
import { checkPage, logIn, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'
const CHATTBOT = 'Chattbot för medborgarservice'
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ')

/**
 * The coordinator opens the chattbot idea at its gate, dispatches its decision basis, downloads the frozen version as
 * PDF and as Word and reads both back: the hash the page shows is in each, and Kalix's variant prints Kalix's exact
 * share as the API gives it.
 */
describe('the decision basis of a gate, dispatched and read back', () => {
  const journey = useJourney()
  let page: Page
  const downloads = mkdtempSync(join(tmpdir(), 'samverka-basis-'))
  beforeAll(() => {
    page = journey.page
  })
  afterAll(() => rmSync(downloads, { recursive: true, force: true }))

  const section = () => page.getByRole('region', { name: 'Beslutsunderlag' })
  async function download(name: string) {
    const [file] = await Promise.all([page.waitForEvent('download'), section().getByRole('link', { name, exact: true }).click()])
    const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`)
    await file.saveAs(path)
    return { name: file.suggestedFilename(), bytes: readFileSync(path) }
  }
  let hash = ''

  it('opens the chattbot idea with its decision basis: the cost per member and the version the seed dispatched', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Initiativ', exact: true }).click()
    await page.getByRole('link', { name: CHATTBOT }).first().click()
    await page.getByRole('heading', { level: 1, name: CHATTBOT }).waitFor()
    await section().waitFor()
    const costs = section().getByRole('table', { name: /Kostnad per medlem/ })
    await costs.waitFor()
    for (const member of ['Haparanda', 'Kalix', 'Överkalix']) await costs.getByRole('row', { name: new RegExp(member) }).waitFor()
    expect(plain((await costs.locator('tfoot').textContent()) ?? '')).toContain('390 000 kr')
    await section().locator('tr[data-version="1"]').waitFor()
    await section().getByText(/Förhandsgranska underlaget/).click()
    await section().getByRole('heading', { name: '7. Förslag till beslut' }).waitFor()
    await checkPage(page, 'initiative-decision-basis')
  })

  it('dispatches version 2 after a confirmation, and shows it with its hash', async () => {
    await section().getByRole('button', { name: 'Skicka ut' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('heading', { name: 'Skicka ut beslutsunderlaget' }).waitFor()
    await checkPage(page, 'decision-basis-dispatch-dialog')
    await dialog.getByRole('button', { name: 'Skicka ut version 2' }).click()
    await dialog.waitFor({ state: 'detached' })
    await section().getByText(/Version 2 är utskickad med kontrollsumman/).waitFor()
    const row = section().locator('tr[data-version="2"]')
    await row.waitFor()
    hash = (await row.locator('code[data-hash]').getAttribute('title')) ?? ''
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await row.locator('code[data-hash]').textContent()).toBe(`${hash.slice(0, 12)}…`)
    expect(await row.textContent()).toContain('Sara Samordnare')
  })

  it('downloads the dispatched PDF and Word document, both carrying the hash shown', async () => {
    const pdf = await download('PDF, version 2')
    expect(pdf.name).toMatch(/\.pdf$/)
    const pdfText = plain((await pdfPages(pdf.bytes)).join('\n'))
    expect(pdfText).toContain(hash)
    expect(pdfText).toContain('7. Förslag till beslut')

    const docx = await download('Word, version 2')
    expect(docx.name).toMatch(/\.docx$/)
    const docxContent = plain(docxText(docx.bytes))
    expect(docxContent).toContain(hash)
    expect(docxContent).toContain('Kostnad per medlem och år')
  })

  it('gives Kalix’s variant with Kalix’s exact share, as the API has it', async () => {
    const [, , collaborationId = '', , initiativeId = ''] = new URL(page.url()).pathname.split('/')
    const api = await page.request.get(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}/decision-basis`)
    const kalix = ((await api.json()) as { costs: { perMember: { name: string; memberId: string; totalOre: number }[] } }).costs.perMember.find((m) => m.name === 'Kalix')!
    await section().getByRole('combobox', { name: /^Underlag för/ }).selectOption({ label: 'Kalix' })
    await settled(page)
    await section().getByRole('table', { name: /Kostnad per medlem/ }).getByRole('row', { name: /Kalix/ }).waitFor()
    const share = plain(kronor(kalix.totalOre))
    for (const name of ['PDF, version 2', 'Word, version 2']) {
      const file = await download(name)
      const text = plain(name.startsWith('PDF') ? (await pdfPages(file.bytes)).join('\n') : docxText(file.bytes))
      expect(text).toContain(`Kalix andel av kostnaden är ${share}`)
      expect(text).toContain(hash)
    }
    expect(scriptErrors(page)).toEqual([])
  })
})
