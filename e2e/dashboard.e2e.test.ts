import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, scriptErrors, useJourney } from './harness'

/** The collaboration's overview as a dashboard, and the personal calendar feed, as Kalix's representative (issue 17). */
describe('the dashboard and my calendar, as a member representative', () => {
  const journey = useJourney()
  let page: Page
  let overviewUrl = ''

  beforeAll(async () => {
    page = journey.page
  })

  const heading = (level: number, name: string | RegExp) => page.getByRole('heading', { level, name })

  it("shows what is due, the next meetings, the initiatives by phase and what Kalix pays this year with a link to its basis", async () => {
    await logIn(page, 'kalix@demo.samverka.se')
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await heading(1, 'Norrbottens e-nämnd').waitFor()
    overviewUrl = page.url()
    for (const name of ['Att göra', 'Nästa sammanträden', 'Initiativ per fas', 'Att betala i år', 'Grindar som väntar på beslut']) await page.getByRole('heading', { name, exact: true }).waitFor()
    const year = new Date().getFullYear()
    const basis = page.getByRole('link', { name: `Fakturaunderlag för Kalix ${year}` })
    await basis.waitFor()
    expect(await page.locator('.dashboard-figure').first().textContent()).toMatch(/^-?\d{1,3}(\u00a0\d{3})*(,\d{2})?\u00a0kr$/)
    await checkPage(page, 'dashboard')
    await basis.click()
    expect(page.url()).toContain('/finance/invoice-basis/')
    expect(scriptErrors(page)).toEqual([])
  })

  it('fits a 390 px phone: every card within the screen, axe clean', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(overviewUrl)
    await heading(1, 'Norrbottens e-nämnd').waitFor()
    await page.getByRole('heading', { name: 'Att betala i år' }).waitFor()
    // Every card within the screen, and nothing in a card sticking out of it (a date or a long name).
    const overflow = await page.locator('.dashboard-card').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const edge = card.getBoundingClientRect().right
        if (edge > window.innerWidth + 1) return [card.id || card.className]
        return [...card.querySelectorAll('a, span, p, li')].filter((el) => el.getBoundingClientRect().right > edge + 1).map((el) => el.textContent ?? '')
      }),
    )
    expect(overflow).toEqual([])
    await checkPage(page, 'dashboard-390')
    await page.setViewportSize({ width: 1366, height: 900 })
  })

  it('creates a calendar link on the account page that a calendar program can fetch, and revokes it', async () => {
    await page.goto('/account')
    await heading(2, 'Min kalender').waitFor()
    await page.getByRole('button', { name: 'Skapa kalenderlänk' }).click()
    const field = page.getByLabel('Din kalenderlänk')
    await field.waitFor()
    const url = await field.inputValue()
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
    const feed = await page.request.get(new URL(url).pathname, { headers: { cookie: '' } })
    expect(feed.status()).toBe(200)
    expect(await feed.text()).toContain('BEGIN:VCALENDAR')
    await checkPage(page, 'account-calendar')
    await page.getByRole('button', { name: 'Ta bort länken' }).click()
    await page.getByText('Länken är borttagen och fungerar inte längre.').waitFor()
    expect((await page.request.get(new URL(url).pathname)).status()).toBe(404)
  })

  it('shows the annual wheel with its dated entries, axe clean', async () => {
    await page.goto(`${overviewUrl.replace(/\/$/, '')}/calendar`)
    await heading(1, 'Kalender').waitFor()
    await page.getByRole('heading', { name: 'Årshjul' }).waitFor()
    await checkPage(page, 'calendar-wheel')
  })
})
