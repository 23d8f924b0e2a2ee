import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, TEST_PASSWORD } from '../tests/helpers/factories'
import { checkPage, launchBrowser, logIn, logOut, newPage, SCREENSHOT_DIR, scriptErrors, startSamverka, type Samverka } from './harness'

/**
 * A new installation, as the README's "Production: from an empty database" describes it: Samverka starts on an
 * empty database with the demo off and prints a setup link; the IT department opens it, creates the first
 * administrator, a collaboration of two municipalities from the reference data, and gives a person a role.
 */
describe('from an empty database to a first collaboration', () => {
  let samverka: Samverka
  let browser: Browser
  let page: Page
  const admin = { name: 'Ingrid Installatör', email: 'ingrid.installator@hjo.example', password: 'tre-tranor-vid-vättern-2026' }
  const collaborationName = 'Hjo och Tidaholms IT-samverkan'
  const person = { name: 'Tore Tidaholmare', email: 'tore.tidaholmare@tidaholm.example' }

  beforeAll(async () => {
    samverka = await startSamverka({ demo: false })
    browser = await launchBrowser()
    page = await newPage(browser, samverka.baseUrl)
  })
  afterAll(async () => {
    await browser?.close()
    await samverka?.close()
  })

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name })

  it('tells a visitor of the login page where the first account comes from', async () => {
    await page.goto('/login')
    await heading('Logga in').waitFor()
    await page.getByText('Samverka har inget konto än.', { exact: false }).waitFor()
    await checkPage(page, 'first-run-login')
  })

  it('creates the first administrator from the printed setup link, who is then signed in', async () => {
    expect(samverka.setupLink).toMatch(/\/setup#[\w-]{40,}$/)
    await page.goto(samverka.setupLink!)
    await heading('Installera Samverka').waitFor()
    await checkPage(page, 'first-run-setup')
    // On a phone the form fits the screen: no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-run-setup-390.png'), fullPage: true })
    await page.setViewportSize({ width: 1366, height: 900 })

    await page.getByLabel(/^Ditt namn/).fill(admin.name)
    await page.getByLabel(/^E-postadress/).fill(admin.email)
    await page.getByLabel(/^Lösenord/).fill(admin.password)
    // A typing mistake in the repeat is caught before anything is sent, next to the field.
    await page.getByLabel(/^Upprepa lösenordet/).fill(`${admin.password}x`)
    await page.getByRole('button', { name: 'Skapa administratörskonto' }).click()
    await page.locator('.field-error', { hasText: 'Lösenorden är inte lika' }).waitFor()
    await checkPage(page, 'first-run-setup-error')

    await page.getByLabel(/^Upprepa lösenordet/).fill(admin.password)
    await page.getByRole('button', { name: 'Skapa administratörskonto' }).click()
    await heading('Mina samverkansorganisationer').waitFor()
    await checkPage(page, 'first-run-home')

    // The link has done its work: setup is closed for good, and says so.
    await page.goto(samverka.setupLink!)
    await page.getByText('Samverka är redan installerat', { exact: false }).waitFor()
  })

  it('lets the administrator create a collaboration of two municipalities from the reference data', async () => {
    await page.goto('/')
    await page.getByRole('link', { name: 'Skapa ny samverkan' }).click()
    await heading('Skapa ny samverkan').waitFor()
    await page.getByRole('textbox', { name: /^Namn/ }).fill(collaborationName)
    await page.getByRole('textbox', { name: /^Prefix/ }).fill('HT')
    await page.getByRole('combobox', { name: /^Samverkansform/ }).selectOption({ label: 'Avtalssamverkan' })
    for (const municipality of ['Hjo', 'Tidaholm']) {
      await page.getByRole('searchbox', { name: /^Namn på kommun eller region/ }).fill(municipality)
      await page.getByRole('button', { name: `Lägg till ${municipality}`, exact: true }).click()
    }
    await page.getByText('2 medlemmar', { exact: false }).first().waitFor()
    await checkPage(page, 'first-run-create')
    await page.getByRole('button', { name: 'Skapa samverkan' }).click()
    await heading(collaborationName).waitFor()
    await checkPage(page, 'first-run-overview')

    const sideNav = page.getByRole('navigation', { name: `Meny för ${collaborationName}` })
    await sideNav.getByRole('link', { name: 'Medlemmar' }).click()
    const members = page.getByRole('table', { name: `Medlemmar i ${collaborationName}` })
    await members.getByRole('row', { name: /^Hjo/ }).waitFor()
    await members.getByRole('row', { name: /^Tidaholm/ }).waitFor()
    expect(await members.locator('tbody tr').count()).toBe(2)
  })

  it('lets the administrator give a person a role in the collaboration', async () => {
    const sideNav = page.getByRole('navigation', { name: `Meny för ${collaborationName}` })
    await sideNav.getByRole('link', { name: 'Användare och roller' }).click()
    await heading('Användare och roller').waitFor()
    await page.getByRole('textbox', { name: /^E-postadress/ }).fill(person.email)
    await page.getByRole('textbox', { name: /^Namn/ }).fill(person.name)
    await page.getByRole('combobox', { name: /^Roll/ }).selectOption({ label: 'Samordnare' })
    // Where new people still get a first password from the form (before invitations by e-mail), give one.
    const firstPassword = page.getByLabel(/^Första lösenord/)
    if ((await firstPassword.count()) > 0) await firstPassword.fill('ett-startlosenord-for-tore')
    await page.getByRole('button', { name: /^(Ge rollen|Bjud in)/ }).click()
    await page.getByRole('row', { name: new RegExp(person.name) }).getByText('Samordnare').waitFor()
    await checkPage(page, 'first-run-users')
  })

  it('shows the administrator that there is no demo data to remove', async () => {
    await page.goto('/admin/demo-data')
    await heading('Demodata').waitFor()
    await page.getByText('Det finns ingen demodata.').waitFor()
    await checkPage(page, 'first-run-demo-data')
  })

  it('ends without script errors', () => {
    expect(scriptErrors(page)).toEqual([])
  })
})

/** Before real use, a real administrator removes the demo in one step; the demo administrator may not. */
describe('removing the demo data', () => {
  let samverka: Samverka
  let browser: Browser
  let page: Page
  let realAdmin: { email: string }

  beforeAll(async () => {
    samverka = await startSamverka()
    realAdmin = await buildUser(samverka.db, { name: 'Rita Riktig', isAdmin: true })
    browser = await launchBrowser()
    page = await newPage(browser, samverka.baseUrl)
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await samverka?.close()
  })

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name })
  const openDemoData = async () => {
    await page.goto('/admin/accounts')
    await page.getByRole('navigation', { name: 'Meny för administration' }).getByRole('link', { name: 'Demodata' }).click()
    await heading('Demodata').waitFor()
  }
  const confirmRemoval = async () => {
    await page.getByRole('button', { name: 'Ta bort all demodata' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ta bort all demodata?' })
    await dialog.waitFor()
    await checkPage(page, 'demo-data-confirm')
    await dialog.getByRole('button', { name: 'Ta bort all demodata' }).click()
  }

  it('marks the demo collaborations, and refuses the demo administrator, who would remove themselves', async () => {
    await logIn(page, 'admin@demo.samverka.se')
    expect(await page.locator('.collaboration-card', { hasText: 'Norrbottens e-nämnd' }).getByText('Demo', { exact: true }).count()).toBe(1)
    await openDemoData()
    await page.getByText('Demokonton').waitFor()
    await checkPage(page, 'demo-data')
    await confirmRemoval()
    await page.getByRole('alert').getByText('Ett demokonto kan inte ta bort demodatan', { exact: false }).waitFor()
    await logOut(page)
  })

  it('lets a real administrator remove all of it, after which no collaboration is left', async () => {
    await logIn(page, realAdmin.email, TEST_PASSWORD)
    await openDemoData()
    await confirmRemoval()
    await page.getByRole('status').getByText('Demodatan är borttagen', { exact: false }).waitFor()
    // Nothing is left to remove: the counts and the button are gone.
    await page.getByRole('button', { name: 'Ta bort all demodata' }).waitFor({ state: 'detached' })
    await checkPage(page, 'demo-data-removed')
    await page.goto('/')
    await heading('Mina samverkansorganisationer').waitFor()
    expect(await page.locator('.collaboration-card').count()).toBe(0)
    expect(scriptErrors(page)).toEqual([])
  })
})
