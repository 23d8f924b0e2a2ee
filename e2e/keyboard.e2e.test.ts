import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, DEMO_PASSWORD, scriptErrors, useJourney, focused, tabTo } from './harness'

/** Moves through a focused select with the arrow keys until the chosen option's text starts with `label`. */
async function arrowTo(page: Page, label: string, maxSteps = 40): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press('ArrowDown')
    const chosen = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement
      return select.selectedOptions[0]?.textContent ?? ''
    })
    if (chosen.startsWith(label)) return
  }
  throw new Error(`Could not reach the option "${label}" with the arrow keys`)
}

/** Login and creating a collaboration, with the keyboard only. */
describe('keyboard only', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
  })

  it('skips to the main content and logs in', async () => {
    await page.goto('/login')
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor()
    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Hoppa till huvudinnehållet')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

    await tabTo(page, 'E-postadress')
    await page.keyboard.type('samordnare@demo.samverka.se')
    await tabTo(page, 'Lösenord')
    await page.keyboard.type('fel-losenord')
    await page.keyboard.press('Enter')
    // The error takes focus so it is read out at once.
    await page.getByRole('alert').waitFor()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    await checkPage(page, 'keyboard-login-error')

    await tabTo(page, 'Lösenord')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(DEMO_PASSWORD)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Mina samverkansorganisationer' }).waitFor()
  })

  it('creates a collaboration of a whole county, choosing the host, without a mouse', async () => {
    await tabTo(page, 'Skapa ny samverkan')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Skapa ny samverkan' }).waitFor()
    // Focus moved to the new page's heading; Tab continues from there.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')

    await tabTo(page, 'Namn')
    await page.keyboard.type('Samverkan Västerbotten')
    await tabTo(page, 'Prefix')
    await page.keyboard.type('SVB')
    await tabTo(page, 'Samverkansform')
    await page.keyboard.type('Avtal')
    await tabTo(page, 'Län')
    await arrowTo(page, 'Västerbottens län')
    await tabTo(page, 'Lägg till alla kommuner i länet')
    await page.keyboard.press('Enter')
    await page.getByText(/^15 medlemmar med sammanlagt/).waitFor()

    // One more by name: Region Västerbotten.
    await tabTo(page, 'Namn på kommun eller region')
    await page.keyboard.type('Region Väster')
    await page.getByRole('button', { name: 'Lägg till Region Västerbotten' }).waitFor()
    await tabTo(page, 'Lägg till Region Västerbotten')
    await page.keyboard.press('Enter')
    await page.getByText(/^16 medlemmar med sammanlagt/).waitFor()

    await tabTo(page, 'Värdkommun')
    await page.keyboard.type('Ume')
    expect(await page.getByRole('combobox', { name: /^Värdkommun/ }).inputValue()).toBe('2480')
    await checkPage(page, 'keyboard-create')
    await tabTo(page, 'Skapa samverkan')
    await page.keyboard.press('Enter')

    await page.getByRole('heading', { level: 1, name: 'Samverkan Västerbotten' }).waitFor()
    await page.getByText('Avtalssamverkan', { exact: true }).waitFor()
    expect(await page.locator('dd', { hasText: 'Umeå' }).count()).toBe(1)
    await checkPage(page, 'keyboard-created')
    expect(scriptErrors(page)).toEqual([])
  })
})
