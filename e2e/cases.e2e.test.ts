import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, SCREENSHOT_DIR, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'

/** The secretary registers a case, writes its proposed decision and a document in it, finds it in the Diarium, and plans a meeting in the calendar. */
describe('cases, the register and the calendar', () => {
  const journey = useJourney()
  let page: Page
  let caseNumber = ''

  beforeAll(async () => {
    page = journey.page
  })

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const dialog = () => page.getByRole('dialog')
  const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) })

  /** axe with the dialog open; with SCREENSHOTS=1 also a picture of the dialog alone. */
  async function checkDialog(name: string) {
    await checkPage(page, name)
    if (process.env.SCREENSHOTS === '1') await dialog().screenshot({ path: join(SCREENSHOT_DIR, `${name}-only.png`) })
  }

  it('registers a case and shows the number it got', async () => {
    await logIn(page, 'sekreterare@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    await nav('Ärenden').click()
    await page.getByRole('heading', { level: 1, name: 'Ärenden' }).waitFor()
    await checkPage(page, 'cases-list')

    await page.getByRole('button', { name: 'Registrera ärende' }).click()
    await dialog().getByRole('heading', { name: 'Registrera ärende' }).waitFor()
    await dialog().getByLabel(/^Rubrik/).fill('Avtal om gemensam e-arkivtjänst')
    await dialog().getByLabel(/^Beskrivning/).fill('Förslag till avtal mellan medlemmarna om drift av e-arkivet.')
    await dialog().getByRole('combobox', { name: 'Beslutande organ' }).selectOption({ index: 1 })
    await dialog().getByRole('checkbox', { name: /sekretess/ }).check()
    await dialog().getByLabel(/^Sekretessgrund/).fill('OSL 19 kap. 3 §')
    await checkDialog('cases-new-dialog')
    await dialog().getByRole('button', { name: 'Registrera', exact: true }).click()

    const created = dialog().getByRole('status')
    await created.waitFor()
    caseNumber = /diarienummer (.+)\.$/.exec((await created.textContent()) ?? '')?.[1] ?? ''
    expect(caseNumber).toMatch(/\d{4}\/\d+/)
    await dialog().getByRole('link', { name: `Öppna ärende ${caseNumber}` }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${caseNumber.replace(/[/.]/g, '\\$&')}`) }).waitFor()
  })

  it('writes the proposed decision, registers a document in the case and changes its status', async () => {
    await page.getByRole('button', { name: 'Registrera handling' }).click()
    await dialog().getByRole('heading', { name: `Registrera handling i ${caseNumber}` }).waitFor()
    await dialog().getByRole('combobox', { name: /^Typ/ }).selectOption({ label: 'Inkommande' })
    await dialog().getByLabel(/^Avsändare/).fill('Kalix kommun')
    await dialog().getByLabel(/^Beskrivning/).fill('Yttrande över förslaget till avtal')
    await dialog().getByLabel('Bifoga fil').setInputFiles(pdf('yttrande-kalix.pdf'))
    await dialog().getByRole('link', { name: /yttrande-kalix\.pdf/ }).waitFor()
    await checkDialog('case-entry-dialog')
    await dialog().getByRole('button', { name: 'Registrera handling' }).click()
    await dialog().waitFor({ state: 'detached' })

    const entries = page.getByRole('table', { name: `Handlingar i ärende ${caseNumber}` })
    await entries.getByRole('cell', { name: 'Kalix kommun' }).waitFor()
    await entries.getByRole('link', { name: /yttrande-kalix\.pdf/ }).waitFor()

    // The proposed decision the meeting will start from, written on the case and shown there.
    await page.getByText('Inget förslag till beslut är skrivet ännu.').waitFor()
    await page.getByRole('button', { name: 'Skriv förslag till beslut' }).click()
    await page.getByRole('textbox', { name: /^Förslag till beslut/ }).fill('Nämnden godkänner avtalet om gemensam e-arkivtjänst.')
    await page.getByRole('button', { name: 'Spara förslaget' }).click()
    await page.getByText('Förslaget till beslut är sparat.').waitFor()
    await page.getByText('Nämnden godkänner avtalet om gemensam e-arkivtjänst.', { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Ändra förslaget till beslut' }).waitFor()

    await page.getByRole('combobox', { name: 'Ändra status' }).selectOption({ label: 'Under beredning' })
    await page.getByRole('button', { name: 'Spara status' }).click()
    await page.getByText('Status ändrad till Under beredning.').waitFor()
    await checkPage(page, 'case-page')
  })

  it('finds the document in the Diarium', async () => {
    await nav('Diarium').click()
    await page.getByRole('heading', { level: 1, name: 'Diarium' }).waitFor()
    const register = page.getByRole('table', { name: `Registrerade handlingar i ${EN}` })
    await register.getByRole('cell', { name: 'Yttrande över förslaget till avtal' }).waitFor()
    await checkPage(page, 'register')

    await page.getByRole('searchbox', { name: /^Sök i diariet/ }).fill('Yttrande över förslaget')
    await page.getByRole('button', { name: 'Sök', exact: true }).click()
    await expect.poll(() => page.url()).toContain('q=')
    await expect.poll(() => register.locator('tbody tr').count()).toBe(1)
    await register.getByRole('link', { name: new RegExp(`^${caseNumber.replace(/[/.]/g, '\\$&')}`) }).waitFor()
  })

  it('creates a meeting in the calendar, in Swedish time', async () => {
    await nav('Kalender').click()
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Årshjul' }).waitFor()
    await checkPage(page, 'calendar')

    await page.getByRole('button', { name: 'Nytt sammanträde' }).click()
    await dialog().getByRole('heading', { name: 'Nytt sammanträde' }).waitFor()
    const body = dialog().getByRole('combobox', { name: /^Organ/ })
    await body.selectOption({ index: 1 })
    const bodyName = (await body.locator('option:checked').textContent()) ?? ''
    await dialog().getByLabel(/^Datum/).fill('2027-06-17')
    await dialog().getByLabel(/^Börjar/).fill('09:30')
    await dialog().getByLabel(/^Slutar/).fill('12:00')
    await dialog().getByLabel(/^Plats/).fill('Kommunhuset i Luleå, sal B')
    await checkDialog('calendar-new-meeting-dialog')
    const created = page.waitForResponse((r) => r.url().endsWith('/meetings') && r.request().method() === 'POST')
    await dialog().getByRole('button', { name: 'Skapa sammanträde' }).click()
    const meeting = (await (await created).json()) as { id: string; startsAt: string }
    // 09:30 in June is summer time in Sweden.
    expect(new Date(meeting.startsAt).toISOString()).toBe('2027-06-17T07:30:00.000Z')
    await expect.poll(() => page.url()).toContain(`/meetings/${meeting.id}`)

    await page.goBack()
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor()
    await page.getByRole('link', { name: `${bodyName}, 2027-06-17 kl. 09:30–12:00` }).waitFor()
    await page.getByRole('link', { name: `Prenumerera på ${bodyName} (iCal)` }).waitFor()
    await settled(page)
    expect(scriptErrors(page)).toEqual([])
  })
})
