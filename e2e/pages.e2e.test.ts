import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, scriptErrors, settled, useJourney } from './harness'

/** Every page, visited as the coordinator (and the public ones signed out), each checked with axe-core. */
describe('every page as the coordinator', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
  })

  const heading = (name: string) => page.getByRole('heading', { level: 1, name })
  const openInSideNav = async (name: string) => {
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name }).click()
    await heading(name).waitFor()
  }

  it('shows the login page and the accessibility statement to anyone', async () => {
    await page.goto('/')
    await heading('Logga in').waitFor()
    expect(await page.title()).toBe('Logga in – Samverka')
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    await checkPage(page, 'login')

    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click()
    await heading('Tillgänglighetsredogörelse').waitFor()
    await page.getByLabel('Beskriv problemet').fill('Kort')
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    await page.getByRole('alert').waitFor()
    await checkPage(page, 'accessibility-error')
    await page.getByLabel('Beskriv problemet').fill('Diagrammet på medlemssidan går inte att förstora.')
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    await page.getByText('Tack! Vi har tagit emot din rapport').waitFor()
    await checkPage(page, 'accessibility')
  })

  it('lists my collaborations and opens the overview', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    for (const name of ['Norrbottens e-nämnd', 'VästKom', 'GVS12']) await page.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor()
    await checkPage(page, 'home')

    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await heading('Norrbottens e-nämnd').waitFor()
    await page.getByText('Gemensam nämnd', { exact: true }).waitFor()
    await page.getByText('Luleå', { exact: true }).waitFor()
    await checkPage(page, 'overview')
  })

  it('shows the members with population in Swedish formats and a chart', async () => {
    await openInSideNav('Medlemmar')
    const table = page.getByRole('table', { name: 'Medlemmar i Norrbottens e-nämnd' })
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBe(14)
    const lulea = table.getByRole('row', { name: /Luleå/ })
    expect(await lulea.textContent()).toMatch(/Värdkommun.*\d{1,3}\u00a0\d{3}/)
    await page.getByRole('heading', { name: 'Andel av befolkningen' }).waitFor()
    await page.locator('.recharts-bar-rectangle').first().waitFor()
    await checkPage(page, 'members')
  })

  it('shows users and roles, my permissions and the audit log with a chain check', async () => {
    await openInSideNav('Användare och roller')
    await page.getByRole('table', { name: /Användare i/ }).getByText('Medlemsrepresentant för Kalix').waitFor()
    await checkPage(page, 'users')

    await openInSideNav('Mina behörigheter')
    const permissions = page.getByRole('table', { name: /Vad du får göra/ })
    expect(await permissions.getByRole('row', { name: /Lägga till medlemmar/ }).textContent()).toContain('Hela samverkan')
    await checkPage(page, 'my-permissions')

    await openInSideNav('Granskningslogg')
    // The demo's newest entries are money and planning; the auditor narrows the log to people and roles.
    await page.getByLabel('Visa').selectOption({ label: 'Personer och roller' })
    expect(page.url()).toMatch(/area=people/)
    await page.getByRole('table', { name: /Poster i granskningsloggen/ }).getByText('Roll tilldelad').first().waitFor()
    await page.getByText('Visa före och efter').first().click()
    await page.getByRole('button', { name: 'Verifiera kedjan' }).click()
    await page.getByText(/Kedjan är obruten\. [\d\u00a0]+ poster kontrollerade\./).waitFor()
    await checkPage(page, 'audit')
  })

  it('shows the risk map with the portfolio matrix as a table and the paged list', async () => {
    await openInSideNav('Riskkarta')
    await page.getByRole('table', { name: /^Öppna risker per sannolikhet och konsekvens/ }).waitFor()
    await page.getByRole('table', { name: 'Risker, högst riskvärde först' }).getByText('Kirunas eget beslut om förvaltning dröjer').waitFor()
    await checkPage(page, 'risk-map')
  })

  it('shows an initiative’s decision basis: the cost per member, the preview and the dispatched versions', async () => {
    await page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name: 'Initiativ', exact: true }).click()
    await page.getByRole('link', { name: 'Chattbot för medborgarservice' }).first().click()
    await heading('Chattbot för medborgarservice').waitFor()
    const basis = page.getByRole('region', { name: 'Beslutsunderlag' })
    await basis.getByRole('table', { name: /Kostnad per medlem/ }).waitFor()
    await basis.getByText(/Förhandsgranska underlaget/).click()
    await basis.getByRole('heading', { name: '8. Vad som återstår innan grinden kan passeras' }).waitFor()
    await checkPage(page, 'initiative-decision-basis')
    // Back where the next step switches collaboration from.
    await openInSideNav('Granskningslogg')
  })

  it('switches collaboration from the header and keeps the kind of page', async () => {
    await page.getByText('Byt samverkan').click()
    await page.getByRole('navigation', { name: 'Samverkansorganisationer' }).getByRole('link', { name: /VästKom/ }).click()
    await page.getByText('VästKom', { exact: true }).first().waitFor()
    await heading('Granskningslogg').waitFor()
    expect(page.url()).toMatch(/\/audit$/)
  })

  it('shows the create-collaboration form and a page that does not exist', async () => {
    await page.goto('/collaborations/new')
    await heading('Skapa ny samverkan').waitFor()
    await page.getByLabel('Namn på kommun eller region').fill('Kir')
    await page.getByRole('button', { name: 'Lägg till Kiruna' }).click()
    await checkPage(page, 'create-collaboration')

    await page.goto('/no-such-page')
    await heading('Sidan finns inte').waitFor()
    await checkPage(page, 'not-found')
  })

  it("shows an initiative's benefits with its dialogs, and what a member gained", async () => {
    const list = (await (await page.request.get('/api/collaborations')).json()) as { id: string; name: string }[]
    const collaborationId = list.find((c) => c.name === 'Norrbottens e-nämnd')?.id ?? ''
    const { members } = (await (await page.request.get(`/api/collaborations/${collaborationId}/members`)).json()) as { members: { id: string; name: string }[] }
    const kalixId = members.find((m) => m.name === 'Kalix')?.id ?? ''
    await page.goto(`/collaborations/${collaborationId}/initiatives`)
    await heading('Initiativ').waitFor()
    await page.getByRole('link', { name: 'Gemensam e-tjänsteplattform' }).first().click()
    await heading('Gemensam e-tjänsteplattform').waitFor()
    const section = page.getByRole('region', { name: 'Nyttor' })
    await section.getByRole('heading', { level: 3, name: 'Mål' }).waitFor()
    await checkPage(page, 'initiative-benefits')
    await section.getByRole('button', { name: 'Lägg till effekt' }).click()
    await page.getByRole('dialog', { name: 'Ny effekt' }).getByRole('button', { name: 'Spara effekten' }).click()
    await page.getByRole('dialog', { name: 'Ny effekt' }).getByRole('alert').waitFor()
    await checkPage(page, 'benefits-effect-dialog-errors')
    await page.keyboard.press('Escape')

    await page.goto(`/collaborations/${collaborationId}/members/${kalixId}/initiatives`)
    await page.getByRole('navigation', { name: 'Medlemmens sidor' }).getByRole('link', { name: 'Vad har vi fått ut?' }).click()
    await heading('Vad har Kalix fått ut?').waitFor()
    await page.getByRole('table', { name: 'Ekonomisk nytta och kostnad per initiativ för Kalix' }).waitFor()
    await checkPage(page, 'member-benefits')
    expect(scriptErrors(page)).toEqual([])
  })

  it('works in English too, with the language remembered', async () => {
    await page.goto('/')
    await heading('Mina samverkansorganisationer').waitFor()
    await page.getByRole('button', { name: 'In English' }).click()
    await heading('My collaborations').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await checkPage(page, 'home-en')

    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await page.getByRole('link', { name: 'Members', exact: true }).click()
    await heading('Members').waitFor()
    expect(await page.title()).toBe('Members – Norrbottens e-nämnd – Samverka')
    await checkPage(page, 'members-en')
    await page.getByRole('link', { name: 'My permissions' }).click()
    await checkPage(page, 'my-permissions-en')
    await page.getByRole('link', { name: 'Audit log' }).click()
    await checkPage(page, 'audit-en')
    await page.goto('/accessibility')
    await heading('Accessibility statement').waitFor()
    await checkPage(page, 'accessibility-en')

    // A server message in the chosen language: the cookie tells the API.
    await page.goto('/collaborations/new')
    await page.getByRole('button', { name: 'Create collaboration' }).click()
    await page.getByRole('alert').waitFor()
    await checkPage(page, 'create-collaboration-errors-en')

    await page.reload()
    await settled(page)
    await heading('Create a collaboration').waitFor()
    await page.getByRole('button', { name: 'På svenska' }).click()
    await heading('Skapa ny samverkan').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    expect(scriptErrors(page)).toEqual([])
  })
})
