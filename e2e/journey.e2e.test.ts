import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpServer } from '../tests/helpers/smtp'
import { checkPage, logIn, logOut, scriptErrors, useJourney } from './harness'

/**
 * The journey the issue asks for: a coordinator sets up a collaboration of all of Norrbotten, gives a
 * new person the member representative role for Piteå, who chooses a password from the e-mailed invitation
 * and sees they act for Piteå only.
 */
describe('from a county to a member representative who acts for their own member only', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  beforeAll(async () => (smtp = await startSmtpServer()))
  afterAll(() => smtp?.close())
  const journey = useJourney({ smtpUrl: () => smtp.url })
  let page: Page
  const collaborationName = 'Norrbottens digitala samverkan'
  const representative = { email: 'petra.pitea@pitea.example', name: 'Petra Piteåsson', password: 'ett-langt-losenord-2026' }

  beforeAll(() => {
    page = journey.page
  })

  const heading = (name: string) => page.getByRole('heading', { level: 1, name })
  const sideNav = () => page.getByRole('navigation', { name: `Meny för ${collaborationName}` })

  it('lets the coordinator create a collaboration of every municipality in Norrbotten', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: 'Skapa ny samverkan' }).click()
    await heading('Skapa ny samverkan').waitFor()

    await page.getByRole('textbox', { name: /^Namn/ }).fill(collaborationName)
    await page.getByRole('textbox', { name: /^Prefix/ }).fill('nds')
    expect(await page.getByRole('textbox', { name: /^Prefix/ }).inputValue()).toBe('NDS')
    // A joint committee sits in its host municipality's organisation (a kommunalförbund would have none).
    await page.getByRole('combobox', { name: /^Samverkansform/ }).selectOption({ label: 'Gemensam nämnd' })
    await page.getByRole('combobox', { name: 'Län', exact: true }).selectOption({ label: 'Norrbottens län (14 kommuner)' })
    await page.getByRole('button', { name: 'Lägg till alla kommuner i länet' }).click()
    await page.getByText('14 medlemmar med sammanlagt 248 620 invånare').waitFor()
    await page.getByRole('combobox', { name: /^Värdkommun/ }).selectOption({ label: 'Luleå' })
    await checkPage(page, 'journey-create')

    await page.getByRole('button', { name: 'Skapa samverkan' }).click()
    await heading(collaborationName).waitFor()
    await page.getByText('Gemensam nämnd', { exact: true }).waitFor()
    expect(await page.locator('dd', { hasText: 'Luleå' }).count()).toBe(1)
    await page.getByText('248 620 invånare').waitFor()
    await checkPage(page, 'journey-overview')

    await sideNav().getByRole('link', { name: 'Medlemmar' }).click()
    const members = page.getByRole('table', { name: `Medlemmar i ${collaborationName}` })
    await members.waitFor()
    expect(await members.locator('tbody tr').count()).toBe(14)
  })

  it('lets the coordinator give a new person the member representative role for Piteå', async () => {
    await sideNav().getByRole('link', { name: 'Användare och roller' }).click()
    await heading('Användare och roller').waitFor()
    await page.getByRole('textbox', { name: /^E-postadress/ }).fill(representative.email)
    await page.getByRole('textbox', { name: /^Namn/ }).fill(representative.name)
    await page.getByRole('combobox', { name: /^Roll/ }).selectOption({ label: 'Medlemsrepresentant' })
    await page.getByRole('combobox', { name: /^Medlem som personen företräder/ }).selectOption({ label: 'Piteå' })

    // The e-mail address is checked by its field before anything is saved.
    await page.getByRole('textbox', { name: /^E-postadress/ }).fill('petra.pitea')
    await page.getByRole('button', { name: 'Ge rollen' }).click()
    await page.locator('.field-error').first().waitFor()
    await checkPage(page, 'journey-add-user-error')

    await page.getByRole('textbox', { name: /^E-postadress/ }).fill(representative.email)
    await page.getByRole('button', { name: 'Ge rollen' }).click()
    await page.getByText(`${representative.name} har fått rollen medlemsrepresentant.`, { exact: false }).waitFor()
    const row = page.getByRole('row', { name: new RegExp(representative.name) })
    await row.getByText('Medlemsrepresentant för Piteå').waitFor()
    await row.getByText('Inbjuden – har inte loggat in än').waitFor()
    await checkPage(page, 'journey-users')

    await logOut(page)
  })

  it('lets the new person choose their password from the invitation in their e-mail', async () => {
    const link = smtp.to(representative.email)[0]!.text!.match(/http:\/\/127\.0\.0\.1:\d+\/invitation#[\w-]+/)![0]
    await page.goto(link)
    await heading('Välj ditt lösenord').waitFor()
    await page.getByLabel(/^Nytt lösenord/).fill(representative.password)
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill(representative.password)
    await page.getByRole('button', { name: 'Spara lösenordet och logga in' }).click()
    await heading('Mina samverkansorganisationer').waitFor()
    await logOut(page)
  })

  it('shows the representative that they act for Piteå only', async () => {
    await logIn(page, representative.email, representative.password)
    await page.getByText('Medlemsrepresentant för Piteå').waitFor()
    await page.getByRole('link', { name: collaborationName }).click()
    await heading(collaborationName).waitFor()

    // Pages the representative may not use are not offered.
    expect(await sideNav().getByRole('link', { name: 'Användare och roller' }).count()).toBe(0)
    expect(await sideNav().getByRole('link', { name: 'Granskningslogg' }).count()).toBe(0)

    await sideNav().getByRole('link', { name: 'Mina behörigheter' }).click()
    await heading('Mina behörigheter').waitFor()
    await page.getByText('Du företräder Piteå. Ändringar som gäller medlemmar får du bara göra för Piteå.').waitFor()
    const permissions = page.getByRole('table', { name: /Vad du får göra/ })
    const row = (name: string) => permissions.getByRole('row', { name: new RegExp(name) })
    expect(await row('Ändra medlemmars kontaktuppgifter').textContent()).toMatch(/Ja.*Endast Piteå/)
    expect(await row('Lägga till medlemmar').textContent()).toContain('Nej')
    expect(await row('Ge roller').textContent()).toContain('Nej')
    expect(await row('Läsa granskningsloggen').textContent()).toContain('Nej')
    expect(await row('Se medlemmar och befolkning').textContent()).toMatch(/Ja.*Hela samverkan/)
    await checkPage(page, 'journey-representative-permissions')

    // The same page in English, checked too.
    await page.getByRole('button', { name: 'In English' }).click()
    await heading('My permissions').waitFor()
    await page.getByText('You represent Piteå.', { exact: false }).waitFor()
    await checkPage(page, 'journey-representative-permissions-en')
    await page.getByRole('button', { name: 'På svenska' }).click()
    await heading('Mina behörigheter').waitFor()

    // Asking for a page outside the role gives a clear refusal, not a broken page.
    await page.goto(page.url().replace('/my-permissions', '/audit'))
    await page.getByRole('alert').waitFor()
    await checkPage(page, 'journey-representative-audit-refused')
    expect(scriptErrors(page)).toEqual([])
  })
})
