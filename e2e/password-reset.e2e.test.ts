import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpServer } from '../tests/helpers/smtp'
import { checkPage, DEMO_PASSWORD, logIn, scriptErrors, settled, useJourney } from './harness'

const NEW_PASSWORD = 'en ny fras som bara jag vet'

/** A person who has forgotten their password asks for a link, reads the e-mail, chooses a new one and signs in with it. */
describe('a forgotten password', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeAll(async () => (smtp = await startSmtpServer()))
  afterAll(() => smtp?.close())
  const journey = useJourney({ smtpUrl: () => smtp.url })

  // The demo's own notices wait in the outbox too and go out with it: only the reset mail is looked at.
  const resetMails = (address: string) => smtp.to(address).filter((mail) => mail.subject === 'Välj ett nytt lösenord till Samverka')
  /** The link in the newest reset mail to the address; the mail is sent just after the answer, so it is waited for. */
  const linkMailedTo = async (address: string) => {
    for (let tries = 0; resetMails(address).length === 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100))
    const link = resetMails(address).at(-1)?.text?.match(/http:\/\/127\.0\.0\.1:\d+\/reset-password#[\w-]+/)?.[0]
    if (!link) throw new Error(`no reset link mailed to ${address}`)
    return link
  }

  it('is chosen anew through an e-mailed link, after which the old one no longer works', async () => {
    const page = journey.page
    const email = 'sekreterare@demo.samverka.se'
    await page.goto('/login')
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click()
    await page.getByRole('heading', { level: 1, name: 'Glömt lösenordet' }).waitFor()
    await checkPage(page, 'forgot-password')
    await page.getByLabel(/^E-postadress/).fill(email)
    await page.getByRole('button', { name: 'Skicka länk' }).click()
    await page.getByText(`Om det finns ett aktivt konto med adressen ${email} har vi skickat en länk dit.`).waitFor()
    await checkPage(page, 'forgot-password-sent')

    const link = await linkMailedTo(email)
    expect(resetMails(email)).toHaveLength(1)
    expect(link.startsWith(journey.samverka.baseUrl)).toBe(true)
    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: 'Välj nytt lösenord' }).waitFor()
    await checkPage(page, 'reset-password')
    // Two different passwords are caught before sending.
    await page.getByLabel(/^Nytt lösenord/).fill(NEW_PASSWORD)
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill('en annan fras')
    await page.getByRole('button', { name: 'Spara nytt lösenord' }).click()
    await page.locator('#choose-password-repeat-error').waitFor()
    await checkPage(page, 'reset-password-error')
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Spara nytt lösenord' }).click()
    await page.getByText('Ditt nya lösenord är sparat. Logga in med det.').waitFor()
    await checkPage(page, 'reset-password-done')

    await page.getByRole('link', { name: 'Logga in' }).click()
    await page.getByLabel('E-postadress').fill(email)
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Logga in' }).click()
    await page.getByRole('alert').getByText(/Fel e-postadress eller lösenord/).waitFor()
    await logIn(page, email, NEW_PASSWORD)

    // The link worked once: opened again, it says so and offers a new one.
    await page.goto(link)
    await page.getByLabel(/^Nytt lösenord/).fill('ytterligare en lang fras')
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill('ytterligare en lang fras')
    await page.getByRole('button', { name: 'Spara nytt lösenord' }).click()
    await page.getByRole('alert').getByText(/fungerar inte längre/).waitFor()
    await page.getByRole('link', { name: 'Begär en ny länk' }).waitFor()
    await checkPage(page, 'reset-password-used')
    expect(scriptErrors(page)).toEqual([])
  })

  it('fits a phone: the account pages need no sideways scrolling at 390 px', async () => {
    const page = journey.page
    await page.setViewportSize({ width: 390, height: 844 })
    // Still signed in from the test above: Mitt konto with its Inloggningar, then the pages of the links.
    for (const [path, title] of [
      ['/account', 'Mitt konto'],
      ['/forgot-password', 'Glömt lösenordet'],
      ['/reset-password#en-kod-som-inte-finns-men-har-ratt-form', 'Välj nytt lösenord'],
      ['/invitation#en-kod-som-inte-finns-men-har-ratt-form', 'Välj ditt lösenord'],
    ] as const) {
      await page.goto(path)
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      await settled(page)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await checkPage(page, 'invitation-invalid-phone')
    await page.setViewportSize({ width: 1366, height: 900 })
  })
})
