import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, SCREENSHOT_DIR, scriptErrors, settled, useJourney, focused, tabTo } from './harness'

const EN = 'Norrbottens e-nämnd'
const thisYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 4))
// A year no demo round uses, so this round leaves the demo's own (this year's in VästKom, next year's in EN) as they are.
const YEAR = thisYear + 3
const ROUND = `Verksamhetsplan ${YEAR}`
const DEMO_ROUND = `Verksamhetsplan ${thisYear + 1} – gemensam e-utveckling`

const PROPOSALS = {
  bygglov: { title: 'Gemensam e-tjänst för bygglov', cost: '600 000', need: 'Ansökningar om bygglov kommer in på papper och skrivs om av handläggarna i varje kommun.' },
  arkiv: { title: 'Gemensamt e-arkiv för skolan', cost: '500 000', need: 'Skolornas digitala handlingar ska bevaras, men ingen kommun har ett e-arkiv för dem.' },
  chatt: { title: 'Chattbot för invånarfrågor', cost: '300 000', need: 'Kontaktcentren svarar på samma frågor om och om igen och är bara öppna på dagtid.' },
}

/**
 * Norrbottens e-nämnd plans a year ahead: the coordinator starts a round, Kalix, Luleå and Piteå propose and co-sign,
 * the coordinator screens, the three prioritise (Luleå by keyboard only), the result is fitted to the frame, the plan is adopted.
 * On the way Kalix answers the demo round's "not yet prioritised" notice by ranking its proposals with the keyboard.
 */
describe('annual planning: from proposals to the adopted plan', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(() => {
    page = journey.page
  })

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const roundTab = (name: string) => page.getByRole('navigation', { name: /^Sidor för/ }).getByRole('link', { name, exact: true })
  const dialog = () => page.getByRole('dialog')
  const proposal = (number: number) => page.getByRole('article', { name: new RegExp(`^Förslag ${number}:`) })

  async function openRound(title = ROUND) {
    await page.goto('/')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    await nav('Planering').click()
    await page.getByRole('heading', { level: 1, name: 'Planeringsrundor' }).waitFor()
    await page.getByRole('link', { name: title, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await settled(page)
  }

  /** The coordinator opens the next stage by hand, confirming first. */
  async function openNextStage(stage: string) {
    await page.getByRole('button', { name: `Öppna nästa skede: ${stage}` }).click()
    await page.getByRole('group', { name: `Bekräfta att skedet ${stage} ska öppnas` }).waitFor()
    await page.getByRole('button', { name: `Ja, öppna ${stage}` }).click()
    await page.getByText(`Skedet ”${stage}” är öppnat.`).waitFor()
    await page.locator('li[aria-current="step"]', { hasText: stage }).waitFor()
  }

  async function submitProposal(key: keyof typeof PROPOSALS, checkName?: string) {
    const spec = PROPOSALS[key]
    await page.getByRole('button', { name: 'Lämna förslag' }).click()
    await dialog().getByRole('heading', { name: `Lämna förslag till ${ROUND}` }).waitFor()
    await dialog().getByLabel(/^Rubrik/).fill(spec.title)
    await dialog().getByLabel(/^Behov/).fill(spec.need)
    await dialog().getByLabel(/^Uppskattad kostnad/).fill(spec.cost)
    for (const question of [/IT-stödd verksamhetsutveckling/, /egen beslutanderätt/, /inte redan i en tidigare plan/]) {
      await dialog().getByRole('group', { name: question }).getByLabel('Ja').check()
    }
    if (checkName) await checkPage(page, checkName)
    const sent = page.waitForResponse((r) => r.url().includes('/proposals') && r.request().method() === 'POST')
    await dialog().getByRole('button', { name: 'Lämna förslaget' }).click()
    expect((await sent).status()).toBe(201)
    await dialog().waitFor({ state: 'detached' })
    await page.getByRole('heading', { name: new RegExp(`^Förslag \\d+: ${spec.title}$`) }).waitFor()
  }

  async function cosign(number: number, member: string) {
    await proposal(number).getByRole('button', { name: `Medunderteckna förslag ${number} för ${member}` }).click()
    await proposal(number).getByRole('button', { name: `Återkalla medundertecknandet av förslag ${number} för ${member}` }).waitFor()
    expect(await proposal(number).textContent()).toMatch(new RegExp(`Medundertecknare.*${member}`))
  }

  it('lets the coordinator start a round for a future year with VästKom’s timetable', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: EN }).waitFor()
    await nav('Planering').click()
    await page.getByRole('heading', { level: 1, name: 'Planeringsrundor' }).waitFor()
    await settled(page)
    // The demo's open round for next year, with how many members have prioritised.
    await page.getByRole('row', { name: new RegExp(DEMO_ROUND) }).getByText('Prioritering pågår').waitFor()
    await checkPage(page, 'planning-rounds')

    await page.getByRole('button', { name: 'Starta planeringsrunda' }).click()
    await dialog().getByRole('heading', { name: 'Starta planeringsrunda' }).waitFor()
    // Next year has the demo's round, so the dialog proposes the first year that is free.
    expect(await dialog().getByLabel(/^Planår/).inputValue()).toBe(String(thisYear + 2))
    await dialog().getByLabel(/^Planår/).fill(String(YEAR))
    // The timetable follows the year typed: VästKom's dates in the autumn before.
    expect(await dialog().getByLabel(/^Förslag tas emot/).inputValue()).toBe(`${YEAR - 1}-10-03`)
    expect(await dialog().getByLabel(/^Förslag till styrgruppen/).inputValue()).toBe(`${YEAR - 1}-12-15`)
    expect(await dialog().getByLabel(/^Namn på rundan/).inputValue()).toBe(ROUND)
    await dialog().getByLabel(/^Budgetram/).fill('1 000 000')
    await checkPage(page, 'planning-new-round-dialog')
    const created = page.waitForResponse((r) => r.url().endsWith('/planning/rounds') && r.request().method() === 'POST')
    await dialog().getByRole('button', { name: 'Starta rundan' }).click()
    const round = (await (await created).json()) as { budgetFrameOre: number; ballotKind: string; stage: string; stages: { key: string; startsOn: string }[] }
    expect(round).toMatchObject({ budgetFrameOre: 100_000_000, ballotKind: 'points', stage: 'not_started' })
    expect(round.stages).toHaveLength(10)
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor()
    await settled(page)
    await checkPage(page, 'planning-round-not-started')

    await openNextStage('Förslag tas emot')
    expect(await page.getByRole('region', { name: /^Nu:/ }).textContent()).toContain('Förslag tas emot')
    await logOut(page)
  })

  it('shows Kalix the demo round’s “not yet prioritised” notice, and Kalix ranks by keyboard only', async () => {
    await logIn(page, 'kalix@demo.samverka.se')
    const bell = page.getByRole('banner').locator('summary', { hasText: 'Aviseringar' })
    expect(await bell.textContent()).toMatch(/\d+ olästa/)
    await bell.click()
    const notice = page.getByRole('banner').getByRole('listitem').filter({ hasText: `${DEMO_ROUND}: er kommun har inte prioriterat än.` })
    await notice.waitFor()
    await checkPage(page, 'planning-notifications')
    await notice.getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: DEMO_ROUND }).waitFor()
    await settled(page)
    await checkPage(page, 'planning-demo-round')

    await roundTab('Prioritera').click()
    await page.getByRole('heading', { level: 1, name: `Prioritera: ${DEMO_ROUND}` }).waitFor()
    await settled(page)
    await page.getByText('Du prioriterar för Kalix.').waitFor()
    // Who has handed in is shown; what they gave is not, before the close.
    await page.getByRole('region', { name: 'Vilka har prioriterat' }).getByText(/^8 av 14 medlemmar/).waitFor()
    await checkPage(page, 'planning-prioritise-ranking')

    const ranking = page.getByRole('list', { name: 'Förslagen i er ordning' })
    const titles = async () => (await ranking.locator('.planning-ranking-title').allTextContents()).map((t) => t.replace(/Från .*$/, ''))
    const before = await titles()
    const last = before[before.length - 1]!
    // Kalix's own proposal (bokning av lokaler) is moved to the top by keyboard: Tab to its Up button, Enter until it is first.
    await tabTo(page, `Flytta upp ${last}`)
    for (let i = 0; i < before.length - 1; i++) await page.keyboard.press('Enter')
    await expect.poll(async () => (await titles())[0]).toBe(last)
    expect(await focusedName(page)).toBe(`Flytta ned ${last}`)
    await tabTo(page, 'Spara rangordningen')
    const saved = page.waitForResponse((r) => r.url().includes('/priorities/') && r.request().method() === 'PUT')
    await page.keyboard.press('Enter')
    const ballot = (await (await saved).json()) as { ranking: string[] }
    expect(ballot.ranking).toHaveLength(before.length)
    await page.getByText('Prioriteringen är sparad.').waitFor()
    await page.getByText(/^Sparad \d{4}-\d{2}-\d{2} \d{2}:\d{2} av Kalle Kalixrepresentant/).waitFor()

    // The notice has gone (the list is fetched again after saving); the stage notice can be marked as read.
    await bell.click()
    expect(await page.getByRole('banner').getByText(`${DEMO_ROUND}: er kommun har inte prioriterat än.`).count()).toBe(0)
    const stageNotice = page.getByRole('banner').getByRole('listitem').filter({ hasText: `${DEMO_ROUND}: prioritering pågår.` })
    await stageNotice.getByRole('button', { name: /^Markera som läst/ }).click()
    await stageNotice.getByRole('button').waitFor({ state: 'detached' })
    expect(scriptErrors(page)).toEqual([])
  })

  it('takes proposals from Kalix, Luleå and Piteå, each co-signing for its own member', async () => {
    await openRound()
    await submitProposal('bygglov', 'planning-proposal-dialog')
    await checkPage(page, 'planning-round-proposals')
    await logOut(page)

    await logIn(page, 'lulea@demo.samverka.se')
    await openRound()
    await submitProposal('arkiv')
    await cosign(1, 'Luleå')
    // Kalix's proposal now has two members behind it, enough for the round's minimum.
    expect(await proposal(1).textContent()).toContain('2 av minst 2')
    // A representative co-signs for its own member only.
    expect(await proposal(2).getByRole('button', { name: /Medunderteckna/ }).count()).toBe(0)
    await logOut(page)

    await logIn(page, 'pitea@demo.samverka.se')
    await openRound()
    await submitProposal('chatt')
    await cosign(2, 'Piteå')
    await logOut(page)

    await logIn(page, 'kalix@demo.samverka.se')
    await openRound()
    await cosign(3, 'Kalix')
    await logOut(page)
  })

  it('lets the coordinator propose for Boden, see the similar proposal, and screen: accept three, merge one with a reason', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await openRound()
    await page.getByRole('button', { name: 'Lämna förslag' }).click()
    await dialog().getByRole('heading', { name: `Lämna förslag till ${ROUND}` }).waitFor()
    await dialog().getByLabel(/^Medlem som lämnar förslaget/).selectOption({ label: 'Boden' })
    await dialog().getByLabel(/^Rubrik/).fill('E-tjänst för bygglov i Boden')
    // The live panel finds Kalix's proposal with the same words while the title is typed.
    await dialog().getByRole('region', { name: 'Liknande tidigare förslag' }).getByText(`${YEAR}, förslag 1: ${PROPOSALS.bygglov.title}`).waitFor()
    await dialog().getByLabel(/^Behov/).fill('Boden vill att invånarna söker bygglov digitalt.')
    await dialog().getByLabel(/^Uppskattad kostnad/).fill('100 000')
    for (const question of [/IT-stödd/, /beslutanderätt/, /tidigare plan/]) await dialog().getByRole('group', { name: question }).getByLabel('Ja').check()
    await dialog().getByRole('group', { name: 'Medundertecknare' }).getByLabel('Kalix', { exact: true }).check()
    await dialog().getByText(/står 2 medlemmar bakom förslaget/).waitFor()
    await checkPage(page, 'planning-proposal-dialog-coordinator')
    await dialog().getByRole('button', { name: 'Lämna förslaget' }).click()
    await dialog().waitFor({ state: 'detached' })
    await proposal(4).waitFor()
    expect(await proposal(4).textContent()).toMatch(/Medundertecknare\s*Kalix/)

    await openNextStage('Förslagen är stängda')
    await page.getByRole('button', { name: 'Lämna förslag' }).waitFor({ state: 'detached' })
    for (const number of [1, 2, 3]) {
      await proposal(number).getByRole('button', { name: `Granska förslag ${number}` }).click()
      await dialog().getByRole('heading', { name: new RegExp(`^Granska förslag ${number}:`) }).waitFor()
      if (number === 1) await checkPage(page, 'planning-screening-dialog')
      await dialog().getByRole('button', { name: 'Spara granskningen' }).click()
      await dialog().waitFor({ state: 'detached' })
      await proposal(number).getByText('Godtaget').first().waitFor()
    }
    await proposal(4).getByRole('button', { name: 'Granska förslag 4' }).click()
    await dialog().getByLabel('Slå ihop med ett annat förslag').check()
    // A merge without a reason is refused before it is sent, with the error linked to the field.
    await dialog().getByRole('combobox', { name: /^Slå ihop med/ }).selectOption({ label: `Förslag 1: ${PROPOSALS.bygglov.title}` })
    await dialog().getByRole('button', { name: 'Spara granskningen' }).click()
    await dialog().getByRole('alert').getByRole('link', { name: /Ange skälet/ }).waitFor()
    await dialog().getByLabel(/^Skäl/).fill('Samma behov som förslag 1; Bodens underlag tas med där.')
    await dialog().getByRole('button', { name: 'Spara granskningen' }).click()
    await dialog().waitFor({ state: 'detached' })
    expect(await proposal(4).textContent()).toContain(`Sammanslaget in i förslag 1, ${PROPOSALS.bygglov.title}. Skäl: Samma behov som förslag 1`)
    expect(await page.getByText('3 godtagna, 0 ej granskade, 1 sammanslagna, 0 avvisade.').count()).toBe(1)
    await checkPage(page, 'planning-round-screened')

    await openNextStage('Förslagen sammanställs och granskas')
    await openNextStage('Prioritering pågår')
    await logOut(page)
  })

  it('lets the three representatives prioritise with points, Luleå by keyboard only, showing the API’s check of the total', async () => {
    const prioritise = async (email: string) => {
      await logIn(page, email)
      await openRound()
      await roundTab('Prioritera').click()
      await page.getByRole('heading', { level: 1, name: `Prioritera: ${ROUND}` }).waitFor()
      await settled(page)
    }
    const points = (number: number) => page.getByLabel(new RegExp(`^Förslag ${number}:`))

    await prioritise('kalix@demo.samverka.se')
    await points(1).fill('80')
    await points(3).fill('40')
    await page.getByText('20 poäng för mycket: högst 100 poäng').waitFor()
    await page.getByRole('button', { name: 'Spara poängen' }).click()
    // The API's own words for the rule, in the error summary and at the field.
    await page.getByRole('alert').getByText('Fördela högst 100 poäng.').waitFor()
    await checkPage(page, 'planning-prioritise-points-error')
    await points(1).fill('70')
    await points(3).fill('30')
    await page.getByText('0 av 100 poäng kvar').waitFor()
    await page.getByRole('button', { name: 'Spara poängen' }).click()
    await page.getByText('Prioriteringen är sparad.').waitFor()
    await page.getByRole('region', { name: 'Vilka har prioriterat' }).getByText(/^1 av 14 medlemmar/).waitFor()
    await checkPage(page, 'planning-prioritise-points')
    await logOut(page)

    await prioritise('lulea@demo.samverka.se')
    await tabTo(page, 'Förslag 2:')
    await page.keyboard.type('40')
    await tabTo(page, 'Förslag 3:')
    await page.keyboard.type('60')
    expect(await page.getByText('0 av 100 poäng kvar').count()).toBe(1)
    await tabTo(page, 'Spara poängen')
    const saved = page.waitForResponse((r) => r.url().includes('/priorities/') && r.request().method() === 'PUT')
    await page.keyboard.press('Enter')
    const ballot = (await (await saved).json()) as { points: Record<string, number> }
    expect(Object.values(ballot.points).sort()).toEqual([40, 60])
    await page.getByText('Prioriteringen är sparad.').waitFor()
    await logOut(page)

    await prioritise('pitea@demo.samverka.se')
    await points(1).fill('50')
    await points(2).fill('50')
    await page.getByRole('button', { name: 'Spara poängen' }).click()
    await page.getByText('Prioriteringen är sparad.').waitFor()
    await page.getByRole('region', { name: 'Vilka har prioriterat' }).getByText(/^3 av 14 medlemmar/).waitFor()
    // Before the close the results are not there, for anyone.
    await roundTab('Resultat').click()
    await page.getByText(/Resultatet visas när prioriteringen har stängt/).waitFor()
    await logOut(page)
  })

  it('closes the round and shows the ranking fitted to the budget frame, every member’s points and the project bank', async () => {
    await logIn(page, 'samordnare@demo.samverka.se')
    await openRound()
    await openNextStage('Prioriteringen är stängd')
    await openNextStage('Resultatet är sammanställt')
    await openNextStage('Presenterat för beredningen')
    await openNextStage('Förslag till styrgruppen')
    await checkPage(page, 'planning-round-proposed')

    await roundTab('Resultat').click()
    await page.getByRole('heading', { level: 1, name: `Resultat: ${ROUND}` }).waitFor()
    await settled(page)
    const ranking = page.getByRole('table', { name: new RegExp(`^Förslagen i ${ROUND} i rangordning`) })
    const rows = ranking.locator('tbody tr')
    expect(await rows.count()).toBe(3)
    // bygglov 70 + 50 = 120; arkiv 40 + 50 = 90 and chatt 30 + 60 = 90 tie on points and supporters, so the earlier one goes first.
    expect((await rows.locator('th').allTextContents()).map((t) => t.replace(/(Kalix|Luleå|Piteå)(Lika .*)?$/, ''))).toEqual([
      `Förslag 1: ${PROPOSALS.bygglov.title}`,
      `Förslag 2: ${PROPOSALS.arkiv.title}`,
      `Förslag 3: ${PROPOSALS.chatt.title}`,
    ])
    expect(await rows.nth(0).textContent()).toContain('120')
    expect(await rows.nth(2).textContent()).toContain('Lika resultat och stöd som förslaget ovanför, som lämnades in tidigare.')
    // 1 000 000 kr: bygglov fits, arkiv does not (1 100 000), chatt does (900 000); 100 000 kr is left.
    expect(await rows.nth(0).textContent()).toContain('Ryms i ramen')
    expect(await rows.nth(1).textContent()).toContain('Till projektbanken')
    expect(await rows.nth(2).textContent()).toContain('900\u00a0000\u00a0kr')
    expect(await ranking.locator('tfoot').textContent()).toContain('100\u00a0000\u00a0kr kvar')
    await page.getByRole('figure', { name: 'Kostnad mot budgetramen' }).getByRole('table').waitFor({ state: 'attached' })
    await page.getByRole('figure', { name: 'Resultat per förslag' }).getByRole('table').waitFor({ state: 'attached' })
    await page.getByText(/^Förslagen rangordnas efter summan av poäng/).waitFor()
    const votes = page.getByRole('table', { name: new RegExp(`^Varje medlems prioritering i ${ROUND}`) })
    expect(await votes.locator('tbody th').allTextContents()).toEqual(['Kalix', 'Luleå', 'Piteå'])
    await page.getByRole('region', { name: 'Projektbanken' }).getByText(`Förslag 2: ${PROPOSALS.arkiv.title}`).waitFor()
    await checkPage(page, 'planning-results')
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'planning-results.png'), fullPage: true })

    // The same ballots by Borda count: a comparison, read only, kept in the address.
    await page.getByRole('combobox', { name: 'Metod' }).selectOption('borda')
    await expect.poll(() => page.url()).toContain('method=borda')
    await page.getByText(/^Jämförelse: så hade resultatet blivit med en annan metod/).waitFor()
    await page.getByText(/^Förslagen rangordnas med Bordametoden/).waitFor()
    await checkPage(page, 'planning-results-borda')
    await page.getByRole('combobox', { name: 'Metod' }).selectOption('points')
    await expect.poll(() => page.url()).not.toContain('method=')
  })

  it('adopts the plan through the dialog; the activities are initiatives and the rest is in the project bank', async () => {
    await roundTab('Verksamhetsplan').click()
    await page.getByRole('heading', { level: 1, name: `Verksamhetsplan: ${ROUND}` }).waitFor()
    await settled(page)
    await page.getByRole('region', { name: 'Förslag till aktiviteter' }).getByText(`Förslag 3: ${PROPOSALS.chatt.title}`).waitFor()
    await checkPage(page, 'planning-plan-proposed')
    await page.getByRole('button', { name: 'Fastställ planen' }).click()
    await dialog().getByRole('heading', { name: `Fastställ ${ROUND}` }).waitFor()
    await dialog().getByText(/2 förslag för sammanlagt 900\u00a0000\u00a0kr ryms/).waitFor()
    await dialog().getByLabel(/^Paragraf/).fill('§ 3')
    await dialog().getByLabel(/^Mål för året/).fill('Fler ärenden digitalt i hela länet.')
    await checkPage(page, 'planning-adopt-dialog')
    const adopted = page.waitForResponse((r) => r.url().endsWith('/plan') && r.request().method() === 'POST')
    await dialog().getByRole('button', { name: 'Fastställ planen' }).click()
    expect((await adopted).status()).toBe(200)
    await dialog().waitFor({ state: 'detached' })

    const activities = page.getByRole('table', { name: `Aktiviteter i verksamhetsplanen ${YEAR}` })
    await activities.waitFor()
    expect(await activities.locator('tbody th').allTextContents()).toEqual([`${PROPOSALS.bygglov.title}Från förslag 1`, `${PROPOSALS.chatt.title}Från förslag 3`])
    expect(await activities.locator('tbody tr').nth(0).textContent()).toContain('Kalix, Luleå')
    await page.getByText(/^Fastställd \d{4}-\d{2}-\d{2} § 3$/).waitFor()
    await page.getByText('Fler ärenden digitalt i hela länet.').waitFor()
    expect(await page.getByRole('link', { name: 'Ladda ner som PDF' }).getAttribute('href')).toMatch(/\/plan\.pdf$/)
    await page.getByRole('region', { name: 'Projektbanken' }).getByText(`Förslag 2: ${PROPOSALS.arkiv.title}`).waitFor()
    await checkPage(page, 'planning-plan-adopted')

    // The coordinator records Kalix's own decision on the plan.
    await page.getByRole('button', { name: 'Registrera beslut för Kalix' }).click()
    await dialog().getByRole('heading', { name: 'Beslut om planen för Kalix' }).waitFor()
    await dialog().getByLabel(/^Paragraf/).fill('KF § 88')
    await checkPage(page, 'planning-approval-dialog')
    await dialog().getByRole('button', { name: 'Spara beslutet' }).click()
    await dialog().waitFor({ state: 'detached' })
    await page.getByRole('table', { name: /^Medlemmarnas beslut/ }).getByRole('row', { name: /^Kalix Godkänd/ }).waitFor()

    // The activity is an initiative now.
    await activities.getByRole('link', { name: PROPOSALS.bygglov.title }).click()
    await page.getByRole('heading', { level: 1, name: PROPOSALS.bygglov.title }).waitFor()
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: `Verksamhetsplan: ${ROUND}` }).waitFor()

    await page.getByRole('link', { name: 'Hela projektbanken' }).click()
    await page.getByRole('heading', { level: 1, name: 'Projektbank' }).waitFor()
    await settled(page)
    await page.getByRole('row', { name: new RegExp(`${YEAR} Förslag 2: ${PROPOSALS.arkiv.title}`) }).getByText('Väntar').waitFor()
    await checkPage(page, 'planning-project-bank')
    expect(scriptErrors(page)).toEqual([])
  })
})

const focusedName = async (page: Page) => (await focused(page)).name

