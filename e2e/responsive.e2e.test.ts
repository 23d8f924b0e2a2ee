import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAxeViolations, focused, logIn, newPage, scriptErrors, settled, tabTo, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'
const SCREENS = join(process.cwd(), 'tmp', 'screens')
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1366, height: 768 }

/** What a screen of the page measures: where its heading starts, whether anything sticks out sideways, the header's height. */
function measure(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1')
    const header = document.querySelector('.site-header')
    const breakAll = [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).wordBreak === 'break-all').map((el) => el.tagName + '.' + el.className)
    return {
      h1Top: h1 ? h1.getBoundingClientRect().top + window.scrollY : Infinity,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      headerHeight: header?.getBoundingClientRect().height ?? 0,
      breakAll,
    }
  })
}

/** Checks one page at one size as a person sees it on opening it, and saves a full-page picture to tmp/screens. */
async function checkScreen(page: Page, name: string, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await page.evaluate(() => window.scrollTo(0, 0))
  await settled(page)
  mkdirSync(SCREENS, { recursive: true })
  await page.screenshot({ path: join(SCREENS, `${name}-${size.width}.png`), fullPage: true })
  const m = await measure(page)
  // Soft, so that one run names every page and size that does not fit.
  expect.soft(m.h1Top, `${name} at ${size.width}: the heading starts within the first screen`).toBeLessThan(m.innerHeight)
  expect.soft(m.scrollWidth, `${name} at ${size.width}: nothing sticks out sideways`).toBeLessThanOrEqual(m.innerWidth)
  expect.soft(m.headerHeight, `${name} at ${size.width}: the header is one row`).toBeLessThan(80)
  expect.soft(m.breakAll, `${name} at ${size.width}: no word broken anywhere`).toEqual([])
  await expectNoAxeViolations(page, `${name} at ${size.width}`).catch((error: unknown) => expect.soft(String(error)).toBe(''))
}

async function atBothSizes(page: Page, name: string) {
  for (const size of [PHONE, DESKTOP]) await checkScreen(page, name, size)
}

interface Ids {
  collaborationId: string
  kalixId: string
  meetingId: string
  /** The e-service platform, whose benefits every member follows. */
  platformId: string
  /** The demo's collaboration with the longest name, which the header must cut short rather than wrap. */
  longest: { id: string; name: string }
}

/** The demo's Norrbottens e-nämnd, Kalix and its next meeting, read from the API as the signed-in person. */
async function demoIds(page: Page): Promise<Ids> {
  const list = (await (await page.request.get('/api/collaborations')).json()) as { id: string; name: string }[]
  const collaborationId = list.find((c) => c.name === EN)?.id ?? ''
  const { members } = (await (await page.request.get(`/api/collaborations/${collaborationId}/members`)).json()) as { members: { id: string; name: string }[] }
  const kalixId = members.find((m) => m.name === 'Kalix')?.id ?? ''
  const meetings = (await (await page.request.get(`/api/collaborations/${collaborationId}/meetings`)).json()) as { id: string; bodyName: string; startsAt: string }[]
  const meetingId = meetings.find((m) => m.bodyName === EN && m.startsAt.startsWith('2026-12-09'))?.id ?? meetings[0]?.id ?? ''
  const longest = [...list].sort((a, b) => b.name.length - a.name.length)[0] ?? { id: '', name: '' }
  const titles = (await (await page.request.get(`/api/collaborations/${collaborationId}/initiatives/titles`)).json()) as { id: string; title: string }[]
  const platformId = titles.find((i) => i.title === 'Gemensam e-tjänsteplattform')?.id ?? ''
  return { collaborationId, kalixId, meetingId, platformId, longest }
}

/** Home, the member view, the invoice basis, the portfolio and a meeting, at 390 × 844 and at 1366 × 768, for two people. */
describe('every screen size', () => {
  const journey = useJourney()
  let coordinator: Page
  let representative: Page
  let browser: Browser
  let ids: Ids | undefined

  beforeAll(async () => {
    coordinator = journey.page
    browser = journey.browser
    representative = await newPage(browser, journey.samverka.baseUrl)
  })
  afterAll(async () => {
    await representative?.context().close()
  })

  for (const [who, email] of [
    ['coordinator', 'samordnare@demo.samverka.se'],
    ['kalix', 'kalix@demo.samverka.se'],
  ] as const) {
    it(`fits the ${who}'s pages on a phone and on a laptop`, async () => {
      const page = who === 'coordinator' ? coordinator : representative
      await logIn(page, email)
      // Read as the coordinator, who may list every member and meeting.
      ids ??= await demoIds(coordinator)
      const { collaborationId, kalixId, meetingId } = ids
      const base = `/collaborations/${collaborationId}`
      const prefix = who === 'coordinator' ? '' : 'kalix-'
      const visits: [string, string, RegExp][] = [
        ['home', '/', /Mina samverkansorganisationer/],
        ['overview', base, new RegExp(EN)],
        ['member-view', `${base}/members/${kalixId}/initiatives`, /^(Vårt deltagande|Deltagande: Kalix)$/],
        ['invoice-basis', `${base}/finance/invoice-basis/${kalixId}`, /Fakturaunderlag för Kalix/],
        ['member-benefits', `${base}/members/${kalixId}/benefits`, /^(Vad har vi fått ut\?|Vad har Kalix fått ut\?)$/],
        ['initiative-benefits', `${base}/initiatives/${ids.platformId}`, /^Gemensam e-tjänsteplattform$/],
        ['portfolio', `${base}/initiatives`, /^Initiativ$/],
        ['meeting', `${base}/meetings/${meetingId}`, /sammanträde/],
      ]
      if (who === 'coordinator') {
        visits.push(['register', `${base}/register`, /^Diarium$/], ['budgets', `${base}/finance/budgets`, /^Budgetar$/], ['risk-map', `${base}/risks`, /^Riskkarta$/])
        visits.push(['long-name', `/collaborations/${ids.longest.id}`, new RegExp(ids.longest.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))])
      }
      for (const [name, url, heading] of visits) {
        await page.setViewportSize(DESKTOP)
        await page.goto(url)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await atBothSizes(page, `${prefix}${name}`)
      }
      expect(scriptErrors(page)).toEqual([])
    })
  }

  it('on a phone, opens and closes the collaboration menu with the keyboard, and the page heading comes first', async () => {
    const page = coordinator
    const base = `/collaborations/${ids?.collaborationId ?? ''}`
    await page.setViewportSize(PHONE)
    await page.goto(`${base}/initiatives`)
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor()
    const nav = page.getByRole('navigation', { name: `Meny för ${EN}` })
    const button = page.getByRole('button', { name: `Meny: ${EN}` })
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(await nav.isVisible()).toBe(false)

    await tabTo(page, `Meny: ${EN}`)
    await page.keyboard.press('Enter')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    await nav.getByRole('link', { name: 'Översikt' }).waitFor()
    await tabTo(page, 'Översikt')
    await page.keyboard.press('Escape')
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect((await focused(page)).name).toBe(`Meny: ${EN}`)
    expect(await nav.isVisible()).toBe(false)

    // Following a link closes the menu; the new page's heading has the focus.
    await page.keyboard.press('Enter')
    await tabTo(page, 'Ekonomi')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Ekonomi' }).waitFor()
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')

    // At 1366 px the menu is a column beside the page and there is no button.
    await page.setViewportSize(DESKTOP)
    expect(await nav.isVisible()).toBe(true)
    expect(await button.isVisible()).toBe(false)
  })

  it('fits a dialog on a phone, and the portfolio board at 1366 px shows every phase or says there are more', async () => {
    const page = coordinator
    const base = `/collaborations/${ids?.collaborationId ?? ''}`
    await page.setViewportSize(PHONE)
    await page.goto(`${base}/meetings/${ids?.meetingId ?? ''}`)
    await page.getByRole('heading', { level: 1, name: /sammanträde/ }).waitFor()
    await page.getByRole('button', { name: 'Ändra tid och plats' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    const box = await dialog.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true)
    await expectNoAxeViolations(page, 'a dialog at 390')
    await page.screenshot({ path: join(SCREENS, 'dialog-390.png') })
    await page.keyboard.press('Escape')

    await page.setViewportSize(DESKTOP)
    await page.goto(`${base}/initiatives`)
    const board = page.getByRole('region', { name: /^Initiativ per fas/ })
    await board.waitFor()
    const fits = await board.evaluate((el) => el.scrollWidth <= el.clientWidth)
    const more = page.getByRole('button', { name: 'Fler faser →' })
    if (!fits) {
      await more.waitFor()
      // The cue scrolls the board; at its end the cue is gone.
      for (let i = 0; i < 5 && (await more.isVisible()); i++) {
        await more.click()
        await page.waitForTimeout(400)
      }
      expect(await more.isVisible()).toBe(false)
      await page.getByRole('heading', { level: 3, name: /Förvaltning/ }).waitFor()
      expect(await board.evaluate((el) => Math.abs(el.scrollLeft + el.clientWidth - el.scrollWidth) <= 2)).toBe(true)
    } else {
      expect(await more.count()).toBe(0)
    }
  })
})
