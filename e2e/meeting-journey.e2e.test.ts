import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { formatDate, todayInSweden } from '../src/shared/format'
import { DEMO_USERS } from '../src/modules/demo/demo.seed'
import { checkPage, logIn, logOut, newPage, SCREENSHOT_DIR, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'
const CHATTBOT = 'Starta förstudie: Chattbot för medborgarservice'
const INITIATIVE = 'Chattbot för medborgarservice'
const SECRETARY = 'sekreterare@demo.samverka.se'
const CHAIR = 'ordforande@demo.samverka.se'
const ADJUSTER = 'ledamot@demo.samverka.se'
const nameOf = (email: string) => DEMO_USERS.find((u) => u.email === email)?.name ?? email

/**
 * The journey: the secretary prepares and holds a meeting of the board, whose § on the chattbot pre-study
 * meets the initiative's gate; the chair and the adjuster approve the minutes, the secretary posts them, and an
 * anonymous visitor finds them, with the last day to appeal, on the public records page.
 */
describe('a meeting from agenda to published minutes', () => {
  const journey = useJourney()
  let page: Page
  let collaborationId = ''
  let meetingUrl = ''
  let meetingDate = ''

  beforeAll(() => {
    page = journey.page
  })
  afterAll(() => {
    vi.useRealTimers()
  })

  /**
   * The board cannot decide before its meeting day, so the journey takes place on that day: the clock of the
   * server (in this process) and of the browser are set to the afternoon after the meeting.
   */
  async function goToMeetingDay(startsAt: string) {
    const afternoon = new Date(new Date(startsAt).getTime() + 4 * 3600_000)
    if (afternoon.getTime() <= Date.now()) return false
    vi.useFakeTimers({ toFake: ['Date'], now: afternoon })
    await page.context().clock.setFixedTime(afternoon)
    return true
  }

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const section = (name: string) => page.getByRole('region', { name, exact: true })
  const dialog = () => page.getByRole('dialog')

  async function openMeeting() {
    await page.goto(meetingUrl)
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${EN}, sammanträde`) }).waitFor()
    await settled(page)
  }

  it('lets the secretary build the agenda from the cases ready for decision and send the notice', async () => {
    await logIn(page, SECRETARY)
    await page.getByRole('link', { name: EN }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    collaborationId = new URL(page.url()).pathname.split('/')[2] ?? ''
    // The next planned meeting of the board, as the calendar lists it.
    const meetings = (await (await page.request.get(`/api/collaborations/${collaborationId}/meetings`)).json()) as { id: string; bodyName: string; status: string; startsAt: string }[]
    const next = meetings.filter((m) => m.bodyName === EN && m.status === 'planned').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]
    expect(next).toBeDefined()
    meetingDate = formatDate(next?.startsAt)
    meetingUrl = `/collaborations/${collaborationId}/meetings/${next?.id ?? ''}`
    // On a new day the session of the day before may have ended.
    if (await goToMeetingDay(next?.startsAt ?? '')) {
      const session = (await (await page.request.get('/api/auth/session')).json()) as { user: unknown }
      if (!session.user) await logIn(page, SECRETARY)
    }
    await openMeeting()

    const agenda = section('Föredragningslista')
    await agenda.getByRole('heading', { name: 'Ärenden redo för beslut' }).waitFor()
    await agenda.getByRole('button', { name: new RegExp(`^Lägg till .* ${CHATTBOT} på föredragningslistan$`) }).click()
    await agenda.getByRole('row', { name: new RegExp(CHATTBOT) }).waitFor()
    // The other ready cases too, one by one.
    const more = agenda.getByRole('button', { name: /^Lägg till .* på föredragningslistan$/ })
    while ((await more.count()) > 0) {
      const before = await agenda.locator('tbody tr').count()
      await more.first().click()
      await expect.poll(() => agenda.locator('tbody tr').count()).toBe(before + 1)
    }
    await agenda.getByRole('textbox', { name: /^Rubrik/ }).fill('Val av justerare')
    await agenda.getByRole('button', { name: 'Lägg till punkten' }).click()
    const standing = agenda.getByRole('row', { name: /Val av justerare/ })
    await standing.waitFor()

    // By keyboard: the standing item goes to the top, the focus staying on its button.
    const rows = await agenda.locator('tbody tr').count()
    await agenda.getByRole('button', { name: 'Flytta upp Val av justerare' }).focus()
    for (let i = 1; i < rows; i++) {
      await page.keyboard.press('Enter')
      await agenda.getByRole('status').getByText(`Val av justerare är nu punkt ${rows - i}.`).waitFor()
    }
    expect(await agenda.locator('tbody tr').first().textContent()).toContain('Val av justerare')
    await checkPage(page, 'meeting-agenda')

    await section('Kallelse').getByRole('button', { name: 'Skicka kallelsen' }).click()
    await section('Kallelse').getByText(/^Kallelsen skickades \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/).waitFor()
  })

  it('marks attendance, a substitute serving for an absent member', async () => {
    const attendance = section('Närvaro')
    const table = attendance.getByRole('table', { name: 'Närvaro vid sammanträdet' })
    // A ledamot who is not the chair stays away.
    const ledamot = table.locator('tbody tr', { has: page.getByRole('cell', { name: 'Ledamot', exact: true }), hasNotText: 'ordförande' }).last()
    const absent = ((await ledamot.locator('th').textContent()) ?? '').trim()
    await ledamot.getByRole('checkbox').uncheck()
    const substitute = table.locator('tbody tr', { has: page.getByRole('cell', { name: 'Ersättare', exact: true }) }).first()
    if ((await substitute.count()) > 0) {
      await substitute.getByRole('checkbox').check()
      await substitute.getByRole('combobox').selectOption({ label: absent })
    }
    await attendance.getByRole('textbox', { name: /^Namn på tjänsteperson/ }).fill(nameOf(SECRETARY))
    await attendance.getByRole('button', { name: 'Lägg till tjänsteperson' }).click()
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click()
    await attendance.getByText('Närvaron är sparad.').waitFor()
    await table.getByRole('row', { name: new RegExp(nameOf(SECRETARY)) }).getByRole('cell', { name: 'Tjänsteperson' }).waitFor()
  })

  it('records the decisions with their § and closes the meeting', async () => {
    const decisions = section('Beslut')
    const record = decisions.getByRole('button', { name: /^Registrera beslut om / })
    const total = await record.count()
    expect(total).toBeGreaterThan(1)
    // In the agenda's order, so the § follow it; the chattbot pre-study is approved with a reservation.
    while ((await record.count()) > 0) {
      const title = ((await record.first().getAttribute('aria-label')) ?? '').replace('Registrera beslut om ', '')
      await record.first().click()
      await dialog().getByRole('heading', { name: `Beslut om ${title}` }).waitFor()
      await dialog().getByRole('radio', { name: 'Bifall' }).check()
      if (title !== CHATTBOT) {
        await dialog().getByRole('textbox', { name: /^Beslutsformulering/ }).fill('Nämnden beslutar enligt förslaget.')
      } else {
        await dialog().getByRole('textbox', { name: /^Beslutsformulering/ }).fill('Nämnden beslutar att starta förstudien om en chattbot för medborgarservice.')
        await dialog().getByRole('textbox', { name: /^Reservationer/ }).fill('Ledamoten från Kalix reserverar sig till förmån för eget förslag.')
        await checkPage(page, 'meeting-decide-dialog')
        if (process.env.SCREENSHOTS === '1') await dialog().screenshot({ path: join(SCREENSHOT_DIR, 'meeting-decide-dialog-only.png') })
      }
      await dialog().getByRole('button', { name: 'Registrera beslutet' }).click()
      await dialog().waitFor({ state: 'detached' })
    }
    const chattbot = decisions.getByRole('listitem').filter({ hasText: CHATTBOT })
    await chattbot.getByText(/^§ \d+$/).waitFor()
    await chattbot.getByText('Bifall', { exact: true }).waitFor()
    expect(await decisions.getByText(/^§ \d+$/).count()).toBe(total)
    await decisions.getByRole('button', { name: 'Avsluta sammanträdet' }).click()
    await decisions.getByText('Sammanträdet är avslutat.').waitFor()
    await page.locator('.meeting-status', { hasText: 'Genomfört' }).waitFor()
  })

  it('sets the chair and the adjuster, and the initiative’s gate then has what it needs', async () => {
    const minutes = section('Protokoll')
    await minutes.getByRole('combobox', { name: 'Ordförande' }).selectOption({ label: nameOf(CHAIR) })
    await minutes.getByRole('combobox', { name: 'Justerare' }).selectOption({ label: nameOf(ADJUSTER) })
    await minutes.getByRole('button', { name: 'Spara ordförande och justerare' }).click()
    await minutes.getByText('Ordförande och justerare är sparade.').waitFor()
    await minutes.getByText(`Väntar på justering av ${nameOf(CHAIR)}, ${nameOf(ADJUSTER)}.`).waitFor()
    await minutes.getByRole('link', { name: 'Öppna protokollet (PDF)' }).waitFor()
    await checkPage(page, 'meeting-held')

    await nav('Initiativ').click()
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor()
    await page.getByRole('link', { name: INITIATIVE, exact: true }).first().click()
    await page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor()
    await page.getByRole('region', { name: 'Vad grinden behöver' }).getByText('Allt som grinden kräver finns. Initiativet kan passera grinden.').waitFor()
    await logOut(page)
  })

  it('lets the chair and then the adjuster approve the minutes', async () => {
    for (const email of [CHAIR, ADJUSTER]) {
      await logIn(page, email)
      await openMeeting()
      const minutes = section('Protokoll')
      await minutes.getByRole('button', { name: 'Justera protokollet' }).click()
      await minutes.getByText('Du har justerat protokollet.').waitFor()
      await minutes.getByText(new RegExp(`Justerat av ${nameOf(email)} \\d{4}-\\d{2}-\\d{2} kl\\. \\d{2}:\\d{2}`)).waitFor()
      if (email === CHAIR) await checkPage(page, 'meeting-approved-by-chair')
      await logOut(page)
    }
  })

  it('lets the secretary post the minutes with today’s date, showing the last day to appeal', async () => {
    await logIn(page, SECRETARY)
    await openMeeting()
    const minutes = section('Protokoll')
    await minutes.getByText(new RegExp(`Justerat av ${nameOf(ADJUSTER)}`)).waitFor()
    await minutes.getByRole('textbox', { name: /^Datum för anslaget/ }).fill(todayInSweden())
    await minutes.getByRole('button', { name: 'Anslå protokollet' }).click()
    await minutes.getByText(`Anslaget ${todayInSweden()}`).waitFor()
    await minutes.getByText(/^Sista dag att överklaga: \d{4}-\d{2}-\d{2}$/).waitFor()
    await page.locator('.meeting-status', { hasText: 'Anslaget' }).waitFor()
    await checkPage(page, 'meeting-published')

    await nav('Protokoll').click()
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor()
    const row = page.getByRole('table', { name: 'Anslagna protokoll' }).getByRole('row', { name: new RegExp(EN) }).filter({ hasText: meetingDate })
    await row.getByRole('cell', { name: 'Pågår' }).waitFor()
    await checkPage(page, 'minutes-register')
  })

  it('lets the secretary remind the members that have not decided', async () => {
    await nav('Medlemsbeslut').click()
    await page.getByRole('heading', { level: 1, name: 'Medlemsbeslut' }).waitFor()
    await settled(page)
    const remind = page.getByRole('button', { name: /^Påminn de som inte beslutat om / }).and(page.locator(':enabled'))
    if ((await remind.count()) > 0) {
      await remind.first().click()
      await page.getByText(/^Påminnelse skickad till /).waitFor()
      await page.getByRole('table', { name: 'Medlemmarnas beslut per initiativ' }).getByText(`påmind ${todayInSweden()}`).first().waitFor()
    }
    await checkPage(page, 'member-decisions-reminded')
    expect(scriptErrors(page)).toEqual([])
  })

  it('shows an anonymous visitor the minutes with the appeal date, and the PDF', async () => {
    const visitor = await newPage(journey.browser, journey.samverka.baseUrl)
    await visitor.context().clock.setFixedTime(new Date())
    await visitor.goto(`/public/${collaborationId}`)
    await visitor.getByRole('heading', { level: 1, name: 'Offentliga handlingar' }).waitFor()
    await visitor.getByRole('heading', { name: 'Offentlighetsprincipen' }).waitFor()
    await settled(visitor)
    const row = visitor.getByRole('table', { name: 'Anslagna protokoll' }).getByRole('row', { name: new RegExp(EN) }).filter({ hasText: meetingDate })
    const cells = await row.getByRole('cell').allTextContents()
    expect(cells).toContain(todayInSweden())
    expect(cells.some((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && text > todayInSweden())).toBe(true)
    const href = await row.getByRole('link', { name: /\(PDF\)$/ }).getAttribute('href')
    const pdf = await visitor.request.get(href ?? '')
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await visitor.getByRole('region', { name: 'Beslut' }).getByText(/^§ \d+$/).first().waitFor()
    await checkPage(visitor, 'public-records')
    expect(scriptErrors(visitor)).toEqual([])
    await visitor.context().close()
  })
})
