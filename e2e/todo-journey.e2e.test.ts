import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDigests } from '../src/modules/notifications'
import { dutySources } from '../src/server/app'
import { closeMailer, createMailer, deliverOutbox } from '../src/server/mail/mail'
import { startSmtpServer } from '../tests/helpers/smtp'
import { checkPage, logIn, scriptErrors, settled, useJourney } from './harness'

const KALIX = 'kalix@demo.samverka.se'
const DUTY = 'Kalix ska besluta: Beslut om gemensam förvaltning – E-arkiv'

/**
 * The journey: Kalix owes its decision on taking the e-archive into joint management by 2026-12-15.
 * Its representative finds it in Att göra on the home page with the date, follows the link, records Kalix's
 * decision, and the duty is gone; the daily digest e-mailed to the same person lists it before the decision
 * and not after.
 */
describe('Att göra and the daily digest: what Kalix owes, until it is done', () => {
  const smtp = startSmtpServer()
  let smtpUrl = ''
  beforeAll(async () => void (smtpUrl = (await smtp).url))
  afterAll(async () => (await smtp).close())
  const journey = useJourney({ smtpUrl: () => smtpUrl })
  let page: Page

  beforeAll(() => {
    page = journey.page
  })

  /** Runs the digests as the job runner would on this Swedish morning, and delivers what they queued to the SMTP server. */
  async function digestOn(day: string) {
    const { db, baseUrl } = journey.samverka
    const before = (await smtp).to(KALIX).length
    await runDigests(db, dutySources, baseUrl, new Date(`${day}T07:30:00+01:00`))
    const mailer = createMailer(smtpUrl, 'samverka@test')
    await deliverOutbox(db, mailer)
    await closeMailer(mailer)
    return (await smtp).to(KALIX).slice(before)
  }

  it("e-mails Kalix's representative a daily digest that lists the e-archive decision with its date", async () => {
    const digests = await digestOn('2026-12-08')
    expect(digests.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Samverka: \d+ att göra – daglig sammanfattning$/)])
    const digest = digests[0]
    expect(digest!.text).toContain(DUTY)
    expect(digest!.text).toContain('2026-12-15')
    expect(digest!.text).toContain(`${journey.samverka.baseUrl}/collaborations/`)
  })

  it('shows the decision in Att göra with its date, and takes it away once Kalix has recorded it', async () => {
    await logIn(page, KALIX)
    const todo = page.getByRole('region', { name: 'Att göra' })
    const item = todo.getByRole('listitem').filter({ hasText: DUTY })
    await item.waitFor()
    expect(await item.textContent()).toContain('2026-12-15')
    await checkPage(page, 'home-todo')

    await item.getByRole('link').first().click()
    await page.getByRole('heading', { level: 1, name: 'E-arkiv' }).waitFor()
    await page.getByRole('button', { name: 'Registrera medlemsbeslut' }).click()
    const form = page.getByRole('dialog')
    await form.getByRole('heading', { name: 'Registrera en medlems eget beslut' }).waitFor()
    expect(await form.getByRole('combobox', { name: /^Medlem/ }).locator('option').allTextContents()).toEqual(['Kalix'])
    await form.getByRole('radio', { name: 'Bifall' }).check()
    await form.getByRole('textbox', { name: /^Medlemmens diarienummer/ }).fill('KS 2026/412')
    await form.getByRole('button', { name: 'Registrera beslutet' }).click()
    await form.waitFor({ state: 'detached' })

    await page.goto('/')
    await settled(page)
    await todo.waitFor()
    expect(await todo.getByRole('listitem').filter({ hasText: DUTY }).count()).toBe(0)
    expect(scriptErrors(page)).toEqual([])
  })

  it('leaves the decision out of the next morning’s digest', async () => {
    // Sent only if Kalix's representative still owes something else; never with the decision in it.
    const next = await digestOn('2026-12-09')
    expect(next.length).toBeLessThanOrEqual(1)
    expect(next.filter((mail) => mail.text?.includes(DUTY))).toEqual([])
  })
})
