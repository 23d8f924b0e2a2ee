import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, logOut, scriptErrors, settled, useJourney } from './harness'

const EN = 'Norrbottens e-nämnd'
const TITLE = 'Gemensam tjänst för bostadsanpassning'

/** Issue 13, finding 1: a member representative enrols its own member and only invites the others; an invited member's own representative accepts. */
describe('an idea proposed by a member representative', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
  })

  const nav = (name: string) => page.getByRole('navigation', { name: /^Meny för/ }).getByRole('link', { name, exact: true })
  const participants = () => page.getByRole('table', { name: `Deltagare i ${TITLE}` })

  it('says which members are invited rather than enrolled, and registers them as invited', async () => {
    await logIn(page, 'kalix@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await nav('Initiativ').click()
    await page.getByRole('link', { name: 'Registrera idé' }).click()
    await page.getByRole('heading', { level: 1, name: 'Registrera idé' }).waitFor()
    await settled(page)
    await page.getByText('Medlemmar som du inte företräder bjuds in').waitFor()
    await page.getByRole('textbox', { name: /^Titel/ }).fill(TITLE)
    await page.getByRole('searchbox', { name: 'Filtrera medlemmar' }).fill('Luleå')
    await page.getByRole('checkbox', { name: /Luleå/ }).check()
    await page.getByRole('checkbox', { name: 'Luleå (bjuds in)' }).waitFor()
    await page.getByText('2 medlemmar valda, varav 1 bjuds in').waitFor()
    await checkPage(page, 'new-initiative-invitation')
    await page.getByRole('button', { name: 'Registrera idén' }).click()
    await expect.poll(() => page.url()).toMatch(/\/initiatives\/[0-9a-f-]{36}$/)
    await settled(page)
    await participants().getByRole('row', { name: /Kalix/ }).getByRole('cell', { name: 'Deltar', exact: true }).waitFor()
    await participants().getByRole('row', { name: /Luleå/ }).getByRole('cell', { name: 'Inbjuden, har inte svarat' }).waitFor()
    // Kalix's representative cannot answer for Luleå.
    expect(await participants().getByRole('button', { name: /Tacka ja/ }).count()).toBe(0)
    expect(scriptErrors(page)).toEqual([])
  })

  it('shows Luleå’s representative the invitation, and lets it accept, to join at the next gate', async () => {
    await logOut(page)
    await logIn(page, 'lulea@demo.samverka.se')
    await page.getByRole('link', { name: EN, exact: true }).click()
    await nav('Vårt deltagande').click()
    await page.getByRole('heading', { level: 2, name: 'Inbjudningar' }).waitFor()
    await settled(page)
    await checkPage(page, 'member-view-invitations')
    await page.getByRole('table', { name: 'Initiativ som Luleå är inbjuden till' }).getByRole('link', { name: TITLE }).click()
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    await settled(page)
    await page.getByText('1 medlem är inbjuden och deltar först när den tackar ja.').waitFor()
    await checkPage(page, 'initiative-invitation')
    await participants().getByRole('button', { name: 'Tacka ja – Luleå' }).click()
    await participants().getByRole('row', { name: /Luleå/ }).getByRole('cell', { name: 'Vill gå med vid nästa grind' }).waitFor()
    expect(scriptErrors(page)).toEqual([])
  })
})
