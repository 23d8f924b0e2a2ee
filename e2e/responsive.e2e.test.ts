import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoAxeViolations, logIn, newPage, scriptErrors, settled, useJourney } from './harness'

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
}

/** The demo's Norrbottens e-nämnd, Kalix and its next meeting, read from the API as the signed-in person. */
async function demoIds(page: Page): Promise<Ids> {
  const collaborations = (await (await page.request.get('/api/collaborations')).json()) as { items?: { id: string; name: string }[] } | { id: string; name: string }[]
  const list = Array.isArray(collaborations) ? collaborations : (collaborations.items ?? [])
  const collaborationId = list.find((c) => c.name === EN)?.id ?? ''
  const { members } = (await (await page.request.get(`/api/collaborations/${collaborationId}/members`)).json()) as { members: { id: string; name: string }[] }
  const kalixId = members.find((m) => m.name === 'Kalix')?.id ?? ''
  const meetings = (await (await page.request.get(`/api/collaborations/${collaborationId}/meetings`)).json()) as { id: string; bodyName: string; startsAt: string }[]
  const meetingId = meetings.find((m) => m.bodyName === EN && m.startsAt.startsWith('2026-12-09'))?.id ?? meetings[0]?.id ?? ''
  return { collaborationId, kalixId, meetingId }
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
        ['portfolio', `${base}/initiatives`, /^Initiativ$/],
        ['meeting', `${base}/meetings/${meetingId}`, /sammanträde/],
      ]
      for (const [name, url, heading] of visits) {
        await page.setViewportSize(DESKTOP)
        await page.goto(url)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await atBothSizes(page, `${prefix}${name}`)
      }
      expect(scriptErrors(page)).toEqual([])
    })
  }
})
