import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPage, launchBrowser, logIn, newPage, scriptErrors, startSamverka, type Samverka } from './harness'

/** Text of the element that has focus, to see where the keyboard is. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
const focusIsInDialog = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))

/** Changing a member: the representative for their own member only, two coordinators at once, and the settings. */
describe('changing members and the collaboration', () => {
  let samverka: Samverka
  let browser: Browser

  beforeAll(async () => {
    samverka = await startSamverka()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await samverka?.close()
  })

  const openMembers = async (page: Page) => {
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Medlemmar' }).click()
    await page.getByRole('heading', { level: 1, name: 'Medlemmar' }).waitFor()
    const table = page.getByRole('table', { name: 'Medlemmar i Norrbottens e-nämnd' })
    await table.getByRole('row', { name: /^Övertorneå/ }).waitFor()
    return table
  }

  it("lets the Kalix representative change Kalix's contact details, and nothing on Luleå", async () => {
    const page = await newPage(browser, samverka.baseUrl)
    await logIn(page, 'kalix@demo.samverka.se')
    const table = await openMembers(page)
    const kalix = table.getByRole('row', { name: /^Kalix/ })
    expect(await table.getByRole('row', { name: /^Luleå/ }).getByRole('button').count()).toBe(0)
    expect(await table.getByRole('button', { name: /^Ändra/ }).count()).toBe(1)
    await checkPage(page, 'members-representative')

    // The dialog takes the focus, Escape closes it and the focus returns to the button.
    const edit = kalix.getByRole('button', { name: 'Ändra Kalix' })
    await edit.click()
    const dialog = page.getByRole('dialog', { name: 'Ändra Kalix' })
    await dialog.waitFor()
    expect(await focusIsInDialog(page)).toBe(true)
    expect(await dialog.getByLabel('Ansluten').count()).toBe(0)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => focusedText(page)).toBe('Ändra Kalix')

    // Open it again from the keyboard; a wrong address comes back next to its field.
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await dialog.getByLabel('Kontaktpersonens namn').fill('Karin Kalixson')
    await dialog.getByLabel('Kontaktpersonens e-postadress').fill('inte-en-adress')
    await dialog.getByRole('button', { name: 'Spara ändringarna' }).click()
    await dialog.locator('#member-contact-email-error').waitFor()
    expect(await dialog.getByLabel('Kontaktpersonens e-postadress').getAttribute('aria-invalid')).toBe('true')
    await checkPage(page, 'member-edit-representative-error')

    await dialog.getByLabel('Kontaktpersonens e-postadress').fill('karin.kalixson@kalix.example')
    await dialog.getByRole('button', { name: 'Spara ändringarna' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Ändringarna för Kalix är sparade.').waitFor()
    expect(await kalix.textContent()).toContain('Karin Kalixson')
    expect(await kalix.textContent()).toContain('karin.kalixson@kalix.example')
    await expect.poll(() => focusedText(page)).toBe('Ändra Kalix')
    await checkPage(page, 'members-representative-saved')
    expect(scriptErrors(page)).toEqual([])
  })

  it('tells the second of two coordinators saving the same member that someone else changed it', async () => {
    const first = await newPage(browser, samverka.baseUrl)
    const second = await newPage(browser, samverka.baseUrl)
    await logIn(first, 'samordnare@demo.samverka.se')
    await logIn(second, 'samordnare@demo.samverka.se')
    const firstTable = await openMembers(first)
    const secondTable = await openMembers(second)
    await firstTable.getByRole('button', { name: 'Ändra Piteå' }).click()
    await secondTable.getByRole('button', { name: 'Ändra Piteå' }).click()
    const firstDialog = first.getByRole('dialog', { name: 'Ändra Piteå' })
    const secondDialog = second.getByRole('dialog', { name: 'Ändra Piteå' })
    await checkPage(first, 'member-edit-coordinator')
    if (process.env.SCREENSHOTS === '1') await first.screenshot({ path: 'tmp/screenshots/member-edit-coordinator-viewport.png' })

    // The coordinator also sees the dates; leaving before joining is refused by the field.
    await firstDialog.getByLabel('Lämnade').fill('2000-01-01')
    await firstDialog.getByRole('button', { name: 'Spara ändringarna' }).click()
    await firstDialog.locator('#member-left-on-error').waitFor()
    await checkPage(first, 'member-edit-coordinator-error')
    await firstDialog.getByLabel('Lämnade').fill('')
    await firstDialog.getByLabel('Kontaktpersonens namn').fill('Anna Andersson')
    await firstDialog.getByRole('button', { name: 'Spara ändringarna' }).click()
    await first.getByText('Ändringarna för Piteå är sparade.').waitFor()

    await secondDialog.getByLabel('Kontaktpersonens namn').fill('Bertil Berg')
    await secondDialog.getByRole('button', { name: 'Spara ändringarna' }).click()
    const alert = secondDialog.getByRole('alert')
    await alert.getByText('Någon annan har ändrat uppgifterna medan du arbetade.', { exact: false }).waitFor()
    await checkPage(second, 'member-edit-stale')

    await alert.getByRole('button', { name: 'Ladda om' }).click()
    const reloaded = second.getByRole('table', { name: 'Medlemmar i Norrbottens e-nämnd' })
    await reloaded.getByRole('row', { name: /^Piteå/ }).getByText('Anna Andersson').waitFor()
    expect(await reloaded.getByRole('row', { name: /^Piteå/ }).textContent()).not.toContain('Bertil Berg')
    expect(scriptErrors(first)).toEqual([])
    expect(scriptErrors(second)).toEqual([])

    // The settings, as the same coordinator.
    await first.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Inställningar' }).click()
    await first.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor()
    expect(await first.title()).toBe('Inställningar – Norrbottens e-nämnd – Samverka')
    expect(await first.getByRole('combobox', { name: /^Värdkommun/ }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Luleå')
    await checkPage(first, 'settings')

    // A prefix another collaboration uses is refused with the server's title.
    await first.getByRole('textbox', { name: /^Prefix/ }).fill('vk')
    await first.getByRole('button', { name: 'Spara inställningarna' }).click()
    await first.getByRole('alert').waitFor()
    await checkPage(first, 'settings-prefix-taken')

    await first.getByRole('textbox', { name: /^Prefix/ }).fill('EN')
    await first.getByRole('textbox', { name: /^Beskrivning/ }).fill('Gemensam e-nämnd för kommunerna i Norrbotten.')
    await first.getByRole('combobox', { name: /^Värdkommun/ }).selectOption({ label: 'Piteå' })
    await first.getByRole('button', { name: 'Spara inställningarna' }).click()
    await first.getByText('Inställningarna är sparade.').waitFor()
    await first.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Översikt' }).click()
    await first.getByText('Gemensam e-nämnd för kommunerna i Norrbotten.').waitFor()
    // The host is named once the overview has its new data; wait for it rather than read it at once.
    await expect.poll(() => first.locator('dd', { hasText: 'Piteå' }).count()).toBe(1)
    expect(scriptErrors(first)).toEqual([])
  })
})
