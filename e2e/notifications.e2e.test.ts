import { describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, scriptErrors, settled, useJourney } from './harness'

/** Kalix's representative finds what Kalix owes under the bell, and chooses how it reaches them by e-mail. */
describe('notifications', () => {
  const journey = useJourney()

  it('shows what Kalix owes in the bell, and saves the e-mail choices on Mitt konto', async () => {
    const page = journey.page
    await logIn(page, 'kalix@demo.samverka.se')
    const bell = page.getByRole('banner').locator('summary', { hasText: 'Aviseringar' })
    // The demo's history was swept when the server started: Kalix's decisions owed are notified.
    const owed = page.getByRole('banner').getByRole('listitem').filter({ hasText: /(Att göra|Påminnelse|Försenat): Kalix ska besluta/ })
    for (let tries = 0; tries < 50 && (await owed.count()) === 0; tries++) {
      await page.reload()
      await bell.click()
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(await owed.count()).toBeGreaterThan(0)
    expect(await bell.textContent()).toMatch(/\d+ olästa?/)
    await checkPage(page, 'notifications-bell')

    await page.getByRole('banner').getByRole('link', { name: 'Välj vad du får med e-post' }).click()
    const section = page.getByRole('region', { name: 'Aviseringar med e-post' })
    await section.waitFor()
    await settled(page)
    const newDuty = section.getByRole('group', { name: 'Något nytt att göra' })
    expect(await newDuty.getByRole('radio', { name: 'Daglig sammanfattning' }).isChecked()).toBe(true)
    // By keyboard: the radio group takes the arrow keys.
    await newDuty.getByRole('radio', { name: 'Daglig sammanfattning' }).focus()
    await page.keyboard.press('ArrowUp')
    expect(await newDuty.getByRole('radio', { name: 'Direkt' }).isChecked()).toBe(true)
    await section.getByRole('group', { name: /^Påminnelser/ }).getByRole('radio', { name: 'Veckosammanfattning' }).check()
    await section.getByRole('button', { name: 'Spara valen' }).click()
    await section.getByText('Dina val för aviseringar är sparade.').waitFor()
    await checkPage(page, 'notification-settings')
    await page.reload()
    await section.waitFor()
    await settled(page)
    expect(await section.getByRole('group', { name: /^Påminnelser/ }).getByRole('radio', { name: 'Veckosammanfattning' }).isChecked()).toBe(true)
    expect(scriptErrors(page)).toEqual([])
  })

  it('lets the coordinator choose the reminder days, refuses what is not a day, and keeps the other settings savable', async () => {
    const page = journey.page
    await logOut(page)
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Inställningar' }).click()
    const section = page.getByRole('region', { name: 'Påminnelser före sista dag' })
    const days = section.getByRole('textbox', { name: /^Dagar före sista dag/ })
    await settled(page)
    expect(await days.inputValue()).toBe('14, 3, 0')

    await days.fill('14, tre')
    await section.getByRole('button', { name: 'Spara påminnelserna' }).click()
    await section.getByText('Skriv bara hela dagar').first().waitFor()
    await days.fill('7, 30, 1')
    await section.getByRole('button', { name: 'Spara påminnelserna' }).click()
    await section.getByText('Påminnelserna är sparade.').waitFor()
    expect(await days.inputValue()).toBe('30, 7, 1')
    await checkPage(page, 'reminder-days')

    // The collaboration's own settings above still save: the form took up the version the reminder days moved.
    await page.getByRole('button', { name: 'Spara inställningarna' }).click()
    await page.getByText('Inställningarna är sparade.').waitFor()
    await page.reload()
    await settled(page)
    expect(await page.getByRole('region', { name: 'Påminnelser före sista dag' }).getByRole('textbox', { name: /^Dagar före sista dag/ }).inputValue()).toBe('30, 7, 1')
    expect(scriptErrors(page)).toEqual([])
  })
})
