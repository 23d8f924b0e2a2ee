/**
 * The journeys' harness: a real Samverka (PGlite with demo data) on a random port, a real Chromium,
 * no network beyond the loopback address, and an axe-core check that fails on any WCAG 2.1 AA violation.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import axe from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { DEMO_PASSWORD, seedDemo } from '../src/modules/demo/demo.seed'
import { loadReferenceData } from '../src/modules/members/reference-data'
import { buildApp } from '../src/server/app'
import { readConfig } from '../src/server/config'
import { openPglite, type Database } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { issueSetupLink } from '../src/modules/setup/setup.service'
import { freePort } from '../scripts/free-port'

export { DEMO_PASSWORD } from '../src/modules/demo/demo.seed'
export const SCREENSHOT_DIR = join(process.cwd(), 'tmp', 'screenshots')

export interface Samverka {
  baseUrl: string
  /** With the demo off: the one-time link to the setup page that the first start prints. */
  setupLink?: string
  /** Its database, for a journey to put in place what no page makes (a second, real administrator). */
  db: Database
  close: () => Promise<void>
}

/** A Samverka with the demo data, or (demo: false) an empty one, as a new installation starts. */
export async function startSamverka(options: { demo?: boolean; smtpUrl?: string | (() => string) } = {}): Promise<Samverka> {
  const demo = options.demo ?? true
  if (!existsSync(join(process.cwd(), 'dist', 'web', 'index.html'))) {
    throw new Error('dist/web/index.html is missing: run npm run build:web first')
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'samverka-e2e-'))
  const db = await openPglite(dataDir)
  await migrate(db)
  await loadReferenceData(db)
  if (demo) await seedDemo(db)
  // The port is taken first so that the app knows its own address (SAMVERKA_PUBLIC_URL), as in production:
  // links in e-mail and the single sign-on redirect URI point at this Samverka.
  const port = await freePort()
  const app = await buildApp({ db, config: { ...readConfig({}), demo, publicUrl: `http://127.0.0.1:${port}`, smtpUrl: typeof options.smtpUrl === 'function' ? options.smtpUrl() : options.smtpUrl }, logger: false })
  await app.listen({ port, host: '127.0.0.1' })
  const baseUrl = `http://127.0.0.1:${port}`
  // The same link main.ts prints at a start without any account.
  const setup = demo ? null : await issueSetupLink(db, baseUrl)
  return {
    baseUrl,
    setupLink: setup?.link,
    db,
    close: async () => {
      await app.close()
      await db.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** A fresh browser context (no cookies) whose requests may only reach Samverka itself. */
export async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort('blockedbyclient')
  })
  // The app runs under its real Content-Security-Policy: anything it blocks is reported to the console.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)),
  )
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  const errors: string[] = []
  const violations: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  pageErrors.set(page, errors)
  pageCspViolations.set(page, violations)
  return page
}

const pageErrors = new WeakMap<Page, string[]>()
const pageCspViolations = new WeakMap<Page, string[]>()

/** Fails when the Content-Security-Policy has blocked anything on the page so far: a page that breaks under it. */
export function expectNoCspViolations(page: Page): void {
  const violations = pageCspViolations.get(page) ?? []
  if (violations.length > 0) throw new Error(`The Content-Security-Policy blocked ${violations.length} thing(s):\n${violations.join('\n')}`)
}

/** Uncaught script errors seen on the page so far (a journey should end with none). */
export function scriptErrors(page: Page): string[] {
  return pageErrors.get(page) ?? []
}

/** Runs axe-core on the page as it is now and fails, naming every rule, impact and element, on any violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Evaluated rather than added as an inline <script>, which the page's CSP rightly refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
  if (violations.length > 0) {
    const lines = violations.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`)
    throw new Error(`axe-core found ${violations.length} violation(s) on ${label}:\n${lines.join('\n')}`)
  }
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined)
}

/** Checks the page for CSP violations and with axe and, when SCREENSHOTS=1, saves a full-page picture of it. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await settled(page)
  expectNoCspViolations(page)
  await expectNoAxeViolations(page, name)
  if (process.env.SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
  }
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('E-postadress').fill(email)
  await page.getByLabel('Lösenord').fill(password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Mina samverkansorganisationer' }).waitFor()
}

/** Opens the user menu in the header and logs out. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('banner').locator('summary', { hasText: /användarmeny|user menu/ }).click()
  await page.getByRole('banner').getByRole('button', { name: /^(Logga ut|Log out)$/ }).click()
  await page.getByRole('heading', { level: 1, name: /Logga in|Log in/ }).waitFor()
}

/** One Samverka, one browser and one page for a test file: started before its tests, closed after them. */
export function useJourney(options: Parameters<typeof startSamverka>[0] = {}): { readonly samverka: Samverka; readonly browser: Browser; readonly page: Page } {
  const journey = {} as { samverka: Samverka; browser: Browser; page: Page }
  beforeAll(async () => {
    journey.samverka = await startSamverka(options)
    journey.browser = await launchBrowser()
    journey.page = await newPage(journey.browser, journey.samverka.baseUrl)
  })
  afterAll(async () => {
    await journey.browser?.close()
    await journey.samverka?.close()
    if (journey.page) expectNoCspViolations(journey.page)
  })
  return journey
}

/** The focused element's name (label, aria-label or text) and whether its focus ring shows. */
export function focused(page: Page): Promise<{ name: string; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return { name: '', outline: 'none' }
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null
    return { name: (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim(), outline: getComputedStyle(el).outlineStyle }
  })
}

/** Presses Tab until the focused element's name starts with `name`, failing if it is never reached or its focus is invisible. */
export async function tabTo(page: Page, name: string | RegExp, maxSteps = 150): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (typeof name === 'string' ? now.name.startsWith(name) : name.test(now.name)) {
      expect(now.outline, `focus ring on "${now.name}"`).not.toBe('none')
      return
    }
  }
  throw new Error(`Could not reach "${String(name)}" with the Tab key`)
}
