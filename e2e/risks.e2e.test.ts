import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, scriptErrors, settled, tabTo, useJourney } from './harness'

const SCREENS = join(process.cwd(), 'tmp', 'screens')
const TITLE = 'Molntjänsten för e-arkivet saknar avtal om personuppgiftsbiträde'

/**
 * The risk journey: the coordinator adds a risk above the escalation threshold to the e-archive by keyboard,
 * finds it in its cell of the initiative's matrix (and escalated), and in the portfolio's risk map.
 */
describe('the risk register', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(() => {
    page = journey.page
  })

  /** At 1366 and 390 px: the whole page, or only `part` of it (the initiative page is long). */
  const shoot = async (name: string, part?: ReturnType<Page['locator']>) => {
    mkdirSync(SCREENS, { recursive: true })
    for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size)
      await settled(page)
      const path = join(SCREENS, `${name}-${size.width}.png`)
      await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }))
    }
    await page.setViewportSize({ width: 1366, height: 768 })
  }

  it('lets the coordinator add a risk above the threshold by keyboard, and shows it in the matrix cell and the risk map', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Initiativ', exact: true }).click()
    await page.getByRole('link', { name: 'E-arkiv', exact: true }).first().click()
    await page.getByRole('heading', { level: 1, name: 'E-arkiv' }).waitFor()
    const section = page.locator('#risks')
    await section.getByRole('table', { name: 'Riskregister, högst riskvärde först' }).waitFor()
    const cell = section.getByTestId('risk-cell-5-4')
    expect(await cell.locator('.risk-count').textContent()).toBe('0')

    await tabTo(page, 'Lägg till risk')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Lägg till risk' })
    await dialog.waitFor()
    await dialog.getByLabel('Rubrik').focus()
    await page.keyboard.type(TITLE)
    await dialog.getByLabel('Kategori').focus()
    await page.keyboard.press('End') // Övrigt
    await page.keyboard.press('ArrowUp') // … Informationssäkerhet
    await dialog.getByLabel('Orsak').focus()
    await page.keyboard.type('Avtalet med leverantören av molntjänsten är inte klart.')
    const before = dialog.getByRole('group', { name: 'Bedömning före åtgärder' })
    await before.getByLabel('Sannolikhet (1–5)').focus()
    await page.keyboard.press('End') // 5
    await before.getByLabel('Konsekvens (1–5)').focus()
    await page.keyboard.press('ArrowDown') // 4
    await dialog.getByLabel('Ägarens namn').focus()
    await page.keyboard.type('Anna Arkivarie')
    await dialog.getByLabel('Nästa granskning').focus()
    await page.keyboard.type('2027-01-15')
    await checkPage(page, 'risk-dialog')
    await dialog.getByRole('button', { name: 'Spara risken' }).focus()
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })

    const row = section.getByRole('row', { name: new RegExp(TITLE) })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/Eskalerad till E-kontoret/)
    expect(await row.textContent()).toMatch(/Mycket hög \(20\)/)
    await expect.poll(() => cell.locator('.risk-count').textContent()).toBe('1')
    expect(await cell.textContent()).toContain('Mycket hög')
    await checkPage(page, 'initiative-risks')
    await shoot('initiative-risks', section)

    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Riskkarta' }).click()
    await page.getByRole('heading', { level: 1, name: 'Riskkarta' }).waitFor()
    await expect.poll(() => page.getByTestId('risk-cell-5-4').locator('.risk-count').textContent()).toBe('1')
    await page.getByRole('table', { name: 'Risker, högst riskvärde först' }).getByText(TITLE).waitFor()
    await page.getByLabel('Nivå').selectOption({ label: 'Mycket hög' })
    await page.getByRole('button', { name: 'Visa' }).click()
    await expect.poll(() => page.getByRole('table', { name: 'Risker, högst riskvärde först' }).locator('tbody tr').count()).toBe(2)
    await checkPage(page, 'risk-map-filtered')
    await shoot('risk-map')
    expect(scriptErrors(page)).toEqual([])
  })
})
