import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_USERS } from '../src/modules/demo/demo.seed'
import { checkPage, logIn, logOut, newPage, SCREENSHOT_DIR, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'
const CHATTBOT = 'Starta förstudie: Chattbot för medborgarservice'
const INITIATIVE = 'Chattbot för medborgarservice'
const SECRETARY = 'sekreterare@demo.samverka.se'
const CHAIR = 'ordforande@demo.samverka.se'
const ADJUSTER = 'ledamot@demo.samverka.se'
const COORDINATOR = 'samordnare@demo.samverka.se'
const nameOf = (email: string) => DEMO_USERS.find((u) => u.email === email)?.name ?? email

/** The demo's December meeting of the nämnd: 2026-12-09 at 09:00 Swedish time. */
const MEETING_DAY = '2026-12-09'

/**
 * The issue's journey, on the day of the demo's December meeting with the clock of the server (in this
 * process) and of the browser set: the secretary cannot decide before the meeting starts; once it has, the
 * §§ are recorded from the cases' proposed decisions, the chattbot § meets its initiative's gate, the meeting
 * is closed with confirmation, the chair and the adjuster approve in Samverka, the secretary posts the
 * minutes the same day, and the public decision register lists exactly the §§ of the posted minutes.
 */
describe('the December meeting from notice to posted minutes, on its day', () => {
  const journey = useJourney()
  let page: Page
  let collaborationId = ''
  let meetingId = ''
  let meetingUrl = ''

  beforeAll(() => {
    page = journey.page
  })
  afterAll(() => {
    vi.useRealTimers()
  })

  /** Sets the clock of the server and of the browser (both in Swedish time). */
  async function at(time: string) {
    const instant = new Date(`${MEETING_DAY}T${time}:00+01:00`)
    vi.useFakeTimers({ toFake: ['Date'], now: instant })
    await page.context().clock.setFixedTime(instant)
  }
  const section = (name: string) => page.getByRole('region', { name, exact: true })
  const dialog = () => page.getByRole('dialog')
  async function openMeeting() {
    await page.goto(meetingUrl)
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${EN}, sammanträde ${MEETING_DAY}`) }).waitFor()
    await settled(page)
  }
  const meetingJson = async () => (await (await page.request.get(`/api/collaborations/${collaborationId}/meetings/${meetingId}`)).json()) as {
    status: string
    attendance: { personName: string; memberName: string | null; seatRole: string; present: boolean; servingFor: string | null }[]
    agenda: { title: string; decision: { paragraph: number; year: number } | null }[]
  }

  it('before the meeting starts, shows the notice sent and refuses nothing it cannot do yet: no § can be recorded', async () => {
    await at('08:30')
    await logIn(page, SECRETARY)
    await page.getByRole('link', { name: EN, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    collaborationId = new URL(page.url()).pathname.split('/')[2] ?? ''
    const meetings = (await (await page.request.get(`/api/collaborations/${collaborationId}/meetings`)).json()) as { id: string; bodyName: string; status: string; startsAt: string }[]
    const december = meetings.find((m) => m.bodyName === EN && m.startsAt.startsWith(MEETING_DAY))
    expect(december?.status).toBe('notice_sent')
    meetingId = december?.id ?? ''
    meetingUrl = `/collaborations/${collaborationId}/meetings/${meetingId}`
    await openMeeting()

    await section('Kallelse').getByText(/^Kallelsen skickades 2026-12-02 \d{2}:\d{2}\.$/).waitFor()
    const decisions = section('Beslut')
    await decisions.getByText('Beslut registreras när sammanträdet har börjat (2026-12-09 09:00). Fram till dess kan föredragningslistan och närvaron ändras.').waitFor()
    expect(await decisions.getByRole('button', { name: /^Registrera beslut om / }).count()).toBe(0)
    // The API says the same to anyone who tries.
    const first = (await meetingJson()).agenda[0] as unknown as { id: string }
    const early = await page.request.post(`/api/collaborations/${collaborationId}/meetings/${meetingId}/items/${first.id}/decision`, {
      data: { outcome: 'approve', wording: 'För tidigt' },
      headers: { 'x-csrf-token': (await page.context().cookies()).find((c) => c.name === 'samverka_csrf')?.value ?? '' },
    })
    expect(early.status()).toBe(409)
    await checkPage(page, 'meeting-before-start')
  })

  it('marks attendance: the ersättare present serves for the absent ledamot of the same member by itself', async () => {
    await at('09:05')
    await openMeeting()
    const attendance = section('Närvaro')
    const table = attendance.getByRole('table', { name: 'Närvaro vid sammanträdet' })
    // Kalix's ledamot stays away; Kalix's ersättare is there.
    const ledamot = table.locator('tbody tr', { has: page.getByRole('cell', { name: 'Ledamot', exact: true }) }).filter({ has: page.getByRole('cell', { name: 'Kalix', exact: true }) })
    const absent = ((await ledamot.locator('th').textContent()) ?? '').trim()
    await ledamot.getByRole('checkbox').uncheck()
    const substitute = table.locator('tbody tr', { has: page.getByRole('cell', { name: 'Ersättare', exact: true }) }).filter({ has: page.getByRole('cell', { name: 'Kalix', exact: true }) })
    await substitute.getByRole('checkbox').check()
    await substitute.getByRole('cell', { name: absent, exact: true }).waitFor()
    await attendance.getByRole('textbox', { name: /^Namn på tjänsteperson/ }).fill(nameOf(SECRETARY))
    await attendance.getByRole('button', { name: 'Lägg till tjänsteperson' }).click()
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click()
    await attendance.getByText('Närvaron är sparad.').waitFor()
    const saved = (await meetingJson()).attendance.filter((a) => a.memberName === 'Kalix')
    expect(saved.find((a) => a.seatRole === 'ersattare')).toMatchObject({ present: true, servingFor: absent })
  })

  it('records the §§ from the cases’ proposed decisions and closes the meeting after confirming what becomes fixed', async () => {
    const decisions = section('Beslut')
    const record = decisions.getByRole('button', { name: /^Registrera beslut om / })
    expect(await record.count()).toBe(2)
    while ((await record.count()) > 0) {
      const title = ((await record.first().getAttribute('aria-label')) ?? '').replace('Registrera beslut om ', '')
      await record.first().click()
      await dialog().getByRole('heading', { name: `Beslut om ${title}` }).waitFor()
      // The wording starts from the case's proposed decision.
      const wording = dialog().getByRole('textbox', { name: /^Beslutsformulering/ })
      expect(await wording.inputValue()).toMatch(/^Nämnden (beslutar|fastställer)/)
      if (title === CHATTBOT) {
        await dialog().getByRole('textbox', { name: /^Reservationer/ }).fill('Ledamoten från Kalix reserverar sig till förmån för eget förslag.')
        await checkPage(page, 'meeting-decide-dialog')
        if (process.env.SCREENSHOTS === '1') await dialog().screenshot({ path: join(SCREENSHOT_DIR, 'meeting-decide-dialog-only.png') })
      }
      await dialog().getByRole('button', { name: 'Registrera beslutet' }).click()
      await dialog().waitFor({ state: 'detached' })
    }
    // The year's §§ continue from the September (§ 1–2) and October (§ 3) minutes.
    const paragraphs = (await meetingJson()).agenda.map((item) => item.decision?.paragraph)
    expect(paragraphs).toEqual([4, 5])
    await decisions.getByRole('listitem').filter({ hasText: CHATTBOT }).getByText('§ 4', { exact: true }).waitFor()

    await decisions.getByRole('button', { name: 'Avsluta sammanträdet' }).click()
    await dialog().getByRole('heading', { name: 'Avsluta sammanträdet?' }).waitFor()
    await dialog().getByText('Du avslutar sammanträdet med besluten § 4–5. Därefter gäller:').waitFor()
    await checkPage(page, 'meeting-close-confirm')
    await dialog().getByRole('button', { name: 'Ja, avsluta sammanträdet' }).click()
    await dialog().waitFor({ state: 'detached' })
    await decisions.getByText('Sammanträdet är avslutat.').waitFor()
    await page.locator('.meeting-status', { hasText: 'Genomfört' }).waitFor()
    await section('Protokoll').getByText(`Väntar på justering av ${nameOf(CHAIR)}, ${nameOf(ADJUSTER)}.`).waitFor()
    await checkPage(page, 'meeting-held')
    await logOut(page)
  })

  it('lets the chair and then the adjuster approve the minutes in Samverka that afternoon', async () => {
    await at('14:10')
    for (const email of [CHAIR, ADJUSTER]) {
      await logIn(page, email)
      await openMeeting()
      const minutes = section('Protokoll')
      await minutes.getByRole('button', { name: 'Justera protokollet' }).click()
      await minutes.getByText('Du har justerat protokollet.').waitFor()
      await minutes.getByText(`Justerat digitalt av ${nameOf(email)} ${MEETING_DAY} kl. 14:10`).waitFor()
      if (email === CHAIR) await checkPage(page, 'meeting-approved-by-chair')
      await logOut(page)
    }
  })

  it('lets the secretary post the minutes the same day, the appeal period then running', async () => {
    await at('15:00')
    await logIn(page, SECRETARY)
    await openMeeting()
    const minutes = section('Protokoll')
    const date = minutes.getByRole('textbox', { name: /^Datum för anslaget/ })
    expect(await date.inputValue()).toBe(MEETING_DAY)
    await minutes.getByText(/senast 2026-12-11, andra dagen efter justeringen \(kommunallagen 8 kap\. 12 §\)/).waitFor()
    // Two days late would be against the law: refused with the rule.
    await date.fill('2026-12-14')
    await minutes.getByRole('button', { name: 'Anslå protokollet' }).click()
    await page.getByText(/ska tillkännages på anslagstavlan senast andra dagen efter justeringen, dvs\. senast 2026-12-11/).first().waitFor()
    await date.fill(MEETING_DAY)
    await minutes.getByRole('button', { name: 'Anslå protokollet' }).click()
    await minutes.getByText(`Anslaget ${MEETING_DAY}`).waitFor()
    await minutes.getByText(/^Sista dag att överklaga: 2026-12-30$/).waitFor()
    await checkPage(page, 'meeting-published')
    await logOut(page)
  })

  it('lets the coordinator pass the chattbot initiative’s gate on the nämnd’s §', async () => {
    await logIn(page, COORDINATOR)
    await page.goto(`/collaborations/${collaborationId}/initiatives`)
    await page.getByRole('heading', { level: 1, name: 'Initiativ' }).waitFor()
    await page.getByRole('link', { name: INITIATIVE, exact: true }).first().click()
    await page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor()
    const gate = page.getByRole('region', { name: 'Vad grinden behöver' })
    await gate.getByText('Allt som grinden kräver finns. Initiativet kan passera grinden.').waitFor()
    await gate.getByRole('button', { name: 'Passera grinden' }).click()
    await page.getByText(/^Initiativet har passerat grinden och är nu i /).waitFor()
    const initiatives = ((await (await page.request.get(`/api/collaborations/${collaborationId}/decisions?limit=200`)).json()) as { items: { initiativeTitle: string; source: string; meetingId: string | null; reference: string; decidedOn: string }[] }).items
    expect(initiatives.find((d) => d.initiativeTitle === INITIATIVE)).toMatchObject({ source: 'minutes', meetingId, reference: '§ 4', decidedOn: MEETING_DAY })
    await checkPage(page, 'initiative-passed-on-paragraph')
    expect(scriptErrors(page)).toEqual([])
    await logOut(page)
  })

  it('lets the secretary move the February meeting by keyboard and then cancel it with a reason', async () => {
    await logIn(page, SECRETARY)
    const meetings = (await (await page.request.get(`/api/collaborations/${collaborationId}/meetings`)).json()) as { id: string; startsAt: string }[]
    const february = meetings.find((m) => m.startsAt.startsWith('2027-02-17'))
    await page.goto(`/collaborations/${collaborationId}/meetings/${february?.id ?? ''}`)
    await page.getByRole('heading', { level: 1, name: `${EN}, sammanträde 2027-02-17` }).waitFor()
    await settled(page)
    await page.getByRole('button', { name: 'Ändra tid och plats' }).focus()
    await page.keyboard.press('Enter')
    await dialog().getByRole('heading', { name: 'Ändra tid och plats' }).waitFor()
    await dialog().getByRole('textbox', { name: /^Datum/ }).fill('2027-02-18')
    await dialog().getByRole('textbox', { name: /^Plats/ }).fill('Kommunhuset, Kalix')
    await checkPage(page, 'meeting-edit-dialog')
    await page.keyboard.press('Enter')
    await dialog().waitFor({ state: 'detached' })
    await page.getByRole('heading', { level: 1, name: `${EN}, sammanträde 2027-02-18` }).waitFor()
    await page.getByText('Kommunhuset, Kalix').first().waitFor()

    await page.getByRole('button', { name: 'Ställ in sammanträdet' }).click()
    await dialog().getByRole('textbox', { name: /^Skäl/ }).fill('Inga ärenden är redo för beslut i februari.')
    await dialog().getByRole('button', { name: 'Ställ in sammanträdet' }).click()
    await dialog().waitFor({ state: 'detached' })
    await page.getByText('Sammanträdet är inställt. Skäl: Inga ärenden är redo för beslut i februari.').waitFor()
    expect(await page.getByRole('button', { name: 'Ändra tid och plats' }).count()).toBe(0)
    await checkPage(page, 'meeting-cancelled')
    await logOut(page)
  })

  it('shows an anonymous visitor the posted minutes and a decision register that matches them', async () => {
    const visitor = await newPage(journey.browser, journey.samverka.baseUrl)
    await visitor.context().clock.setFixedTime(new Date(`${MEETING_DAY}T16:00:00+01:00`))
    await visitor.goto(`/public/${collaborationId}`)
    await visitor.getByRole('heading', { level: 1, name: 'Offentliga handlingar' }).waitFor()
    await settled(visitor)
    const row = visitor.getByRole('table', { name: 'Anslagna protokoll' }).getByRole('row', { name: new RegExp(EN) }).filter({ hasText: MEETING_DAY }).first()
    const href = await row.getByRole('link', { name: /\(PDF\)$/ }).getAttribute('href')
    const pdf = await visitor.request.get(href ?? '')
    expect(pdf.status()).toBe(200)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    // The register: every § of the year's posted minutes, numbered as in them (§ 1–5), the confidential one by its ground.
    const register = (await (await visitor.request.get(`/api/collaborations/${collaborationId}/decision-register?year=2026&limit=200`)).json()) as {
      items: { source: string; paragraph: number | null; meetingId: string | null; title: string; withheld: boolean }[]
    }
    const fromMinutes = register.items.filter((d) => d.source === 'minutes')
    expect(fromMinutes.map((d) => d.paragraph)).toEqual([5, 4, 3, 2, 1])
    const posted = await meetingJson()
    expect(fromMinutes.filter((d) => d.meetingId === meetingId).map((d) => d.paragraph).sort()).toEqual(posted.agenda.map((item) => item.decision?.paragraph).sort())
    expect(fromMinutes.find((d) => d.paragraph === 4)?.title).toBe(CHATTBOT)
    expect(fromMinutes.filter((d) => d.withheld)).toHaveLength(1)
    await visitor.getByText(CHATTBOT).first().waitFor()
    await checkPage(visitor, 'public-records')
    expect(scriptErrors(visitor)).toEqual([])
    await visitor.context().close()
  })
})
