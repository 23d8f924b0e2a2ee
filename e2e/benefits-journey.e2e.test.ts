import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatOre } from '../src/shared/format'
import { formatBasisPoints, formatChange } from '../src/web/benefits/benefits-format'
import type { Indicator, InitiativeBenefits, MemberBenefits } from '../src/web/benefits/types'
import { checkPage, logIn, logOut, scriptErrors, settled, tabTo, useJourney } from './harness'

const KALIX = 'kalix@demo.samverka.se'
const INITIATIVE = 'E-arkiv'
const EFFECT = 'Lägre kostnad för arkivering'
const INDICATOR = 'Kostnad för pappersarkiv per år'

/**
 * The journey: Kalix's representative opens the e-archive Kalix takes part in, enters Kalix's
 * baseline and target for a financial indicator and then a measurement, and sees the realised change and its
 * realisation; under Vad har vi fått ut? that benefit stands against what Kalix pays, with the figures the API
 * gives. Only Kalix's own rows offer anything to change. First the coordinator states the effect and its indicator.
 */
describe("Benefits: what Kalix gained against what it paid", () => {
  const journey = useJourney()
  let page: Page
  let collaborationId = ''
  let initiativeId = ''
  let kalixId = ''
  let indicator: Indicator | undefined

  beforeAll(() => {
    page = journey.page
  })

  const benefits = async () => (await (await page.request.get(`/api/collaborations/${collaborationId}/initiatives/${initiativeId}/benefits`)).json()) as InitiativeBenefits
  const indicators = (data: InitiativeBenefits) => data.effects.flatMap((effect) => effect.indicators)

  it('lets the coordinator state an intended effect and a financial indicator for it', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Initiativ' }).click()
    await page.getByRole('link', { name: INITIATIVE, exact: true }).first().click()
    await page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor()
    const section = page.getByRole('region', { name: 'Nyttor' })
    await section.getByRole('button', { name: 'Lägg till effekt' }).click()
    const effect = page.getByRole('dialog', { name: 'Ny effekt' })
    await effect.getByRole('textbox', { name: /^Effekt/ }).fill(EFFECT)
    await effect.getByRole('textbox', { name: /^Beskrivning/ }).fill('Pappersarkivet och dess lokaler behövs inte när handlingarna bevaras digitalt.')
    await effect.getByRole('button', { name: 'Spara effekten' }).click()
    await effect.waitFor({ state: 'detached' })
    await section.getByRole('heading', { level: 3, name: `Effekt: ${EFFECT}` }).waitFor()

    await section.getByRole('button', { name: `Lägg till indikator för ${EFFECT}` }).click()
    const dialog = page.getByRole('dialog', { name: 'Ny indikator' })
    await dialog.getByRole('textbox', { name: /^Indikator/ }).fill(INDICATOR)
    await dialog.getByRole('textbox', { name: /^Enhet/ }).fill('kr')
    await dialog.getByRole('combobox', { name: /^Riktning/ }).selectOption({ label: 'mindre är bättre' })
    await dialog.getByRole('combobox', { name: /^Nyttoslag/ }).selectOption({ label: 'Ekonomisk' })
    await dialog.getByRole('textbox', { name: /^Uppföljning/ }).fill('6')
    await dialog.getByRole('button', { name: 'Spara indikatorn' }).click()
    await dialog.waitFor({ state: 'detached' })
    await section.getByRole('heading', { level: 4, name: INDICATOR }).waitFor()
    await section.getByText('Ekonomisk · mindre är bättre · mäts var 6:e månad').waitFor()
    await logOut(page)
  })

  it("opens an initiative Kalix takes part in and finds its benefits, with edit controls only for Kalix", async () => {
    await logIn(page, KALIX)
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Vårt deltagande' }).click()
    await page.getByRole('heading', { level: 1, name: 'Vårt deltagande' }).waitFor()
    await page.getByRole('link', { name: INITIATIVE, exact: true }).first().click()
    await page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor()
    collaborationId = /collaborations\/([^/]+)/.exec(page.url())?.[1] ?? ''
    initiativeId = /initiatives\/([^/?#]+)/.exec(page.url())?.[1] ?? ''

    const data = await benefits()
    kalixId = data.participants.find((p) => p.name === 'Kalix')?.memberId ?? ''
    expect(kalixId).not.toBe('')
    expect(data.editableMemberIds).toEqual([kalixId])
    indicator = indicators(data).find((i) => i.name === INDICATOR)
    expect(indicator).toMatchObject({ unit: 'kr', direction: 'decrease', benefitClass: 'financial', measureEveryMonths: 6 })

    const section = page.getByRole('region', { name: 'Nyttor' })
    await section.getByRole('heading', { level: 4, name: indicator!.name }).waitFor()
    const table = section.getByRole('table', { name: `${indicator!.name} per deltagare` })
    // Every participant has a row; only Kalix's has buttons.
    expect(await table.locator('tbody tr').count()).toBe(indicator!.members.length)
    for (const member of indicator!.members) {
      const buttons = table.getByRole('row', { name: new RegExp(`^${member.memberName}\\b`) }).getByRole('button')
      expect(await buttons.count(), member.memberName).toBe(member.memberId === kalixId ? 2 : 0)
    }
    expect(await section.getByRole('button', { name: /^Nollmätning och mål för / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''))).toEqual(
      indicators(data).map((i) => `Nollmätning och mål för Kalix, ${i.name}`),
    )
    expect(await section.getByRole('button', { name: 'Lägg till effekt' }).count()).toBe(0)
    await checkPage(page, 'benefits-initiative-kalix')
  })

  it("enters Kalix's baseline and target with the keyboard, then a measurement, and sees the realised benefit", async () => {
    const current = indicator!
    const increase = current.direction === 'increase'
    // In kronor as typed: a baseline of 100 000 kr, the target 100 000 kr better, half of it measured.
    const [baseline, target, measured] = increase ? ['100 000', '200 000', '150 000,50'] : ['100 000', '0', '49 999,50']
    const section = page.getByRole('region', { name: 'Nyttor' })

    await section.getByRole('heading', { level: 4, name: current.name }).scrollIntoViewIfNeeded()
    await section.getByRole('heading', { level: 4, name: current.name }).click()
    await tabTo(page, `Nollmätning och mål för Kalix, ${current.name}`)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Nollmätning och mål: Kalix' })
    await dialog.waitFor()
    await dialog.getByRole('textbox', { name: /^Nollmätning, värde/ }).fill(baseline)
    await dialog.getByRole('textbox', { name: /^Nollmätning, datum/ }).fill('2026-01-15')
    await dialog.getByRole('textbox', { name: /^Källa för nollmätningen/ }).fill('Ekonomisystemet, utfall 2025')
    await dialog.getByRole('textbox', { name: /^Mål, värde/ }).fill(target)
    await dialog.getByRole('textbox', { name: /^Mål, datum/ }).fill('2027-12-31')
    await checkPage(page, 'benefits-figures-dialog')
    await dialog.getByRole('button', { name: 'Spara nollmätning och mål' }).click()
    await dialog.waitFor({ state: 'detached' })

    await section.getByRole('button', { name: `Ny mätning för Kalix, ${current.name}` }).click()
    const measurement = page.getByRole('dialog', { name: 'Ny mätning: Kalix' })
    // A figure with three decimals is refused at its field before anything is sent.
    await measurement.getByRole('textbox', { name: /^Värde/ }).fill('12,345')
    await measurement.getByRole('button', { name: 'Spara mätningen' }).click()
    await measurement.getByText('Skriv ett tal med högst två decimaler, till exempel 12,5.').first().waitFor()
    await measurement.getByRole('textbox', { name: /^Värde/ }).fill(measured)
    await measurement.getByRole('textbox', { name: /^Datum/ }).fill('2026-11-30')
    await measurement.getByRole('textbox', { name: /^Anteckning/ }).fill('Utfall till och med november')
    await measurement.getByRole('button', { name: 'Spara mätningen' }).click()
    await measurement.waitFor({ state: 'detached' })
    await settled(page)

    const after = indicators(await benefits()).find((i) => i.id === current.id)!
    const kalix = after.members.find((m) => m.memberId === kalixId)!
    expect(kalix.baseline?.value).toBe(10_000_000)
    expect(kalix.measurements.at(-1)).toMatchObject({ value: increase ? 15_000_050 : 4_999_950, date: '2026-11-30' })
    expect(kalix.realisedChange).toBe(5_000_050)
    expect(kalix.realisationBasisPoints).toBe(5000)
    const row = section.getByRole('table', { name: `${current.name} per deltagare` }).getByRole('row', { name: /^Kalix\b/ })
    await row.getByText(formatChange(kalix.realisedChange, current.unit), { exact: true }).waitFor()
    await row.getByText(formatBasisPoints(kalix.realisationBasisPoints), { exact: true }).waitFor()
    await row.getByText('2026-11-30').waitFor()
    expect(scriptErrors(page)).toEqual([])
  })

  it('shows under Vad har vi fått ut? the benefit against what Kalix pays, as the API gives them', async () => {
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Vad har vi fått ut?' }).click()
    await page.getByRole('heading', { level: 1, name: 'Vad har vi fått ut?' }).waitFor()
    await settled(page)
    const gained = (await (await page.request.get(`/api/collaborations/${collaborationId}/members/${kalixId}/benefits`)).json()) as MemberBenefits
    const platform = gained.initiatives.find((i) => i.initiativeId === initiativeId)!
    expect(platform).toBeDefined()
    // The financial benefit is what Kalix realised on the initiative's financial indicators, the one just measured among them,
    // and is weighed against a cost Kalix actually pays.
    const financial = indicators(await benefits()).filter((i) => i.benefitClass === 'financial')
    const realised = financial.reduce((sum, i) => sum + (i.members.find((m) => m.memberId === kalixId)?.realisedChange ?? 0), 0)
    expect(platform.financialRealised).toBe(realised)
    expect(platform.cost).toBeGreaterThan(0)

    const table = page.getByRole('table', { name: 'Ekonomisk nytta och kostnad per initiativ för Kalix' })
    const row = table.getByRole('row', { name: new RegExp(`^${INITIATIVE}`) })
    expect((await row.getByRole('cell').allTextContents()).slice(-3)).toEqual([formatOre(platform.financialTarget), formatOre(platform.financialRealised), formatOre(platform.cost)])
    const totals = page.getByRole('region', { name: 'Totalt för Kalix' })
    await totals.getByText(formatOre(gained.totals.financialRealised), { exact: true }).first().waitFor()
    await totals.getByText(formatOre(gained.totals.cost), { exact: true }).first().waitFor()
    await totals.getByText(formatOre(gained.totals.financialRealised - gained.totals.cost), { exact: true }).waitFor()
    await page.getByRole('heading', { name: 'Mål och utfall per medlem i hela samverkan' }).waitFor()
    await page.locator('.recharts-bar-rectangle').first().waitFor()
    await checkPage(page, 'benefits-gained-kalix')
    expect(scriptErrors(page)).toEqual([])
  })
})
