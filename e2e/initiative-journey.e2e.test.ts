import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, newPage, SCREENSHOT_DIR, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'
const TITLE = 'Gemensam e-tjänst för färdtjänst'

/**
 * The issue's journey: an idea with three municipalities goes through two gates. The nämnd keeps its minutes
 * in Samverka, so its decisions are §§ of its meetings: a typed paragraph is refused, the first gate's decision
 * comes with the § of the meeting, the second is taken from the minutes in the dialog. At the second gate Kalix
 * declines in its own assembly, so the development project starts with Boden and Piteå only, and Kalix sees
 * the initiative among those it declined; anyone finds the members' decisions in the public register.
 */
describe('an initiative from idea to development project', () => {
  const journey = useJourney()
  let page: Page
  let collaborationId = ''
  let initiativeId = ''

  beforeAll(() => {
    page = journey.page
  })

  /** The secretary's work at the nämnd's meetings, done through the API: the meeting journey does it on its pages. */
  async function call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: object): Promise<T> {
    const csrf = (await page.context().cookies()).find((c) => c.name === 'samverka_csrf')?.value ?? ''
    const response = await page.request.fetch(`/api/collaborations/${collaborationId}${path}`, { method, headers: { 'x-csrf-token': decodeURIComponent(csrf) }, data })
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
    return (await response.json()) as T
  }

  /**
   * A case decided today as a § of a held meeting of the nämnd, the meeting having started a minute ago. A case
   * registered for the initiative gives the gate its decision with the §; `linkAfter` links it only afterwards
   * (as a registrar who forgot), so the § waits in the minutes for the gate to take it.
   */
  async function decideAtMeeting(title: string, linkAfter = false) {
    const governance = await call<{ bodies: { id: string; name: string }[] }>('GET', '/governance')
    const boardId = governance.bodies.find((b) => b.name === EN)!.id
    type Case = { id: string; version: number; status: string; initiativeId: string | null }
    const registered = await call<Case>('POST', '/cases', { title, decidingBodyId: boardId, initiativeId: linkAfter ? null : initiativeId })
    const ready = await call<Case>('PATCH', `/cases/${registered.id}`, { ...registered, status: 'ready_for_decision' })
    const meeting = await call<{ id: string }>('POST', '/meetings', { bodyId: boardId, startsAt: new Date(Date.now() - 60_000).toISOString() })
    const agenda = await call<{ agenda: { id: string }[] }>('POST', `/meetings/${meeting.id}/agenda`, { caseId: ready.id })
    await call('POST', `/meetings/${meeting.id}/items/${agenda.agenda[0]!.id}/decision`, { outcome: 'approve', wording: `Nämnden beslutar: ${title}.` })
    await call('POST', `/meetings/${meeting.id}/held`)
    if (linkAfter) await call('PATCH', `/cases/${ready.id}`, { ...(await call<Case>('GET', `/cases/${ready.id}`)), initiativeId })
    return meeting.id
  }

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const gatePanel = () => page.getByRole('region', { name: 'Vad grinden behöver' })
  const dialog = () => page.getByRole('dialog')
  const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) })

  /** axe on the page with the dialog open; with SCREENSHOTS=1 also a picture of the dialog itself (a full-page one leaves it out). */
  async function checkDialog(name: string) {
    await checkPage(page, name)
    if (process.env.SCREENSHOTS === '1') await dialog().screenshot({ path: join(SCREENSHOT_DIR, `${name}-only.png`) })
  }

  async function writeDocument(name: string, values: Record<string, string>, attachment?: string) {
    await page.getByRole('button', { name: `Skriv ${name}` }).click()
    await dialog().getByRole('heading', { name }).waitFor()
    for (const [label, value] of Object.entries(values)) await dialog().getByLabel(new RegExp(`^${label}`)).fill(value)
    if (attachment) {
      await dialog().getByLabel('Bifoga fil').setInputFiles(pdf(attachment))
      await dialog().getByRole('link', { name: new RegExp(attachment) }).waitFor()
    }
    await dialog().getByRole('checkbox', { name: 'Slutlig version' }).check()
    if (attachment) await checkDialog('initiative-document-dialog')
    await dialog().getByRole('button', { name: 'Spara versionen' }).click()
    await dialog().waitFor({ state: 'detached' })
  }

  async function recordDecision(fields: { member: string; outcome: 'Bifall' | 'Avslag' | 'Bordlagt'; reference: string; attachment?: string }) {
    await page.getByRole('button', { name: 'Registrera medlemsbeslut' }).click()
    const form: Locator = dialog()
    await form.getByRole('heading', { name: 'Registrera en medlems eget beslut' }).waitFor()
    await form.getByRole('combobox', { name: /^Medlem/ }).selectOption({ label: fields.member })
    await form.getByRole('radio', { name: fields.outcome }).check()
    await form.getByRole('textbox', { name: /^Medlemmens diarienummer/ }).fill(fields.reference)
    if (fields.attachment) {
      await form.getByLabel('Protokollsutdrag').setInputFiles(pdf(fields.attachment))
      await form.getByRole('link', { name: new RegExp(fields.attachment) }).waitFor()
      await checkDialog('initiative-member-decision-dialog')
    }
    await form.getByRole('button', { name: 'Registrera beslutet' }).click()
    await dialog().waitFor({ state: 'detached' })
  }

  it('registers an idea proposed by Kalix with Boden and Piteå', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await nav('Initiativ').click()
    await page.getByRole('link', { name: 'Registrera idé' }).click()
    await page.getByRole('heading', { level: 1, name: 'Registrera idé' }).waitFor()
    await page.getByRole('textbox', { name: /^Titel/ }).fill(TITLE)
    await page.getByRole('textbox', { name: /^Behov/ }).fill('Tre kommuner vill låta invånarna ansöka om färdtjänst digitalt.')
    await page.getByRole('combobox', { name: /^Föreslås av/ }).selectOption({ label: 'Kalix' })
    await page.getByRole('checkbox', { name: 'Boden', exact: true }).check()
    await page.getByRole('checkbox', { name: 'Piteå', exact: true }).check()
    await page.getByRole('button', { name: 'Registrera idén' }).click()

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    const [, , inCollaboration = '', , initiative = ''] = new URL(page.url()).pathname.split('/')
    collaborationId = inCollaboration
    initiativeId = initiative
    const current = page.locator('.stepper [aria-current="step"]')
    expect(await current.textContent()).toContain('Kvalificering av idé')
    expect(await page.getByRole('table', { name: `Deltagare i ${TITLE}` }).locator('tbody tr').count()).toBe(3)
  })

  it('refuses the first gate with every unmet condition, then passes it with the needs inventory and the board’s § decision', async () => {
    await gatePanel().getByRole('button', { name: 'Passera grinden' }).click()
    const refusal = gatePanel().getByRole('alert')
    await refusal.getByRole('heading', { name: 'Initiativet kan inte passera grinden än' }).waitFor()
    const reasons = await refusal.getByRole('listitem').allTextContents()
    expect(reasons).toContain('Behovsinventering saknas.')
    expect(reasons).toContain(`${EN} har inte beslutat om Starta förstudie.`)
    await checkPage(page, 'initiative-gate-refused')

    await writeDocument('Behovsinventering', { Behov: 'Ansökan om färdtjänst görs i dag på papper.', 'Förväntad nytta': 'Kortare handläggning och färre kompletteringar.' }, 'kartlaggning.pdf')
    await page.locator('.document', { hasText: 'Behovsinventering' }).getByRole('link', { name: /kartlaggning\.pdf/ }).waitFor()
    // The refusal was about the state before the document: it is gone.
    expect(await gatePanel().getByRole('alert').count()).toBe(0)

    // The nämnd keeps its minutes here since September: its decision is a § of its minutes, never a typed one.
    await page.getByRole('button', { name: 'Registrera organets beslut' }).click()
    await dialog().getByRole('heading', { name: 'Registrera ett organs beslut' }).waitFor()
    expect(await dialog().getByRole('radio', { name: 'Från protokollet' }).isChecked()).toBe(true)
    await dialog().getByText(`${EN} för sina protokoll i Samverka från 2026-09-01.`, { exact: false }).waitFor()
    await dialog().getByText('Det finns ingen paragraf att hämta än.', { exact: false }).waitFor()
    await dialog().getByRole('radio', { name: 'Fattat utanför Samverka' }).check()
    await dialog().getByRole('textbox', { name: /^Hänvisning till beslutet/ }).fill('§ 12')
    await dialog().getByRole('button', { name: 'Registrera beslutet' }).click()
    await dialog().getByRole('alert').getByText(`${EN} för sina protokoll i Samverka sedan 2026-09-01.`, { exact: false }).waitFor()
    await checkDialog('initiative-decision-refused')
    await dialog().getByRole('button', { name: 'Avbryt' }).click()
    await dialog().waitFor({ state: 'detached' })

    // The case is decided at the nämnd's meeting: the § is the gate's decision, linking the meeting.
    const meetingId = await decideAtMeeting(`Starta förstudie: ${TITLE}`)
    await page.reload()
    await gatePanel().getByText('Allt som grinden kräver finns. Initiativet kan passera grinden.').waitFor()
    const paragraph = page.getByRole('table', { name: `Beslut om ${TITLE}` }).getByRole('link', { name: new RegExp(`^§ \\d+ i protokollet från ${EN}$`) })
    expect(await paragraph.getAttribute('href')).toBe(`/collaborations/${collaborationId}/meetings/${meetingId}`)

    await gatePanel().getByRole('button', { name: 'Passera grinden' }).click()
    await page.getByText('Initiativet har passerat grinden och är nu i Förstudie.').waitFor()
    expect(await page.locator('.stepper [aria-current="step"]').textContent()).toContain('Förstudie')
    await gatePanel().getByText('Grind: Beslut om utvecklingsprojekt').waitFor()
  })

  it('lets Kalix decline at the project gate while the board, Boden and Piteå approve', async () => {
    await writeDocument('Förstudierapport', {
      Sammanfattning: 'En gemensam e-tjänst är möjlig med befintlig plattform.',
      Rekommendation: 'Starta ett gemensamt utvecklingsprojekt.',
      'Beräknad kostnad': '1 250 000',
    })
    await page.locator('.document', { hasText: 'Förstudierapport' }).getByText('1 250 000 kr').waitFor()

    await recordDecision({ member: 'Kalix', outcome: 'Avslag', reference: 'KS 2026/41', attachment: 'ks-kalix-2026-41.pdf' })
    await recordDecision({ member: 'Boden', outcome: 'Bifall', reference: 'KS 2026/77' })
    await recordDecision({ member: 'Piteå', outcome: 'Bifall', reference: 'KS 2026/102' })
    const decisions = page.getByRole('table', { name: `Beslut om ${TITLE}` })
    const boden = decisions.getByRole('row', { name: /Boden/ })
    await boden.getByText('Beslut utanför Samverka').waitFor()
    await boden.getByText('KS 2026/77').waitFor()
    await boden.getByText('Registrerat av Sara Samordnare').waitFor()

    // The nämnd's § on the project, decided before its case was linked to the initiative, is taken from the minutes.
    await decideAtMeeting(`Starta utvecklingsprojekt: ${TITLE}`, true)
    await page.getByRole('button', { name: 'Registrera organets beslut' }).click()
    const paragraphs = dialog().getByRole('combobox', { name: /^Paragraf/ })
    const option = (await paragraphs.locator('option', { hasText: `Starta utvecklingsprojekt: ${TITLE}` }).textContent()) ?? ''
    expect(option).toMatch(new RegExp(`^${EN} § \\d+, \\d{4}-\\d{2}-\\d{2}: Starta utvecklingsprojekt: ${TITLE} \\(Bifall\\)$`))
    await paragraphs.selectOption({ label: option })
    await checkDialog('initiative-decision-dialog')
    await page.setViewportSize({ width: 390, height: 844 })
    await checkDialog('initiative-decision-dialog-390')
    await page.setViewportSize({ width: 1366, height: 900 })
    await dialog().getByRole('button', { name: 'Registrera beslutet' }).click()
    await dialog().waitFor({ state: 'detached' })

    await gatePanel().getByText('Avböjer och lämnar initiativet vid grinden: Kalix.').waitFor()
    await gatePanel().getByText('Allt som grinden kräver finns. Initiativet kan passera grinden.').waitFor()
    await checkPage(page, 'initiative-project-gate')

    await gatePanel().getByRole('button', { name: 'Passera grinden' }).click()
    await page.getByText('Initiativet har passerat grinden och är nu i Utvecklingsprojekt.').waitFor()
    expect(await page.locator('.stepper [aria-current="step"]').textContent()).toContain('Utvecklingsprojekt')

    const participants = page.getByRole('table', { name: `Deltagare i ${TITLE}` })
    const taking = participants.locator('tbody tr', { has: page.getByRole('cell', { name: 'Deltar', exact: true }) })
    expect(await taking.count()).toBe(2)
    expect(await taking.locator('th').allTextContents()).toEqual(['Boden', 'Piteå'])
    await participants.getByRole('row', { name: /Kalix/ }).getByText('Avböjde vid Beslut om utvecklingsprojekt').waitFor()
    await page.getByRole('region', { name: 'Händelser' }).getByRole('listitem').first().waitFor()
    await checkPage(page, 'initiative-project')
  })

  it('shows anyone the members’ decisions in the public decision register, as taken outside Samverka', async () => {
    const visitor = await newPage(journey.browser, journey.samverka.baseUrl)
    await visitor.goto(`/public/${collaborationId}`)
    await visitor.getByRole('heading', { level: 1, name: 'Offentliga handlingar' }).waitFor()
    const register = visitor.getByRole('table', { name: 'Beslutsregister, senaste först' })
    const boden = register.getByRole('row', { name: /KS 2026\/77/ }).filter({ hasText: TITLE })
    await boden.waitFor()
    expect(await boden.getByRole('cell').allTextContents()).toEqual(['ExternKS 2026/77', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'Boden', 'Bifall', TITLE, 'Beslut utanför Samverka, registrerat av Sara Samordnare'])
    // The register's own count (the minutes above it have theirs).
    await visitor.locator('p.register-count', { hasText: /^Visar 1–\d+ av \d+$/ }).waitFor()
    // A year at a time: this year's decisions only.
    const year = new Date().getFullYear()
    await visitor.getByRole('combobox', { name: 'År' }).selectOption({ label: String(year) })
    await settled(visitor)
    for (const date of await register.locator('tbody tr td:nth-child(2)').allTextContents()) expect(date.startsWith(String(year))).toBe(true)
    await checkPage(visitor, 'public-decision-register')
    await visitor.setViewportSize({ width: 390, height: 844 })
    await checkPage(visitor, 'public-decision-register-390')
    expect(scriptErrors(visitor)).toEqual([])
    await visitor.context().close()
  })

  it('shows the process models, and saving an edit makes a new version', async () => {
    await nav('Processmodeller').click()
    await page.getByRole('heading', { level: 1, name: 'Processmodeller' }).waitFor()
    const models = page.getByRole('table', { name: 'Samverkans processmodeller' })
    await models.locator('tbody tr').first().waitFor()
    await models.getByRole('button', { name: /^Visa / }).first().click()
    await page.getByRole('heading', { level: 3, name: '2. Förstudie' }).waitFor()
    await checkPage(page, 'processes-view')

    await models.getByRole('button', { name: /^Ändra / }).first().click()
    await page.getByText(/Sparas som version \d+; initiativ som redan startat behåller sin version\./).waitFor()
    await checkPage(page, 'processes-edit')
    // The first gate comes to require a baseline from every participant.
    const baselines = page.getByRole('checkbox', { name: 'Kräver nollmätning (baslinje) från alla deltagare' })
    expect(await baselines.first().isChecked()).toBe(false)
    await baselines.first().check()
    await page.getByRole('button', { name: /^Spara som version/ }).click()
    await page.getByText(/är sparad som version \d+\./).waitFor()
    await settled(page)
    expect(await models.getByText('Tidigare version').count()).toBeGreaterThan(0)
    await models.getByRole('button', { name: /^Visa / }).first().click()
    await page.getByText('Krävs från alla deltagare innan grinden passeras').first().waitFor()
    await logOut(page)
  })

  it('shows Kalix’s representative the initiative among those Kalix declined', async () => {
    await logIn(page, 'kalix@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await nav('Vårt deltagande').click()
    await page.getByRole('heading', { level: 1, name: 'Vårt deltagande' }).waitFor()
    await page.getByRole('heading', { name: 'Avböjda' }).waitFor()
    const declined = page.getByRole('table', { name: 'Initiativ som Kalix har avböjt' })
    await declined.getByRole('link', { name: TITLE }).waitFor()
    await checkPage(page, 'initiative-member-declined')

    // Kalix's representative reads the initiative, and may record only Kalix's own decisions.
    await declined.getByRole('link', { name: TITLE }).click()
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    expect(await page.getByRole('button', { name: 'Passera grinden' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Registrera medlemsbeslut' }).count()).toBe(0)
    await checkPage(page, 'initiative-as-kalix')

    // Kalix may ask to join again at the next gate, and then decide there for Kalix only; it withdraws the request.
    const participants = page.getByRole('table', { name: `Deltagare i ${TITLE}` })
    await page.getByRole('button', { name: 'Anmäl Kalix att delta' }).click()
    await participants.getByRole('row', { name: /Kalix/ }).getByText('Vill gå med vid nästa grind').waitFor()
    await page.getByRole('button', { name: 'Registrera medlemsbeslut' }).click()
    const members = dialog().getByRole('combobox', { name: /^Medlem/ })
    expect(await members.locator('option').allTextContents()).toEqual(['Kalix'])
    await dialog().getByRole('button', { name: 'Avbryt' }).click()
    await dialog().waitFor({ state: 'detached' })
    await participants.getByRole('button', { name: 'Dra tillbaka anmälan för Kalix' }).click()
    // Both stays are kept in the history: declined at the project gate, and the request withdrawn.
    await participants.getByRole('row', { name: /Kalix/ }).getByText('Drog tillbaka sin anmälan under Utvecklingsprojekt').waitFor()
    expect(await participants.getByRole('row', { name: /Kalix/ }).getByRole('cell', { name: 'Har lämnat' }).count()).toBe(2)
    expect(scriptErrors(page)).toEqual([])
  })
})
