import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, countyCodes, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import type { CostKey, FinanceOverview, InvoiceBasis } from './finance.schema'

const thisYear = Number(new Date().toISOString().slice(0, 4))
const kr = (kronor: number) => kronor * 100

// Norrbotten's 14 municipalities in a joint committee: base funding in equal parts, projects by population.
describe('money: keys, budgets and every member’s invoice basis', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let member: Record<string, string>
  let coordinator: Client
  let kalix: Client
  let equal: CostKey
  let population: CostKey
  let budgetId: string

  let coordinatorUserId: string
  let kalixUserId: string

  // The people sign in once (logins are rate-limited per client); each test gets a collaboration of its own
  // with the two keys and this year's budget, so each can run alone.
  beforeAll(async () => {
    t = await createTestApp()
    const coordinatorUser = await buildUser(t.db)
    coordinatorUserId = coordinatorUser.id
    coordinator = await new Client(t.app).logIn(coordinatorUser.email, TEST_PASSWORD)
    const kalixUser = await buildUser(t.db)
    kalixUserId = kalixUser.id
    kalix = await new Client(t.app).logIn(kalixUser.email, TEST_PASSWORD)
  })
  beforeEach(async () => {
    const built = await buildCollaboration(t.db, { memberCodes: await countyCodes(t.db, '25'), hostCode: '2580' })
    collaborationId = built.collaboration.id
    member = built.member
    await grantRole(t.db, { collaborationId, userId: coordinatorUserId, role: 'coordinator' })
    await grantRole(t.db, { collaborationId, userId: kalixUserId, role: 'member_representative', memberId: member.Kalix })

    const populationYear = (await coordinator.get('/api/reference/population-years')).json()[0]?.year ?? thisYear - 1
    equal = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Lika delar', kind: 'equal' }))
    population = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Befolkning', kind: 'population', populationYear }))
    budgetId = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear }))).id
    await created(coordinator.post(url(`/finance/budgets/${budgetId}/lines`), { category: 'base_funding', description: 'E-samordnare', amountOre: kr(900_000) + 13, costKeyId: equal.id, paidInAdvance: true }))
    await created(coordinator.post(url(`/finance/budgets/${budgetId}/lines`), { category: 'consultants', description: 'Externa konsulter', amountOre: kr(1_000_000), costKeyId: population.id }))
  })
  afterAll(() => t.close())

  const url = (path: string) => `/api/collaborations/${collaborationId}${path}`
  async function created(response: Promise<{ statusCode: number; body: string; json: () => unknown }>) {
    const answer = await response
    expect(answer.statusCode, answer.body).toBe(201)
    return answer.json() as { id: string } & CostKey
  }
  const basis = async (memberId: string, query = `year=${thisYear}`, client = coordinator) => {
    const response = await client.get(url(`/finance/invoice-basis/${memberId}?${query}`))
    expect(response.statusCode, response.body).toBe(200)
    return response.json() as InvoiceBasis
  }
  const overview = async (query = `year=${thisYear}`) => (await coordinator.get(url(`/finance/overview?${query}`))).json() as FinanceOverview
  const budget = async () => (await coordinator.get(url(`/finance/budgets/${budgetId}`))).json()

  it('shows Kalix every line with its key, its population and a formula, and the members’ totals add up to the budget to the öre', async () => {
    const own = await basis(member.Kalix!, `year=${thisYear}`, kalix)
    expect(own.member.code).toBe('2514')
    expect(own.lines.map((l) => l.description)).toEqual(['E-samordnare', 'Externa konsulter'])
    const [base, consultants] = own.lines
    expect(base!.quantity).toMatchObject({ kind: 'equal', basisTotal: 14, payers: 14 })
    expect(base!.formula).toMatch(/1 av 14 lika delar/)
    // The population line names Kalix's own figure, and the figure is the one the members page shows.
    const kalixMember = (await coordinator.get(url(`/members?year=${population.populationYear}`))).json().members.find((m: { id: string }) => m.id === member.Kalix)
    expect(consultants!.quantity.kind).toBe('population')
    expect(consultants!.quantity.value).toBe(kalixMember.population)
    expect(Math.abs(consultants!.amountOre - (kr(1_000_000) * kalixMember.population) / consultants!.quantity.basisTotal!)).toBeLessThan(1)
    expect(own.totalOre).toBe(own.lines.reduce((sum, l) => sum + l.amountOre, 0))

    const all = await overview()
    expect(all.members).toHaveLength(14)
    expect(all.totalOre).toBe(kr(1_900_000) + 13)
    expect(all.members.reduce((sum, m) => sum + m.totalOre, 0)).toBe(kr(1_900_000) + 13)
    expect(all.members.find((m) => m.memberId === member.Kalix)!.totalOre).toBe(own.totalOre)
  })

  it('invoices base funding paid in advance in the first quarter and spreads the rest, the four quarters making the year', async () => {
    for (const name of ['Kalix', 'Luleå', 'Pajala']) {
      const year = await basis(member[name]!)
      const quarters = await Promise.all([1, 2, 3, 4].map((q) => basis(member[name]!, `year=${thisYear}&quarter=${q}`)))
      expect(quarters.reduce((sum, q) => sum + q.totalOre, 0)).toBe(year.totalOre)
      expect(quarters[0]!.lines[0]!.amountOre).toBe(year.lines[0]!.amountOre)
      expect(quarters[1]!.lines[0]!.amountOre).toBe(0)
      expect(quarters[1]!.periodLabel).toBe(`${thisYear} kvartal 2`)
    }
  })

  it('lets a representative set its own member’s usage, refuses a stale version, and splits a usage key by those figures', async () => {
    const services = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Antal e-tjänster', kind: 'units', unitName: 'e-tjänster' }))
    const set = (client: Client, memberId: string, units: number, version: number | null) => client.put(url(`/finance/usage/${memberId}`), { costKeyId: services.id, year: thisYear, units, version })
    const first = await set(kalix, member.Kalix!, 12, null)
    expect(first.statusCode, first.body).toBe(200)
    expect((await set(kalix, member.Luleå!, 40, null)).statusCode).toBe(403)
    expect((await set(coordinator, member.Luleå!, 36, null)).statusCode).toBe(200)
    // Someone else changed Kalix's figure meanwhile: a second write from the old version is refused.
    expect((await set(coordinator, member.Kalix!, 14, first.json().version)).statusCode).toBe(200)
    const stale = await set(kalix, member.Kalix!, 99, first.json().version)
    expect(stale.statusCode).toBe(409)
    const key = (await coordinator.get(url(`/finance/cost-keys/${services.id}?year=${thisYear}`))).json()
    expect(key.members.find((m: { memberId: string }) => m.memberId === member.Kalix).units).toBe(14)

    const line = await created(coordinator.post(url(`/finance/budgets/${budgetId}/lines`), { category: 'licences', description: 'E-tjänstelicenser', amountOre: kr(50_000), costKeyId: services.id }))
    const kalixLine = (await basis(member.Kalix!)).lines.find((l) => l.costLineId === line.id)!
    expect(kalixLine.quantity).toMatchObject({ kind: 'units', value: 14, basisTotal: 50, unitName: 'e-tjänster' })
    expect(kalixLine.amountOre).toBe(kr(14_000))
    expect((await basis(member.Pajala!)).lines.find((l) => l.costLineId === line.id)!.amountOre).toBe(0)
    await coordinator.delete(url(`/finance/budgets/${budgetId}/lines/${line.id}?version=${(await budget()).lines.find((l: { id: string }) => l.id === line.id).version}`))
  })

  it('refuses a line its key cannot carry with the reason, and leaves the budget as it was', async () => {
    const capped = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Befolkning med tak', kind: 'population', populationYear: population.populationYear, maximumOre: kr(1_000) }))
    const before = await budget()
    const response = await coordinator.post(url(`/finance/budgets/${budgetId}/lines`), { category: 'staff', description: 'För stor för taket', amountOre: kr(100_000), costKeyId: capped.id })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(response.json().errors[0].message).toMatch(/tak/)
    expect(await budget()).toEqual(before)
  })

  it('keeps an adopted budget as it is: no new lines, and its lines keep the key version they were adopted with', async () => {
    const draftId = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear + 1 }))).id
    await created(coordinator.post(url(`/finance/budgets/${draftId}/lines`), { category: 'consultants', description: 'Konsulter nästa år', amountOre: kr(10_000), costKeyId: population.id }))
    const adopted = await coordinator.post(url(`/finance/budgets/${budgetId}/adoption`), { version: (await budget()).version, decision: { kind: 'external', decidedOn: `${thisYear - 1}-11-26`, reference: `Nämndens protokoll ${thisYear - 1}-11-26 § 45` } })
    expect(adopted.statusCode, adopted.body).toBe(200)
    const refused = await coordinator.post(url(`/finance/budgets/${budgetId}/lines`), { category: 'staff', description: 'Sent tillägg', amountOre: kr(1), costKeyId: equal.id })
    expect(refused.statusCode).toBe(409)

    const revised = await coordinator.post(url(`/finance/cost-keys/${population.id}/versions`), { name: 'Befolkning', kind: 'population', populationYear: population.populationYear, exempt: [member.Pajala], basedOnVersion: 1 })
    expect(revised.statusCode, revised.body).toBe(201)
    expect(revised.json().versionNo).toBe(2)
    // Editing from version 1 again is a 409: someone already made version 2.
    expect((await coordinator.post(url(`/finance/cost-keys/${population.id}/versions`), { name: 'Befolkning', kind: 'population', populationYear: 2020, basedOnVersion: 1 })).statusCode).toBe(409)
    expect((await budget()).lines.find((l: { description: string }) => l.description === 'Externa konsulter').costKeyVersionNo).toBe(1)
    const draft = (await coordinator.get(url(`/finance/budgets/${draftId}`))).json()
    expect(draft.lines[0].costKeyVersionNo).toBe(2)
    const pajalaNextYear = await basis(member.Pajala!, `year=${thisYear + 1}`)
    expect(pajalaNextYear.lines[0]!.quantity.kind).toBe('exempt')
    expect(pajalaNextYear.totalOre).toBe(0)
    expect((await overview(`year=${thisYear + 1}`)).totalOre).toBe(kr(10_000))
  })

  it('credits granted funding by the guarantee key, leaves refused funding on the members, and shows pending guarantees', async () => {
    const grantsBudget = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear - 1 }))).id
    await t.db.query(`update member set joined_on = $2 where collaboration_id = $1`, [collaborationId, `${thisYear - 2}-01-01`])
    await created(coordinator.post(url(`/finance/budgets/${grantsBudget}/lines`), { category: 'investment', description: 'Plattform', amountOre: kr(1_400_000), costKeyId: equal.id }))
    const granted = await created(coordinator.post(url(`/finance/budgets/${grantsBudget}/funding`), { funder: 'Tillväxtverket', amountOre: kr(700_000), guaranteeKeyId: equal.id }))
    const refused = await created(coordinator.post(url(`/finance/budgets/${grantsBudget}/funding`), { funder: 'Vinnova', amountOre: kr(140_000), guaranteeKeyId: equal.id }))
    const pending = await created(coordinator.post(url(`/finance/budgets/${grantsBudget}/funding`), { funder: 'Region Norrbotten', amountOre: kr(14_000), guaranteeKeyId: equal.id }))
    const withoutDate = await coordinator.patch(url(`/finance/budgets/${grantsBudget}/funding/${granted.id}`), { version: 1, status: 'granted' })
    expect(withoutDate.statusCode).toBe(400)
    expect((await coordinator.patch(url(`/finance/budgets/${grantsBudget}/funding/${granted.id}`), { version: 1, status: 'granted', decidedOn: `${thisYear - 1}-05-01` })).statusCode).toBe(200)
    expect((await coordinator.patch(url(`/finance/budgets/${grantsBudget}/funding/${refused.id}`), { version: 1, status: 'refused', decidedOn: `${thisYear - 1}-06-01` })).statusCode).toBe(200)

    const kalixBasis = await basis(member.Kalix!, `year=${thisYear - 1}`)
    expect(kalixBasis.lines.map((l) => [l.kind, l.amountOre])).toEqual([
      ['cost', kr(100_000)],
      ['funding_credit', -kr(50_000)],
    ])
    expect(kalixBasis.totalOre).toBe(kr(50_000))
    expect(kalixBasis.guarantees).toEqual([expect.objectContaining({ fundingId: pending.id, funder: 'Region Norrbotten', memberShareOre: kr(1_000) })])
  })

  it('values a member’s hours at the agreed rate beside its cash share, and refuses a rate from another year', async () => {
    const rate = (await coordinator.post(url('/finance/hourly-rates'), { roleName: 'Projektledare', year: thisYear, rateOre: kr(850) + 50 })).json()
    const oldRate = (await coordinator.post(url('/finance/hourly-rates'), { roleName: 'Projektledare', year: thisYear - 1, rateOre: kr(800) })).json()
    const recorded = await kalix.post(url(`/finance/budgets/${budgetId}/in-kind/${member.Kalix}`), { hourlyRateId: rate.id, hours: 12.5, description: 'Styrgruppsarbete' })
    expect(recorded.statusCode, recorded.body).toBe(201)
    expect(recorded.json().valueOre).toBe(kr(10_631) + 25) // 12,5 h × 850,50 kr = 10 631,25 kr
    expect((await kalix.post(url(`/finance/budgets/${budgetId}/in-kind/${member.Luleå}`), { hourlyRateId: rate.id, hours: 1 })).statusCode).toBe(403)
    const wrongYear = await kalix.post(url(`/finance/budgets/${budgetId}/in-kind/${member.Kalix}`), { hourlyRateId: oldRate.id, hours: 1 })
    expect(wrongYear.statusCode).toBe(400)
    const own = await basis(member.Kalix!)
    expect(own.inKindTotalOre).toBe(kr(10_631) + 25)
    expect(own.inKind[0]).toMatchObject({ roleName: 'Projektledare', hours: 12.5 })
    expect((await overview()).members.find((m) => m.memberId === member.Kalix)!.inKindOre).toBe(kr(10_631) + 25)

    // Hours recorded by mistake can be taken back, by Kalix for Kalix only.
    const mistake = (await kalix.post(url(`/finance/budgets/${budgetId}/in-kind/${member.Kalix}`), { hourlyRateId: rate.id, hours: 100 })).json()
    expect((await basis(member.Kalix!)).inKindTotalOre).toBe(kr(10_631) + 25 + kr(85_050))
    expect((await kalix.delete(url(`/finance/budgets/${budgetId}/in-kind/${member.Luleå}/${mistake.id}`))).statusCode).toBe(403)
    expect((await coordinator.delete(url(`/finance/budgets/${budgetId}/in-kind/${member.Luleå}/${mistake.id}`))).statusCode).toBe(404)
    expect((await kalix.delete(url(`/finance/budgets/${budgetId}/in-kind/${member.Kalix}/${mistake.id}`))).statusCode).toBe(204)
    expect((await basis(member.Kalix!)).inKindTotalOre).toBe(kr(10_631) + 25)
  })

  it('keeps index values to three decimals, as published, and says what it stored', async () => {
    const set = await coordinator.put(url(`/finance/index-values/AKI/${thisYear}`), { value: 103.41249 })
    expect(set.json()).toEqual({ series: 'AKI', year: thisYear, value: 103.412 })
    expect((await kalix.put(url(`/finance/index-values/AKI/${thisYear}`), { value: 1 })).statusCode).toBe(403)
    expect((await kalix.get(url('/finance/index-values'))).json()).toEqual([{ series: 'AKI', year: thisYear, value: 103.412 }])
  })

  it('books actual costs against budget, refusing dates outside the year', async () => {
    const line = (await budget()).lines[0]
    const booked = await coordinator.post(url(`/finance/budgets/${budgetId}/lines/${line.id}/actuals`), { bookedOn: `${thisYear}-01-31`, amountOre: kr(75_000) })
    expect(booked.statusCode, booked.body).toBe(201)
    expect((await coordinator.post(url(`/finance/budgets/${budgetId}/lines/${line.id}/actuals`), { bookedOn: `${thisYear - 1}-12-31`, amountOre: kr(1) })).statusCode).toBe(400)
    const after = await budget()
    expect(after.actualOre).toBe(kr(75_000))
    expect(after.actualByMonth[0]).toEqual({ month: `${thisYear}-01`, actualOre: kr(75_000) })
    expect(after.horizon.map((h: { year: number }) => h.year)).toEqual([thisYear, thisYear + 1, thisYear + 2])
    expect((await overview()).byYear.find((y) => y.year === thisYear)!.actualOre).toBe(kr(75_000))
  })

  it('charges a late joiner what it would have paid from the start, credited to the earlier participants', async () => {
    const initiative = (await coordinator.post(url('/initiatives'), { title: 'Mina sidor', need: 'Invånarna vill se sina ärenden.', areas: ['shared_services'], proposingMemberId: member.Kalix, participantMemberIds: [member.Kalix, member.Boden, member.Piteå] })).json()
    // History the API cannot make today: the project ran last year, and Luleå joined at a gate this year.
    await t.db.query(`update initiative_participant set joined_on = $2 where initiative_id = $1`, [initiative.id, `${thisYear - 1}-02-01`])
    await t.db.query(`insert into initiative_participant (initiative_id, member_id, state, requested_on, joined_at_phase, joined_on) values ($1, $2, 'active', $3, 'pre_study', $3)`, [initiative.id, member.Luleå, `${thisYear}-03-10`])
    const lastYear = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear - 1, initiativeId: initiative.id }))).id
    await created(coordinator.post(url(`/finance/budgets/${lastYear}/lines`), { category: 'consultants', description: 'Förstudie', amountOre: kr(300_000), costKeyId: equal.id }))

    const joiners = (await coordinator.get(url(`/finance/late-joiners?initiativeId=${initiative.id}`))).json()
    expect(joiners).toHaveLength(1)
    expect(joiners[0]).toMatchObject({ memberName: 'Luleå', buyInOre: kr(75_000) })
    expect(joiners[0].credits.map((c: { creditOre: number }) => c.creditOre)).toEqual([kr(25_000), kr(25_000), kr(25_000)])

    const lulea = await basis(member.Luleå!)
    expect(lulea.lines.find((l) => l.kind === 'buy_in')!.amountOre).toBe(kr(75_000))
    expect((await basis(member.Luleå!, `year=${thisYear}&quarter=1`)).lines.find((l) => l.kind === 'buy_in')!.amountOre).toBe(kr(75_000))
    expect((await basis(member.Boden!)).lines.find((l) => l.kind === 'buy_in_credit')!.amountOre).toBe(-kr(25_000))
  })

  it('exports Kalix’s basis as CSV and Excel whose totals match the page', async () => {
    const page = await basis(member.Kalix!)
    const csv = await kalix.get(url(`/finance/invoice-basis/${member.Kalix}/export.csv?year=${thisYear}`))
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-disposition']).toMatch(/\.csv/)
    const rows: string[][] = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' })
    expect(rows.length).toBeGreaterThanOrEqual(page.lines.length + 1)
    expect(csv.body).toContain('E-samordnare')

    const xlsx = await kalix.get(url(`/finance/invoice-basis/${member.Kalix}/export.xlsx?year=${thisYear}`))
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const numbers: number[] = []
    // The total row holds a SUM formula with its result, so it shows before Excel recalculates.
    workbook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as number | { result?: unknown } | null
        if (typeof value === 'number') numbers.push(value)
        else if (value && typeof value === 'object' && typeof value.result === 'number') numbers.push(value.result)
      }),
    )
    expect(numbers.some((n) => Math.round(n * 100) === page.totalOre)).toBe(true)

    const all = await coordinator.get(url(`/finance/overview.xlsx?year=${thisYear}`))
    expect(all.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(all.rawPayload as unknown as ArrayBuffer)
    expect(book.worksheets.length).toBe(15)
  })
  // The overview sums every member's lines in one pass; the basis explains one member's lines. They must agree to the
  // öre for every period, with several budgets and years, key versions, an exemption, usage, a price key, grants, hours and a late joiner.
  it('gives every member the same total in the overview as its own invoice basis, for each year and quarter', async () => {
    // This test's own history beside this year's budget: members who joined two years back (as the grants test sets it),
    // last year's budget with granted funding, next year's on a key revised with an exemption, usage and hours.
    await t.db.query(`update member set joined_on = $2 where collaboration_id = $1`, [collaborationId, `${thisYear - 2}-01-01`])
    const lastYear = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear - 1 }))).id
    await created(coordinator.post(url(`/finance/budgets/${lastYear}/lines`), { category: 'investment', description: 'Plattform', amountOre: kr(1_400_000), costKeyId: equal.id }))
    const granted = await created(coordinator.post(url(`/finance/budgets/${lastYear}/funding`), { funder: 'Tillväxtverket', amountOre: kr(700_000), guaranteeKeyId: equal.id }))
    await coordinator.patch(url(`/finance/budgets/${lastYear}/funding/${granted.id}`), { version: 1, status: 'granted', decidedOn: `${thisYear - 1}-05-01` })
    await created(coordinator.post(url(`/finance/cost-keys/${population.id}/versions`), { name: 'Befolkning', kind: 'population', populationYear: population.populationYear, exempt: [member.Pajala], basedOnVersion: 1 }))
    const nextYear = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear + 1 }))).id
    await created(coordinator.post(url(`/finance/budgets/${nextYear}/lines`), { category: 'consultants', description: 'Konsulter nästa år', amountOre: kr(10_000), costKeyId: population.id }))
    const services = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Antal e-tjänster', kind: 'units', unitName: 'e-tjänster' }))
    await coordinator.put(url(`/finance/usage/${member.Kalix}`), { costKeyId: services.id, year: thisYear, units: 14, version: null })
    await coordinator.put(url(`/finance/usage/${member.Luleå}`), { costKeyId: services.id, year: thisYear, units: 36, version: null })
    await created(coordinator.post(url(`/finance/budgets/${budgetId}/lines`), { category: 'licences', description: 'E-tjänstelicenser', amountOre: kr(50_000), costKeyId: services.id }))
    const rate = (await coordinator.post(url('/finance/hourly-rates'), { roleName: 'Projektledare', year: thisYear, rateOre: kr(850) + 50 })).json()
    await kalix.post(url(`/finance/budgets/${budgetId}/in-kind/${member.Kalix}`), { hourlyRateId: rate.id, hours: 12.5, description: 'Styrgruppsarbete' })
    // And a late joiner, as the late-joiner test makes one.
    const initiative = (await coordinator.post(url('/initiatives'), { title: 'Mina sidor', need: 'Invånarna vill se sina ärenden.', areas: ['shared_services'], proposingMemberId: member.Kalix, participantMemberIds: [member.Kalix, member.Boden, member.Piteå] })).json()
    await t.db.query(`update initiative_participant set joined_on = $2 where initiative_id = $1`, [initiative.id, `${thisYear - 1}-02-01`])
    await t.db.query(`insert into initiative_participant (initiative_id, member_id, state, requested_on, joined_at_phase, joined_on) values ($1, $2, 'active', $3, 'pre_study', $3)`, [initiative.id, member.Luleå, `${thisYear}-03-10`])
    const projectLastYear = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear - 1, initiativeId: initiative.id }))).id
    await created(coordinator.post(url(`/finance/budgets/${projectLastYear}/lines`), { category: 'consultants', description: 'Förstudie', amountOre: kr(300_000), costKeyId: equal.id }))

    const weights = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Vikter', kind: 'weights', weights: [{ memberId: member.Luleå, weight: 3 }, { memberId: member.Kalix, weight: 1 }, { memberId: member.Boden, weight: 2 }] }))
    const price = await created(coordinator.post(url('/finance/cost-keys'), { name: 'Licenspris', kind: 'price', populationYear: population.populationYear, fixedFeeOre: kr(2_000), perInhabitantOre: 48.5 }))
    const later = (await created(coordinator.post(url('/finance/budgets'), { year: thisYear + 2 }))).id
    await created(coordinator.post(url(`/finance/budgets/${later}/lines`), { category: 'licences', description: 'Licenser', amountOre: 0, costKeyId: price.id }))
    await created(coordinator.post(url(`/finance/budgets/${later}/lines`), { category: 'staff', description: 'Drift', amountOre: kr(333_333) + 33, costKeyId: weights.id }))
    await created(coordinator.post(url(`/finance/budgets/${later}/lines`), { category: 'consultants', description: 'Utredning', amountOre: kr(77_777) + 7, costKeyId: population.id, paidInAdvance: true }))

    const periods = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].flatMap((year) => [`year=${year}`, `year=${year}&quarter=2`])
    for (const period of periods) {
      const all = await overview(period)
      expect(all.members.reduce((sum, m) => sum + m.totalOre, 0), period).toBe(all.totalOre)
      for (const row of all.members) expect([period, row.name, (await basis(row.memberId, period)).totalOre]).toEqual([period, row.name, row.totalOre])
    }
    // Something is owed in every year, so the comparison is not of zeros.
    for (const year of [thisYear - 1, thisYear, thisYear + 1, thisYear + 2]) expect((await overview(`year=${year}`)).totalOre).toBeGreaterThan(0)
  })
})
