import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, scriptErrors, settled, useJourney } from './harness'

const FVM = 'FVM – Framtidens vårdinformationsmiljö'

/**
 * The "done when": a newcomer finds who decides a binding business agreement, that every member must also
 * decide, and where a disagreement goes next, from the collaboration's start page in three clicks or fewer.
 */
describe('a newcomer finds who decides', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
  })

  it('answers from the overview in three clicks or fewer', async () => {
    await logIn(page, 'lasare@demo.samverka.se')
    await page.getByRole('link', { name: FVM }).click()
    await page.getByRole('heading', { level: 1, name: FVM }).waitFor()
    await settled(page)
    let clicks = 0

    // 1: choose the kind of decision in "Vem beslutar?" on the overview itself.
    const box = page.getByRole('region', { name: 'Vem beslutar?' })
    await box.getByRole('combobox', { name: 'Typ av beslut' }).selectOption({ label: 'Bindande affärsöverenskommelse' })
    clicks++
    const decider = box.locator('.path-decider dd')
    expect(await decider.textContent()).toBe('FVM Programstyrgrupp')
    await box.getByText('Ja, varje medlem fattar ett likalydande beslut.').waitFor()
    const reason = 'Samverkansformen har inget eget organ som kan binda medlemmarna, så ett bindande beslut kräver likalydande beslut hos varje medlem.'
    await box.getByText(reason).waitFor()
    await box.getByText('FVM Programstyrgrupp är högsta nivån. Det finns inget organ ovanför.').waitFor()
    expect(await box.locator('.ladder-list li').allTextContents()).toEqual(['FVM Klinisk ledning', 'Programledare', 'FVM Programledning', 'FVM Programstyrgrupp (beslutar)'])
    await checkPage(page, 'governance-newcomer-overview')

    // 2: the whole path, as a diagram and as text, on the governance page.
    await box.getByRole('link', { name: 'Se hela beslutsvägen' }).click()
    clicks++
    await page.getByRole('heading', { level: 1, name: 'Organisation och beslut' }).waitFor()
    const diagram = page.getByRole('group', { name: 'Beslutsvägen för Bindande affärsöverenskommelse som diagram' })
    await diagram.getByText('Varje medlem beslutar likalydande').waitFor()
    await diagram.locator('.flow-box-decider', { hasText: 'FVM Programstyrgrupp' }).waitFor()
    await diagram.locator('.flow-box-preparer', { hasText: 'FVM Beredning' }).waitFor()
    expect(await diagram.locator('.react-flow__edge').count()).toBe(5)
    await checkPage(page, 'governance-newcomer-path')
    // The table of decision kinds gives the same answer, by name: no internal keys anywhere on the page.
    const kinds = page.getByRole('table', { name: `Typer av beslut i ${FVM}` })
    const agreement = kinds.getByRole('row', { name: /^Bindande affärsöverenskommelse/ })
    expect(await agreement.getByRole('cell').allTextContents()).toEqual(['Ja', `Ja${reason}`])
    expect(await page.locator('main').textContent()).not.toContain('binding_business_agreement')

    // 3: where the open disagreement is now and where it goes next.
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Oenigheter' }).click()
    clicks++
    const item = page.getByRole('listitem', { name: /läkemedelslistan/ })
    expect(await item.locator('.facts').textContent()).toMatch(/Ligger hosProgramledare.*Går vidare tillFVM Programledning/)
    expect(clicks).toBeLessThanOrEqual(3)
    // The viewer may read but not raise or escalate.
    expect(await page.getByRole('button', { name: /Eskalera/ }).count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Anmäl en oenighet' }).count()).toBe(0)
    await checkPage(page, 'governance-newcomer-disagreements')
  })

  it('shows the organisation chart whose boxes are buttons that open a body', async () => {
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Organisation och beslut' }).click()
    await page.getByRole('heading', { level: 1, name: 'Organisation och beslut' }).waitFor()
    const chart = page.getByRole('group', { name: 'Organisationsschema som diagram' })
    expect(await chart.getByRole('button').count()).toBe(8)
    await chart.getByRole('button', { name: /^FVM Beredning/ }).click()
    const details = page.getByRole('region', { name: 'FVM Beredning', exact: true })
    await details.getByRole('table', { name: 'Ledamöter och ersättare i FVM Beredning' }).getByText('Ordförande').waitFor()
    expect(await details.textContent()).toContain('Eskalerar tillFVM Programstyrgrupp')
    // Nothing to change for a viewer.
    expect(await details.getByRole('button', { name: 'Ändra organet' }).count()).toBe(0)
    await checkPage(page, 'governance-newcomer-chart')

    // By keyboard: the boxes are in the tab order, top to bottom, and Enter opens one.
    await chart.getByRole('button', { name: /^FVM Programstyrgrupp/ }).focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^FVM Beredning/)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('region', { name: 'FVM Programledning', exact: true }).getByText('Operativt beslut').waitFor()
    expect(scriptErrors(page)).toEqual([])
  })
})
