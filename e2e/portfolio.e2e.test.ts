import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'

/** The portfolio (board, list, funnel, filters), registering an idea, the member-decision matrix and a member's own view. */
describe('the portfolio of initiatives', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
  })

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const listRows = () => page.getByRole('table', { name: `Initiativ i ${EN}` }).locator('tbody tr')

  it('shows the board, the list and the funnel to the coordinator', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    await nav('Initiativ').click()
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor()
    await settled(page)

    // The board: one column per phase of Norrbotten's process, cards in them.
    const board = page.getByRole('region', { name: /^Initiativ per fas i / })
    await board.waitFor()
    const columns = board.locator('.board-column')
    expect(await columns.count()).toBeGreaterThanOrEqual(4)
    expect(await board.locator('.board-card').count()).toBeGreaterThan(0)
    expect(await board.locator('.board-card').first().textContent()).toMatch(/\d+ deltagare/)

    // The funnel, with its figures as a table for screen readers; no phase is reached by more than the first.
    const funnel = page.getByRole('figure', { name: 'Tratt: hur långt idéerna når' })
    const reached = (await funnel.getByRole('table').locator('tbody tr td:nth-child(2)').allTextContents()).map(Number)
    expect(reached.length).toBe(await columns.count())
    expect(Math.max(...reached)).toBe(reached[0])
    expect(reached[0]).toBeGreaterThan(0)
    await checkPage(page, 'portfolio-board')

    // The list shows the same initiatives, and the choice is kept in the address.
    const total = await board.locator('.board-card').count()
    await page.getByRole('button', { name: 'Lista' }).click()
    await listRows().first().waitFor()
    expect(page.url()).toContain('view=list')
    expect(await page.getByRole('button', { name: 'Lista' }).getAttribute('aria-pressed')).toBe('true')
    expect(await listRows().count()).toBeGreaterThanOrEqual(total)
    await checkPage(page, 'portfolio-list')
  })

  it('filters by area and by search, and keeps the filters in the address', async () => {
    const all = await listRows().count()
    await page.getByRole('combobox', { name: 'Verksamhetsområde' }).selectOption({ label: 'Vård & omsorg' })
    await expect.poll(() => page.url()).toContain('area=care')
    await expect.poll(() => listRows().count()).toBeLessThan(all)
    const care = await listRows().count()
    expect(care).toBeGreaterThan(0)
    for (const row of await listRows().all()) expect(await row.locator('th').textContent()).toContain('Vård & omsorg')

    // After a reload the same filter is still chosen.
    await page.reload()
    await listRows().first().waitFor()
    expect(await page.getByRole('combobox', { name: 'Verksamhetsområde' }).inputValue()).toBe('care')
    expect(await listRows().count()).toBe(care)

    // Search for one initiative by a word of its title.
    await page.getByRole('button', { name: 'Rensa filter' }).click()
    await expect.poll(() => listRows().count()).toBe(all)
    const title = (await listRows().nth(1).locator('th a').textContent()) ?? ''
    const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? ''
    await page.getByRole('searchbox', { name: /^Sök/ }).fill(word)
    await page.getByRole('button', { name: 'Sök', exact: true }).click()
    await expect.poll(() => page.url()).toContain(`q=${encodeURIComponent(word)}`)
    await expect.poll(() => listRows().count()).toBeLessThan(all)
    await page.getByRole('table', { name: `Initiativ i ${EN}` }).getByRole('link', { name: title }).waitFor()
    await checkPage(page, 'portfolio-search')
  })

  it('registers an idea and opens it', async () => {
    await page.getByRole('button', { name: 'Rensa filter' }).click()
    await page.getByRole('link', { name: 'Registrera idé' }).click()
    await page.getByRole('heading', { level: 1, name: 'Registrera idé' }).waitFor()
    await settled(page)
    // A too-short title comes back from the server next to its field.
    await page.getByRole('textbox', { name: /^Titel/ }).fill('AI')
    await page.getByRole('combobox', { name: /^Föreslås av/ }).selectOption({ label: 'Kalix' })
    await page.getByRole('button', { name: 'Registrera idén' }).click()
    await page.locator('#initiative-title-error').waitFor()
    await checkPage(page, 'new-initiative-error')

    await page.getByRole('textbox', { name: /^Titel/ }).fill('Gemensam chattbot för medborgarfrågor')
    await page.getByRole('textbox', { name: /^Behov/ }).fill('Invånarna vill få svar på enkla frågor dygnet runt.')
    await page.getByRole('checkbox', { name: 'Demokrati & delaktighet' }).check()
    await page.getByRole('searchbox', { name: 'Filtrera medlemmar' }).fill('Haparanda')
    await page.getByRole('checkbox', { name: 'Haparanda' }).check()
    await page.getByRole('button', { name: 'Registrera idén' }).click()
    await expect.poll(() => page.url()).toMatch(/\/initiatives\/[0-9a-f-]{36}$/)
    expect(scriptErrors(page)).toEqual([])
  })

  it('shows the member-decision matrix', async () => {
    await nav('Medlemsbeslut').click()
    await page.getByRole('heading', { level: 1, name: 'Medlemsbeslut' }).waitFor()
    await settled(page)
    const matrix = page.getByRole('table', { name: 'Medlemmarnas beslut per initiativ' })
    await matrix.waitFor()
    expect(await matrix.locator('thead th').count()).toBeGreaterThanOrEqual(3)
    expect(await matrix.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0)
    expect(await matrix.textContent()).toMatch(/Väntar|Beslutat ja|Avslag|Bordlagt/)
    await checkPage(page, 'member-decisions')
  })

  it("shows Kalix's representative what Kalix takes part in, owes and declined", async () => {
    await logOut(page)
    await logIn(page, 'kalix@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await nav('Vårt deltagande').click()
    await page.getByRole('heading', { level: 1, name: 'Vårt deltagande' }).waitFor()
    await settled(page)
    await page.getByRole('heading', { level: 2, name: 'Initiativ vi deltar i' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Beslut att fatta' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Avböjda' }).waitFor()
    expect(await page.getByRole('table', { name: 'Initiativ som Kalix deltar i' }).locator('tbody tr').count()).toBeGreaterThan(0)
    await checkPage(page, 'member-view')

    // my-member leads to the same page.
    const here = page.url()
    await page.goto(here.replace(/members\/[^/]+\/initiatives$/, 'my-member'))
    await page.getByRole('heading', { level: 1, name: 'Vårt deltagande' }).waitFor()
    expect(page.url()).toBe(here)
    expect(scriptErrors(page)).toEqual([])
  })
})
