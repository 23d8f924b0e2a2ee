/**
 * Single sign-on in the browser: the administrator adds the municipality's identity provider, then a
 * person clicks "Logga in med …" on the login page, logs in at the provider (a real OpenID Connect
 * provider process on 127.0.0.1) and lands signed in; someone without an account is turned back.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOidcProvider, type TestOidcProvider } from '../tests/helpers/oidc-provider'
import { checkPage, expectNoCspViolations, launchBrowser, logIn, logOut, newPage, scriptErrors, startSamverka, tabTo, type Samverka } from './harness'

describe('single sign-on through the municipality’s identity provider', () => {
  let samverka: Samverka
  let provider: TestOidcProvider
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    samverka = await startSamverka()
    ;[provider, browser] = await Promise.all([startOidcProvider(samverka.baseUrl), launchBrowser()])
    page = await newPage(browser, samverka.baseUrl)
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await provider?.stop()
    await samverka?.close()
  })

  it('the administrator adds the provider on the administration page', async () => {
    await logIn(page, 'admin@demo.samverka.se')
    await page.goto('/admin/identity-providers')
    await page.getByRole('heading', { level: 1, name: 'Inloggningstjänster (OpenID Connect)' }).waitFor()
    await checkPage(page, 'sso-admin-empty')

    await page.getByRole('button', { name: 'Lägg till en inloggningstjänst' }).click()
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Kalix kommun')
    await page.getByLabel('Utfärdare').fill(provider.issuer)
    await page.getByLabel('Klient-id').fill(provider.clientId)
    await page.getByLabel('Klienthemlighet').fill(provider.clientSecret)
    await checkPage(page, 'sso-admin-form')
    await page.getByRole('button', { name: 'Spara inloggningstjänsten' }).click()
    await page.getByRole('status').filter({ hasText: 'Kalix kommun är sparad.' }).waitFor()
    const row = page.getByRole('row', { name: /Kalix kommun/ })
    await row.getByText(/\/api\/auth\/oidc\/[0-9a-f-]+\/callback$/).waitFor()
    // The secret is written, never shown again.
    expect(await page.content()).not.toContain(provider.clientSecret)
    await checkPage(page, 'sso-admin-list')
    await logOut(page)
  })

  it('a person clicks "Logga in med Kalix kommun", logs in at the provider by keyboard and lands signed in', async () => {
    await provider.addAccount({ login: 'kalle', email: 'kalix@demo.samverka.se', email_verified: true, name: 'Kalle Kalixrepresentant' })
    await page.goto('/login')
    await page.getByRole('link', { name: 'Logga in med Kalix kommun' }).waitFor()
    await checkPage(page, 'login-with-sso')

    await tabTo(page, 'Logga in med Kalix kommun')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Testleverantörens inloggning' }).waitFor()
    await page.getByLabel('Användarnamn').fill('kalle')
    await page.keyboard.press('Enter')

    await page.getByRole('heading', { level: 1, name: 'Mina samverkansorganisationer' }).waitFor()
    expect(new URL(page.url()).origin).toBe(samverka.baseUrl)
    const session = await page.evaluate(async () => (await (await fetch('/api/auth/session')).json()) as { user: { email: string } | null })
    expect(session.user?.email).toBe('kalix@demo.samverka.se')
    await logOut(page)
  })

  it('someone without an account comes back to the login page, told to ask for an invitation', async () => {
    await provider.addAccount({ login: 'okand', email: 'ny.person@kalix.se', email_verified: true, name: 'Ny Person' })
    // Another person at another computer: Kalle is still logged in at the provider in the first browser.
    const other = await newPage(browser, samverka.baseUrl)
    await other.goto('/login')
    await other.getByRole('link', { name: 'Logga in med Kalix kommun' }).click()
    await other.getByLabel('Användarnamn').fill('okand')
    await other.getByRole('button', { name: 'Logga in hos testleverantören' }).click()
    await other.getByRole('alert').filter({ hasText: 'Du har inget konto i Samverka. Be samordnaren bjuda in dig.' }).waitFor()
    expect(new URL(other.url()).pathname).toBe('/login')
    await checkPage(other, 'login-sso-no-account')
    for (const each of [page, other]) {
      expectNoCspViolations(each)
      expect(scriptErrors(each)).toEqual([])
    }
  })
})
