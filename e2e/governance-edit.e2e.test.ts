import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkPage, logIn, scriptErrors, settled, useJourney } from './harness'

const FVM = 'FVM – Framtidens vårdinformationsmiljö'

/** The coordinator changes the organisation, handles a disagreement up the ladder, and uses the legal-form advisor. */
describe('the coordinator and governance', () => {
  const journey = useJourney()
  let page: Page

  beforeAll(async () => {
    page = journey.page
    await logIn(page, 'samordnare@demo.samverka.se')
  })

  const heading = (name: string) => page.getByRole('heading', { level: 1, name })
  const sideNav = () => page.getByRole('navigation', { name: /^(Meny för|Menu for)/ })

  it('gets the escalation loop back as an error by the field', async () => {
    await page.getByRole('link', { name: FVM }).click()
    await heading(FVM).waitFor()
    await sideNav().getByRole('link', { name: 'Organisation och beslut' }).click()
    await heading('Organisation och beslut').waitFor()
    await settled(page)

    await page.getByRole('group', { name: 'Organisationsschema som diagram' }).getByRole('button', { name: /^FVM Programstyrgrupp/ }).click()
    const details = page.getByRole('region', { name: 'FVM Programstyrgrupp', exact: true })
    await details.getByRole('button', { name: 'Ändra organet' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ändra FVM Programstyrgrupp' })
    await dialog.getByRole('combobox', { name: /^Eskalerar till/ }).selectOption({ label: 'FVM Klinisk ledning' })
    await dialog.getByRole('button', { name: 'Spara' }).click()
    const fieldError = dialog.locator('.field-error')
    await fieldError.waitFor()
    expect(await fieldError.textContent()).toMatch(/FVM Klinisk ledning.*FVM Programstyrgrupp|FVM Programstyrgrupp.*FVM Klinisk ledning/)
    expect(await dialog.getByRole('combobox', { name: /^Eskalerar till/ }).getAttribute('aria-invalid')).toBe('true')
    await checkPage(page, 'governance-edit-cycle-error')

    // A change that makes no loop is saved, and the chart follows.
    await dialog.getByRole('combobox', { name: /^Eskalerar till/ }).selectOption({ label: 'Inget – högsta nivån' })
    await dialog.getByLabel('Mötesrytm').fill('Sex gånger per år')
    // From this day its decisions are §§ of its minutes kept here.
    await dialog.getByRole('textbox', { name: /^Protokoll förs i Samverka från/ }).fill('2027-01-01')
    await dialog.getByRole('button', { name: 'Spara' }).click()
    await dialog.waitFor({ state: 'detached' })
    await details.getByText('Sex gånger per år').waitFor()
    expect(await details.locator('dt', { hasText: 'Protokoll förs i Samverka från' }).locator('xpath=following-sibling::dd').textContent()).toBe('2027-01-01')

    await details.getByRole('button', { name: 'Ändra mandat' }).click()
    const mandate = page.getByRole('dialog', { name: 'Mandat för FVM Programstyrgrupp' })
    expect(await mandate.getByRole('checkbox', { name: 'Bindande affärsöverenskommelse: Beslutar' }).isChecked()).toBe(true)
    await checkPage(page, 'governance-edit-mandate')
    await mandate.getByRole('button', { name: 'Avbryt' }).click()

    await details.getByRole('button', { name: 'Lägg till ledamot eller ersättare' }).click()
    const seat = page.getByRole('dialog', { name: 'Plats i FVM Programstyrgrupp' })
    await seat.getByLabel(/^Namn/).fill('Kim Kommunal')
    await seat.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Ersättare' })
    await seat.getByRole('combobox', { name: 'Företräder' }).selectOption({ label: 'Borås' })
    // The person's account (to chair and approve minutes) and the order the ersättare steps in.
    const account = seat.getByRole('combobox', { name: /^Konto i Samverka/ })
    await account.selectOption({ index: 1 })
    const accountName = ((await account.locator('option:checked').textContent()) ?? '').replace(/ \(.*\)$/, '')
    await seat.getByRole('textbox', { name: /^Ordning som ersättare/ }).fill('tre')
    await seat.getByRole('button', { name: 'Spara' }).click()
    await seat.getByText('Ange ordningen som ett heltal 1–99.').first().waitFor()
    await seat.getByRole('textbox', { name: /^Ordning som ersättare/ }).fill('1')
    await checkPage(page, 'governance-edit-seat')
    await seat.getByRole('button', { name: 'Spara' }).click()
    await seat.waitFor({ state: 'detached' })
    const row = details.getByRole('row', { name: /Kim Kommunal/ })
    await row.getByText('Borås').waitFor()
    await row.getByText('Ersättare nr 1').waitFor()
    await row.getByRole('cell', { name: accountName, exact: true }).waitFor()

    // Eleven bodies: the chart stays readable (boxes at least three quarters of full size, else it scrolls sideways).
    for (const name of ['Delprojekt journal', 'Delprojekt läkemedel', 'Delprojekt e-tjänster']) {
      await page.getByRole('button', { name: 'Lägg till organ' }).click()
      const add = page.getByRole('dialog', { name: 'Lägg till organ' })
      await add.getByLabel(/^Namn/).fill(name)
      await add.getByRole('combobox', { name: /^Typ av organ/ }).selectOption({ label: 'Arbetsgrupp' })
      await add.getByRole('combobox', { name: /^Eskalerar till/ }).selectOption({ label: 'FVM Programledning' })
      await add.getByRole('button', { name: 'Spara' }).click()
      await add.waitFor({ state: 'detached' })
      await page.getByRole('region', { name, exact: true }).waitFor()
    }
    const chart = page.getByRole('group', { name: 'Organisationsschema som diagram' })
    expect(await chart.getByRole('button').count()).toBe(11)
    const box = await chart.getByRole('button', { name: /^Delprojekt journal/ }).boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(0.75 * 220 - 1)
    await checkPage(page, 'governance-edit-eleven-bodies')
  })

  it('shows the governance page in English', async () => {
    await page.getByRole('button', { name: 'In English' }).click()
    await heading('Governance and decisions').waitFor()
    await page.getByRole('combobox', { name: 'Kind of decision' }).selectOption({ label: 'Binding business agreement' })
    await page.getByRole('group', { name: 'The decision path of Binding business agreement as a diagram' }).getByText('Every member takes an identical decision').waitFor()
    await checkPage(page, 'governance-en')
    await page.getByRole('button', { name: 'På svenska' }).click()
    await heading('Organisation och beslut').waitFor()
  })

  it('raises a disagreement and escalates it to the top, where it can go no higher', async () => {
    await sideNav().getByRole('link', { name: 'Oenigheter' }).click()
    await heading('Oenigheter').waitFor()
    const title = 'Tidplan för kommunernas införande'
    await page.getByLabel(/^Vad gäller oenigheten/).fill(title)
    await page.getByRole('combobox', { name: /^Organ där den uppstod/ }).selectOption({ label: 'Kommun-FVM AU' })
    await page.getByRole('button', { name: 'Anmäl oenigheten' }).click()
    await page.getByText('Oenigheten är anmäld.').waitFor()
    const item = page.getByRole('listitem', { name: new RegExp(title) })
    const facts = item.locator('.facts')
    await facts.getByText('SSVIT').waitFor()
    expect(await facts.textContent()).toMatch(/Ligger hosKommun-FVM AU.*Går vidare tillSSVIT/)

    const escalate = async (reason: string) => {
      await item.getByRole('button', { name: `Eskalera ${title}` }).click()
      await item.getByLabel(/^Skäl/).fill(reason)
      await item.getByRole('button', { name: 'Eskalera', exact: true }).click()
    }
    await escalate('Arbetsutskottet kunde inte enas om tidplanen.')
    await page.getByText('Oenigheten är eskalerad.').waitFor()
    await facts.getByText('VästKoms styrelse').waitFor()
    expect(await facts.textContent()).toMatch(/Ligger hosSSVIT.*Går vidare tillVästKoms styrelse/)
    await escalate('SSVIT vill att styrelsen avgör frågan.')
    await item.getByText('Inget – högsta nivån').waitFor()
    expect(await item.locator('.step-list li').count()).toBe(3)
    await checkPage(page, 'governance-disagreement-escalated')

    await escalate('Vi vill gå ännu högre.')
    const alert = item.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/\S/)
    await checkPage(page, 'governance-disagreement-top')
  })

  it('offers the advisor from the create page and, with the current form marked, from the governance page', async () => {
    await page.goto('/collaborations/new')
    await heading('Skapa ny samverkan').waitFor()
    await page.getByRole('link', { name: /Välj samverkansform/ }).click()
    await heading('Välj samverkansform').waitFor()
    await settled(page)
    const questions = page.locator('fieldset')
    expect(await questions.count()).toBe(8)
    await questions.nth(2).getByLabel('Ja').check()
    const table = page.getByRole('table', { name: /rangordnade/ })
    await table.getByRole('row', { name: /Avtalssamverkan/ }).getByText('Utesluten').waitFor()
    const first = table.locator('tbody tr').first()
    expect(await first.textContent()).toMatch(/Gemensam nämnd|Kommunalförbund/)
    await checkPage(page, 'governance-advisor')

    await page.goto('/')
    await page.getByRole('link', { name: FVM }).click()
    await sideNav().getByRole('link', { name: 'Organisation och beslut' }).click()
    await page.getByRole('link', { name: 'Jämför med andra samverkansformer' }).click()
    await heading('Välj samverkansform').waitFor()
    await page.getByText('Samverkan har i dag formen Avtalssamverkan.').waitFor()
    await page.getByRole('row', { name: /Avtalssamverkan/ }).getByText('Nuvarande form').waitFor()
    await checkPage(page, 'governance-advisor-current')
  })

  it('lets the coordinator make the records public for a form that is not a public authority', async () => {
    await sideNav().getByRole('link', { name: 'Inställningar' }).click()
    await heading('Inställningar').waitFor()
    await page.getByRole('combobox', { name: /^Offentliga handlingar/ }).selectOption({ label: 'Ja' })
    await page.getByRole('button', { name: 'Spara inställningarna' }).click()
    await page.getByText('Inställningarna är sparade.').waitFor()
    await checkPage(page, 'governance-settings-records')
    await sideNav().getByRole('link', { name: 'Översikt' }).click()
    await heading(FVM).waitFor()
    expect(await page.locator('.facts div', { hasText: 'Offentliga handlingar' }).locator('dd').textContent()).toBe('Ja')

    // A joint committee always keeps public records: nothing to choose.
    await page.goto('/')
    await page.getByRole('link', { name: 'Norrbottens e-nämnd', exact: true }).click()
    await sideNav().getByRole('link', { name: 'Inställningar' }).click()
    expect(await page.getByRole('combobox', { name: /^Offentliga handlingar/ }).isDisabled()).toBe(true)
    expect(scriptErrors(page)).toEqual([])
  })
})
