import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPage, DEMO_PASSWORD, launchBrowser, logIn, logOut, newPage, scriptErrors, startSamverka, type Samverka } from './harness'

/** The administrator unlocks a locked account, and a person changes their own account. */
describe('administration and my account', () => {
  let samverka: Samverka
  let browser: Browser
  const locked = { email: 'lasare@demo.samverka.se', name: 'Love Läsare' }

  beforeAll(async () => {
    samverka = await startSamverka()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await samverka?.close()
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
    await admin.getByRole('link', { name: 'Administration' }).click()
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
    await row.getByText('Aktivt').waitFor()
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
    expect(await visitor.getByRole('link', { name: 'Administration' }).count()).toBe(0)
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
})
