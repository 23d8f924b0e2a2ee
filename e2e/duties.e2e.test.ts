import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, scriptErrors, useJourney } from './harness'

/** Att göra on the home page: each person sees what they, and the member they act for, owe, with its date and the way there. */
describe('Att göra on the home page', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
  })

  const todo = () => page.getByRole('region', { name: 'Att göra' })

  it("shows Kalix's representative the e-archive decision Kalix owes, with its due date, and leads to it", async () => {
    await logIn(page, 'kalix@demo.samverka.se')
    const duty = todo().getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Kalix ska besluta: .* – E-arkiv$/ }) })
    await duty.waitFor()
    expect(await duty.textContent()).toContain('Senast 2026-12-15')
    expect(await duty.textContent()).toContain('Norrbottens e-nämnd')
    // Att göra comes first: before the collaboration cards.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
    expect(headings[0]).toBe('Att göra')
    await checkPage(page, 'home-todo-representative')

    // On a phone the list fits the screen: no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await todo().evaluate((section) => section.scrollWidth <= section.clientWidth)).toBe(true)
    await checkPage(page, 'home-todo-representative-390')
    await page.setViewportSize({ width: 1366, height: 900 })

    await duty.getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: 'E-arkiv' }).waitFor()
    await logOut(page)
  })

  it('shows the coordinator the members that have not decided yet', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    const waiting = page.getByRole('link', { name: /^E-arkiv: \d+ medlemmar har inte beslutat om / })
    const item = todo().getByRole('listitem').filter({ has: waiting })
    await item.waitFor()
    expect(await item.textContent()).toContain('Senast 2026-12-15')
    await checkPage(page, 'home-todo-coordinator')
    await item.getByRole('link').click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(page.url()).toContain('/member-decisions')
    expect(scriptErrors(page)).toEqual([])
  })
})
