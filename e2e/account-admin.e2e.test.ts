import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpServer } from '../tests/helpers/smtp'
import { checkPage, DEMO_PASSWORD, launchBrowser, logIn, logOut, newPage, scriptErrors, startSamverka, tabTo, type Samverka } from './harness'

/**
 * The administrator unlocks, deactivates and reactivates accounts; a coordinator invites a new person by
 * e-mail; a person changes their own account and ends their sessions.
 */
describe('administration and my account', () => {
  let samverka: Samverka
  let browser: Browser
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  const locked = { email: 'lasare@demo.samverka.se', name: 'Love Läsare' }

  beforeAll(async () => {
    smtp = await startSmtpServer()
    samverka = await startSamverka({ smtpUrl: smtp.url })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await samverka?.close()
    await smtp?.close()
  })

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
  const openUserMenu = (page: Page) => page.getByRole('banner').locator('summary', { hasText: /användarmeny|user menu/ }).click()

  /** One login attempt through the form, waiting for the server's answer. */
  const tryLogIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel('E-postadress').fill(email)
    await page.getByLabel('Lösenord').fill(password)
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'))
    await page.getByRole('button', { name: 'Logga in' }).click()
    return (await answer).status()
  }

  it('lets the administrator unlock an account locked by five wrong passwords', async () => {
    // A problem reported through the statement, for the administrator's list.
    const visitor = await newPage(browser, samverka.baseUrl)
    await visitor.goto('/accessibility?page=%2Fcollaborations')
    await visitor.getByLabel('Beskriv problemet').fill('Diagrammet går inte att läsa med skärmläsare.')
    await visitor.getByLabel('Din e-postadress').fill('anna@example.se')
    await visitor.getByRole('button', { name: 'Skicka rapporten' }).click()
    await visitor.getByText('Tack! Vi har tagit emot din rapport').waitFor()

    await visitor.goto('/login')
    const statuses = []
    for (let attempt = 0; attempt < 5; attempt++) statuses.push(await tryLogIn(visitor, locked.email, 'fel-losenord-igen'))
    // One answer for every refusal (it does not tell whether the account exists or is locked); the fifth locks it.
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    await visitor.getByRole('alert').getByText(/tillfälligt låst/i).waitFor()

    const admin = await newPage(browser, samverka.baseUrl)
    await logIn(admin, 'admin@demo.samverka.se')
    await openUserMenu(admin)
    await admin.getByRole('link', { name: 'Administration', exact: true }).click()
    await heading(admin, 'Konton').waitFor()
    expect(await admin.title()).toBe('Konton – Administration – Samverka')
    await admin.getByLabel(/^Sök på namn eller e-postadress/).fill('läsare')
    await admin.getByRole('button', { name: 'Sök', exact: true }).click()
    const table = admin.getByRole('table', { name: /1 konto som matchar/ })
    const row = table.getByRole('row', { name: new RegExp(locked.name) })
    await row.getByText(/^Låst till/).waitFor()
    await checkPage(admin, 'admin-accounts-locked')

    await row.getByRole('button', { name: `Lås upp ${locked.name}` }).click()
    await admin.getByText(`Kontot för ${locked.name} är upplåst.`, { exact: false }).waitFor()
    await row.getByText('Aktiv', { exact: true }).waitFor()
    await checkPage(admin, 'admin-accounts')

    const nav = admin.getByRole('navigation', { name: 'Meny för administration' })
    await nav.getByRole('link', { name: 'Rapporter om tillgänglighet' }).click()
    await heading(admin, 'Rapporter om tillgänglighet').waitFor()
    await admin.getByRole('table', { name: /rapporterat problem/ }).getByText('Diagrammet går inte att läsa med skärmläsare.').waitFor()
    await checkPage(admin, 'admin-accessibility-reports')

    await nav.getByRole('link', { name: 'Hela granskningsloggen' }).click()
    await heading(admin, 'Hela granskningsloggen').waitFor()
    await admin.getByRole('table', { name: /Poster i granskningsloggen/ }).getByText('Konto upplåst').first().waitFor()
    await checkPage(admin, 'admin-audit')
    expect(scriptErrors(admin)).toEqual([])

    // The person can now log in, and is offered no administration.
    expect(await tryLogIn(visitor, locked.email, DEMO_PASSWORD)).toBe(200)
    await heading(visitor, 'Mina samverkansorganisationer').waitFor()
    await openUserMenu(visitor)
    expect(await visitor.getByRole('link', { name: 'Administration', exact: true }).count()).toBe(0)
    await visitor.goto('/admin/accounts')
    await visitor.getByText('Administrationssidorna är bara för systemadministratörer.').waitFor()
    await checkPage(visitor, 'admin-refused')
    expect(scriptErrors(visitor)).toEqual([])
  })

  it('lets a person change their password and language on Mitt konto', async () => {
    const page = await newPage(browser, samverka.baseUrl)
    await logIn(page, 'ledamot@demo.samverka.se')
    await openUserMenu(page)
    await checkPage(page, 'user-menu')
    await page.getByRole('link', { name: 'Mitt konto' }).click()
    await heading(page, 'Mitt konto').waitFor()
    expect(await page.title()).toBe('Mitt konto – Samverka')
    await checkPage(page, 'my-account')

    // A wrong current password comes back by its field; two different new ones are caught before sending.
    await page.getByLabel(/^Nuvarande lösenord/).fill('inte-mitt-losenord')
    await page.getByLabel(/^Nytt lösenord/).fill('ett-nytt-langt-losenord')
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill('ett-annat-langt-losenord')
    await page.getByRole('button', { name: 'Byt lösenord' }).click()
    await page.locator('#repeat-password-error').waitFor()
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill('ett-nytt-langt-losenord')
    await page.getByRole('button', { name: 'Byt lösenord' }).click()
    await page.locator('#current-password-error').waitFor()
    expect(await page.getByLabel(/^Nuvarande lösenord/).getAttribute('aria-invalid')).toBe('true')
    await checkPage(page, 'my-account-password-error')

    await page.getByLabel(/^Nuvarande lösenord/).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Byt lösenord' }).click()
    await page.getByText('Ditt lösenord är bytt.').waitFor()

    await page.getByRole('combobox', { name: /^Språk/ }).selectOption('en')
    await page.getByRole('button', { name: 'Spara namn och språk' }).click()
    await heading(page, 'My account').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByText('Your name and language are saved.').waitFor()
    await checkPage(page, 'my-account-en')

    // The choice is the account's: it holds after logging out and in again with the new password.
    await logOut(page)
    await page.getByLabel('Email address').fill('ledamot@demo.samverka.se')
    await page.getByLabel('Password').fill('ett-nytt-langt-losenord')
    await page.getByRole('button', { name: 'Log in' }).click()
    await heading(page, 'My collaborations').waitFor()
    expect(scriptErrors(page)).toEqual([])
  })

  it('lets a coordinator invite a new person, who chooses a password from the e-mailed link and is signed in', async () => {
    const invited = { email: 'nina.ny@kalix.example', name: 'Nina Ny' }
    const coordinator = await newPage(browser, samverka.baseUrl)
    await logIn(coordinator, 'samordnare@demo.samverka.se')
    await coordinator.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await coordinator.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Användare och roller' }).click()
    await heading(coordinator, 'Användare och roller').waitFor()
    expect(await coordinator.getByLabel(/lösenord/i).count()).toBe(0)
    await coordinator.getByRole('textbox', { name: /^E-postadress/ }).fill(invited.email)
    await coordinator.getByRole('textbox', { name: /^Namn/ }).fill(invited.name)
    await coordinator.getByRole('combobox', { name: /^Roll/ }).selectOption({ label: 'Läsare' })
    await coordinator.getByRole('button', { name: 'Ge rollen' }).click()
    await coordinator.getByText(`En inbjudan med e-post har skickats till ${invited.email}.`).waitFor()
    const row = coordinator.getByRole('row', { name: new RegExp(invited.name) })
    await row.getByText('Inbjuden – har inte loggat in än').waitFor()
    await checkPage(coordinator, 'users-invited')

    const [mail] = smtp.to(invited.email)
    expect(mail!.subject).toBe('Du är inbjuden till Samverka')
    const link = mail!.text!.match(/http:\/\/127\.0\.0\.1:\d+\/invitation#[\w-]+/)![0]
    const person = await newPage(browser, samverka.baseUrl)
    await person.goto(link)
    await heading(person, 'Välj ditt lösenord').waitFor()
    await person.getByText(`Välkommen, ${invited.name}.`, { exact: false }).waitFor()
    await checkPage(person, 'invitation')
    await person.getByLabel(/^Nytt lösenord/).fill('min egen fras for samverka')
    await person.getByLabel(/^Upprepa det nya lösenordet/).fill('min egen fras for samverka')
    await person.getByRole('button', { name: 'Spara lösenordet och logga in' }).click()
    await heading(person, 'Mina samverkansorganisationer').waitFor()
    await person.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).waitFor()

    // The coordinator's list no longer calls them invited; the link does not work a second time.
    await coordinator.reload()
    await coordinator.getByRole('row', { name: new RegExp(invited.name) }).getByText('Läsare').waitFor()
    expect(await coordinator.getByText('Inbjuden – har inte loggat in än').count()).toBe(0)
    const again = await newPage(browser, samverka.baseUrl)
    await again.goto(link)
    await again.getByRole('alert').getByText(/Be den som bjöd in dig om en ny länk/).waitFor()
    await checkPage(again, 'invitation-used')
    expect(scriptErrors(person)).toEqual([])
  })

  it('lets the administrator deactivate an account, which signs the person out at once, and reactivate it', async () => {
    const person = { email: 'ekonom@demo.samverka.se', name: 'Eva Ekonom' }
    const personPage = await newPage(browser, samverka.baseUrl)
    await logIn(personPage, person.email)

    const admin = await newPage(browser, samverka.baseUrl)
    await logIn(admin, 'admin@demo.samverka.se')
    await admin.goto('/admin/accounts')
    await heading(admin, 'Konton').waitFor()
    await admin.getByLabel(/^Sök på namn eller e-postadress/).fill('ekonom')
    await admin.getByRole('button', { name: 'Sök', exact: true }).click()
    const row = admin.getByRole('table', { name: /1 konto som matchar/ }).getByRole('row', { name: new RegExp(person.name) })
    await row.getByText('Aktiv', { exact: true }).waitFor()
    // By keyboard: the button, then the confirmation dialog.
    await tabTo(admin, `Avaktivera ${person.name}`)
    await admin.keyboard.press('Enter')
    const dialog = admin.getByRole('dialog', { name: `Avaktivera ${person.name}?` })
    await dialog.waitFor()
    await checkPage(admin, 'admin-accounts-confirm-deactivate')
    await dialog.getByRole('button', { name: 'Ja, avaktivera' }).click()
    await admin.getByText(`Kontot för ${person.name} är avaktiverat.`, { exact: false }).waitFor()
    await row.getByText('Avaktiverad', { exact: true }).waitFor()
    await checkPage(admin, 'admin-accounts-deactivated')

    // The person's open session has ended: the next page sends them to the login, which refuses them.
    await personPage.goto('/account')
    await heading(personPage, 'Logga in').waitFor()
    expect(await tryLogIn(personPage, person.email, DEMO_PASSWORD)).toBe(401)

    await row.getByRole('button', { name: `Återaktivera ${person.name}` }).click()
    await admin.getByRole('dialog', { name: `Återaktivera ${person.name}?` }).getByRole('button', { name: 'Ja, återaktivera' }).click()
    await admin.getByText(`Kontot för ${person.name} är återaktiverat.`).waitFor()
    await row.getByText('Aktiv', { exact: true }).waitFor()
    expect(await tryLogIn(personPage, person.email, DEMO_PASSWORD)).toBe(200)
    await heading(personPage, 'Mitt konto').waitFor()
    // Nobody deactivates themselves: the administrator's own row offers no such button.
    await admin.getByLabel(/^Sök på namn eller e-postadress/).fill('admin@demo')
    await admin.getByRole('button', { name: 'Sök', exact: true }).click()
    await admin.getByRole('table', { name: /1 konto som matchar/ }).getByText('Ada Administratör').waitFor()
    expect(await admin.getByRole('button', { name: /^Avaktivera/ }).count()).toBe(0)
    expect(scriptErrors(admin)).toEqual([])
  })

  it('shows a person where they are signed in, and signs out one session or all of them', async () => {
    const email = 'revisor@demo.samverka.se'
    const laptop = await newPage(browser, samverka.baseUrl)
    const phone = await newPage(browser, samverka.baseUrl)
    await logIn(phone, email)
    await logIn(laptop, email)
    await laptop.goto('/account')
    await laptop.getByRole('heading', { level: 2, name: 'Inloggningar' }).waitFor()
    const sessions = laptop.getByRole('table', { name: 'Dina inloggningar' })
    await sessions.getByText('Den här').waitFor()
    expect(await sessions.locator('tbody tr').count()).toBe(2)
    // The device is read from the browser's user agent (this headless Chromium on Linux).
    await sessions.getByText(/ på Linux/).first().waitFor()
    await checkPage(laptop, 'my-account-sessions')

    await sessions.getByRole('button', { name: /^Logga ut .*, senast använd/ }).click()
    await laptop.getByText(/Inloggningen på .* är utloggad/).waitFor()
    expect(await sessions.locator('tbody tr').count()).toBe(1)
    await phone.goto('/account')
    await heading(phone, 'Logga in').waitFor()

    await logIn(phone, email)
    await laptop.getByRole('button', { name: 'Logga ut överallt' }).click()
    await heading(laptop, 'Logga in').waitFor()
    await phone.goto('/account')
    await heading(phone, 'Logga in').waitFor()
    expect(scriptErrors(laptop)).toEqual([])
  })
})
