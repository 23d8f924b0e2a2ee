import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, createTestApp } from '../../../tests/helpers/test-app'
import { todayInSweden } from '../../shared/format'
import { DEMO_PASSWORD, seedDemo } from './demo.seed'

describe('the demo data', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let newcomer: Client
  beforeAll(async () => {
    t = await createTestApp()
    expect(await seedDemo(t.db)).toBe(true)
    newcomer = await new Client(t.app).logIn('lasare@demo.samverka.se', DEMO_PASSWORD)
  }, 120_000)
  afterAll(() => t.close())

  it('loads once: a second start leaves it alone', async () => {
    expect(await seedDemo(t.db)).toBe(false)
  })

  it('models the FVM programme as seed 000 describes it: who decides a binding business agreement and the escalation ladder', async () => {
    const fvm = (await newcomer.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'FVM')
    expect(fvm).toMatchObject({ legalForm: 'avtalssamverkan', memberCount: 50 })
    // The region's inhabitants live in its 49 municipalities: counted once, not twice.
    const region = (await newcomer.get(`/api/collaborations/${fvm.id}/members`)).json().members.find((m: { kind: string }) => m.kind === 'region')
    expect(fvm.inhabitantsCovered).toBe(region.population)
    const { bodies, decisionKinds, paths } = (await newcomer.get(`/api/collaborations/${fvm.id}/governance`)).json()
    const name = (id: string) => bodies.find((b: { id: string }) => b.id === id).name
    const kind = decisionKinds.find((k: { key: string }) => k.key === 'binding_business_agreement')
    const path = paths.find((p: { decisionKindId: string }) => p.decisionKindId === kind.id)
    expect(path.decidedBy.map(name)).toEqual(['FVM Programstyrgrupp'])
    expect(path.preparedBy.map(name)).toEqual(['FVM Beredning'])
    expect(path).toMatchObject({ membersMustDecide: true, memberDecisionReason: 'no_binding_body' })
    expect(path.ladder.map(name)).toEqual(['FVM Klinisk ledning', 'Programledare', 'FVM Programledning', 'FVM Programstyrgrupp'])
    const [open] = (await newcomer.get(`/api/collaborations/${fvm.id}/disagreements`)).json()
    expect([name(open.currentBodyId), name(open.nextBodyId)]).toEqual(['Programledare', 'FVM Programledning'])
  })

  it('gives Norrbottens e-nämnd a complete committee, so its legal form has no errors', async () => {
    const coordinator = await new Client(t.app).logIn('samordnare@demo.samverka.se', DEMO_PASSWORD)
    const en = (await coordinator.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'EN')
    const { findings, bodies } = (await coordinator.get(`/api/collaborations/${en.id}/governance`)).json()
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([])
    const board = bodies.find((b: { kind: string }) => b.kind === 'board')
    expect(board.seats).toHaveLength(28)
    expect(board.seats.find((s: { position: string | null }) => s.position === 'chair').memberName).toBe('Luleå')
  })
})

describe('the demo initiatives', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let kalix: Client
  let norrbotten: string
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemo(t.db)
    kalix = await new Client(t.app).logIn('kalix@demo.samverka.se', DEMO_PASSWORD)
    norrbotten = (await kalix.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'EN').id
  }, 120_000)
  afterAll(() => t.close())

  it('span every phase of Norrbotten’s process, each reached through its gates', async () => {
    const { total, processes } = (await kalix.get(`/api/collaborations/${norrbotten}/initiatives`)).json()
    const phases = processes[0].phases
    expect(phases.map((p: { name: string }) => p.name)).toEqual(['Kvalificering av idé', 'Förstudie', 'Utvecklingsprojekt', 'Realisering', 'Införande', 'Förvaltning'])
    expect(phases.every((p: { current: number }) => p.current > 0)).toBe(true)
    // A funnel narrows: no phase is reached by more initiatives than the one before it.
    for (let i = 1; i < phases.length; i++) expect(phases[i].reached).toBeLessThanOrEqual(phases[i - 1].reached)
    expect(phases[0].reached).toBe(total)
  })

  it('show Kalix what it takes part in, the decisions it owes and what it declined', async () => {
    const kalixId = (await kalix.get('/api/auth/session')).json().roles.find((r: { collaborationId: string }) => r.collaborationId === norrbotten).memberId
    const view = (await kalix.get(`/api/collaborations/${norrbotten}/members/${kalixId}/initiatives`)).json()
    expect(view.owed).toEqual([
      expect.objectContaining({ title: 'Digital nämndadministration', gateName: 'Beslut om utvecklingsprojekt', dueOn: '2027-02-28', state: 'pending' }),
      // The development project of the finance demo (finance.seed.ts), which Haparanda joined.
      expect.objectContaining({ title: 'Digitalt ekonomiskt bistånd', gateName: 'Beslut om upphandling', dueOn: null, state: 'pending' }),
      expect.objectContaining({ title: 'E-arkiv', gateName: 'Beslut om gemensam förvaltning', dueOn: '2026-12-15', state: 'pending' }),
    ])
    expect(view.declined.map((d: { title: string; phaseName: string }) => [d.title, d.phaseName])).toEqual([['Gemensamt verksamhetssystem för socialtjänsten', 'Förstudie']])
    expect(view.participating.items.map((i: { title: string }) => i.title)).toContain('Gemensam e-tjänsteplattform')
  })
})

describe('the demo money', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  // Eva Ekonom reads Norrbotten's money; the coordinator, who is in every demo collaboration, reads the others'.
  let ekonom: Client
  let coordinator: Client
  const collaboration: Record<string, string> = {}
  const reader = (prefix: string) => (prefix === 'EN' ? ekonom : coordinator)
  const memberId = async (prefix: string, name: string) =>
    (await reader(prefix).get(`/api/collaborations/${collaboration[prefix]}/members`)).json().members.find((m: { name: string }) => m.name === name).id as string
  const basis = async (prefix: string, member: string, year: number) =>
    (await reader(prefix).get(`/api/collaborations/${collaboration[prefix]}/finance/invoice-basis/${await memberId(prefix, member)}?year=${year}`)).json()
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemo(t.db)
    ekonom = await new Client(t.app).logIn('ekonom@demo.samverka.se', DEMO_PASSWORD)
    coordinator = await new Client(t.app).logIn('samordnare@demo.samverka.se', DEMO_PASSWORD)
    for (const c of (await coordinator.get('/api/collaborations')).json()) collaboration[c.prefix] = c.id
  }, 120_000)
  afterAll(() => t.close())

  it('gives Eva Ekonom the finance officer’s role for Kalix in Norrbottens e-nämnd', async () => {
    const roles = (await ekonom.get('/api/auth/session')).json().roles
    expect(roles).toEqual([expect.objectContaining({ collaborationId: collaboration.EN, role: 'finance_officer', memberId: await memberId('EN', 'Kalix') })])
  })

  it('has Norrbotten’s budget 2026 adopted, with 2027 and 2028 on the horizon', async () => {
    const budgets = (await ekonom.get(`/api/collaborations/${collaboration.EN}/finance/budgets`)).json()
    const own = budgets.filter((b: { initiativeId: string | null }) => b.initiativeId === null)
    expect(own.map((b: { year: number; status: string }) => [b.year, b.status]).sort()).toEqual([[2025, 'adopted'], [2026, 'adopted'], [2027, 'draft'], [2028, 'draft']])
    const budget2026 = (await ekonom.get(`/api/collaborations/${collaboration.EN}/finance/budgets/${own.find((b: { year: number }) => b.year === 2026).id}`)).json()
    expect(budget2026.horizon.map((h: { year: number; totalOre: number }) => [h.year, h.totalOre > 0])).toEqual([[2026, true], [2027, true], [2028, true]])
    const samordnare = budget2026.lines.find((l: { description: string }) => l.description === 'E-samordnare')
    // 880 000 kr at 2025's level, raised by AKI 103,1 → 106,4 and paid in advance.
    expect(samordnare).toMatchObject({ amountOre: 88_000_000, indexSeries: 'AKI', indexBaseYear: 2025, paidInAdvance: true, effectiveOre: 90_816_683 })
    const budget2025 = (await ekonom.get(`/api/collaborations/${collaboration.EN}/finance/budgets/${own.find((b: { year: number }) => b.year === 2025).id}`)).json()
    expect(budget2025.actualByMonth.filter((m: { actualOre: number }) => m.actualOre > 0)).toHaveLength(12)
  })

  it('shows what Norrbotten’s members gained from the e-service platform, Kalix’s postage savings among them', async () => {
    const gains = (await ekonom.get(`/api/collaborations/${collaboration.EN}/members/${await memberId('EN', 'Luleå')}/benefits`)).json()
    const platform = gains.initiatives.find((i: { title: string }) => i.title === 'Gemensam e-tjänsteplattform')
    // 1 240 000 kr → 620 000 kr planned; 92 % of the way is 570 400 kr a year.
    expect(platform).toMatchObject({ financialTarget: 62_000_000, financialRealised: 57_040_000 })
    expect(platform.indicators.map((x: { name: string; realisationBasisPoints: number }) => [x.name, x.realisationBasisPoints])).toEqual([
      ['Andel ärenden via e-tjänst', 8800],
      ['Minskade portokostnader', 9200],
    ])
    const initiatives = (await ekonom.get(`/api/collaborations/${collaboration.EN}/initiatives?q=e-tj%C3%A4nsteplattform`)).json()
    const id = (initiatives.items ?? initiatives).find((i: { title: string }) => i.title === 'Gemensam e-tjänsteplattform').id
    const benefits = (await ekonom.get(`/api/collaborations/${collaboration.EN}/initiatives/${id}/benefits`)).json()
    const postage = benefits.effects.flatMap((e: { indicators: unknown[] }) => e.indicators).find((x: { name: string }) => x.name === 'Minskade portokostnader')
    expect(postage.benefitClass).toBe('financial')
    // Kalix: 214 600 kr → 118 000 kr planned; 72 % of the way, measured 2025-12-31.
    expect(postage.members.find((m: { memberName: string }) => m.memberName === 'Kalix')).toMatchObject({ baseline: { value: 21_460_000 }, realisedChange: 6_955_200, realisationBasisPoints: 7200 })
    const kalix = (await ekonom.get(`/api/collaborations/${collaboration.EN}/members/${await memberId('EN', 'Kalix')}/benefits`)).json()
    expect(kalix.initiatives.find((i: { title: string }) => i.title === 'Gemensam e-tjänsteplattform')).toMatchObject({ financialTarget: 9_660_000, financialRealised: 6_955_200 })
  })

  it('splits Norrbotten’s base funding into 14 equal parts that sum to each line', async () => {
    const members = (await ekonom.get(`/api/collaborations/${collaboration.EN}/members`)).json().members
    expect(members).toHaveLength(14)
    const shares = new Map<string, { total: number; amounts: number[] }>()
    for (const member of members) {
      const { lines } = await basis('EN', member.name, 2026)
      for (const line of lines.filter((l: { kind: string; category: string; initiativeId: string | null }) => l.kind === 'cost' && l.category === 'base_funding' && l.initiativeId === null)) {
        const entry = shares.get(line.costLineId) ?? { total: line.lineTotalOre as number, amounts: [] as number[] }
        entry.amounts.push(line.yearAmountOre)
        shares.set(line.costLineId, entry)
      }
    }
    expect(shares.size).toBe(3)
    for (const { total, amounts } of shares.values()) {
      expect(amounts).toHaveLength(14)
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(total)
      expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1)
    }
  })

  it('charges VästKom’s pot at 6 kr and IT-forum’s fee at 25 000 kr + 0,48 kr per inhabitant', async () => {
    const goteborg = await basis('VK', 'Göteborg', 2026)
    const pot = goteborg.lines.find((l: { description: string }) => l.description === 'Gemensam pott för kommungemensamma IT-initiativ')
    expect(goteborg.member.population).toBeGreaterThan(500_000)
    expect(pot.yearAmountOre).toBe(goteborg.member.population * 600)
    const nacka = await basis('ITF', 'Nacka', 2026)
    expect(nacka.lines.find((l: { description: string }) => l.description === 'Medlemsavgift').yearAmountOre).toBe(2_500_000 + nacka.member.population * 48)
  })

  it('shares Värmland’s e-services by how many each municipality provides', async () => {
    const karlstad = await basis('GSN', 'Karlstad', 2026)
    const line = karlstad.lines.find((l: { description: string }) => l.description === 'Gemensam e-tjänsteplattform')
    expect(line.quantity).toMatchObject({ kind: 'units', value: 71, payers: 16 })
    // Its exact share, within the öre that the largest remainder hands out.
    expect(Math.abs(line.yearAmountOre - (line.lineTotalOre * 71) / line.quantity.basisTotal)).toBeLessThan(1)
  })

  it('has Haparanda buy in to Digitalt ekonomiskt bistånd, credited to the five that paid 2025', async () => {
    const joiners = (await ekonom.get(`/api/collaborations/${collaboration.EN}/finance/late-joiners`)).json()
    const haparanda = joiners.find((j: { memberName: string }) => j.memberName === 'Haparanda')
    expect(haparanda).toMatchObject({ initiativeTitle: 'Digitalt ekonomiskt bistånd', joinedOn: '2026-03-18' })
    expect(haparanda.buyInOre).toBeGreaterThan(0)
    expect(haparanda.credits.map((c: { memberName: string }) => c.memberName).sort()).toEqual(['Boden', 'Kalix', 'Luleå', 'Piteå', 'Älvsbyn'])
    expect(haparanda.credits.reduce((sum: number, c: { creditOre: number }) => sum + c.creditOre, 0)).toBe(haparanda.buyInOre)
    const { lines } = await basis('EN', 'Haparanda', 2026)
    expect(lines.find((l: { kind: string }) => l.kind === 'buy_in').yearAmountOre).toBe(haparanda.buyInOre)
  })

  it('shows Kalix its in-kind hours, its credit and the grant it guarantees', async () => {
    const kalix2025 = await basis('EN', 'Kalix', 2025)
    // 80 hours as verksamhetsutvecklare at 825 kr.
    expect(kalix2025.inKindTotalOre).toBe(80 * 82_500)
    const kalix2026 = await basis('EN', 'Kalix', 2026)
    expect(kalix2026.inKind).toEqual([expect.objectContaining({ scopeName: 'Digitalt ekonomiskt bistånd', hours: 96, rateOre: 85_000, valueOre: 96 * 85_000 })])
    expect(kalix2026.lines.some((l: { kind: string; amountOre: number }) => l.kind === 'buy_in_credit' && l.amountOre < 0)).toBe(true)
    expect(kalix2026.guarantees).toEqual([expect.objectContaining({ funder: 'Tillväxtverket', amountOre: 50_000_000 })])
    // Region Norrbotten said no to the e-archive's grant, so its cost stays with the participants.
    const [earkiv] = (await ekonom.get(`/api/collaborations/${collaboration.EN}/finance/budgets?year=2026`)).json().filter((b: { scopeName: string }) => b.scopeName === 'E-arkiv')
    const { funding } = (await ekonom.get(`/api/collaborations/${collaboration.EN}/finance/budgets/${earkiv.id}`)).json()
    expect(funding).toEqual([expect.objectContaining({ funder: 'Region Norrbotten', status: 'refused', decidedOn: '2026-05-20' })])
  })
})

describe('the demo annual planning', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let coordinator: Client
  let kalix: Client
  const collaboration: Record<string, string> = {}
  const thisYear = Number(todayInSweden().slice(0, 4))
  const rounds = async (prefix: string) => (await coordinator.get(`/api/collaborations/${collaboration[prefix]}/planning/rounds`)).json()
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemo(t.db)
    coordinator = await new Client(t.app).logIn('samordnare@demo.samverka.se', DEMO_PASSWORD)
    kalix = await new Client(t.app).logIn('kalix@demo.samverka.se', DEMO_PASSWORD)
    for (const c of (await coordinator.get('/api/collaborations')).json()) collaboration[c.prefix] = c.id
  }, 120_000)
  afterAll(() => t.close())

  it('has VästKom’s plan for this year adopted in January, its activities within the frame and the rest in the project bank', async () => {
    const [round] = await rounds('VK')
    expect(round).toMatchObject({ year: thisYear, title: `Handlingsplan ${thisYear} – IT-samverkan`, members: 49 })
    expect(round.adoptedOn).toMatch(new RegExp(`^${thisYear}-01-`))
    const base = `/api/collaborations/${collaboration.VK}/planning/rounds/${round.id}`
    const detail = (await coordinator.get(base)).json()
    expect(detail).toMatchObject({ ballotKind: 'points', pointsPerMember: 100, method: 'points', weighting: 'equal', minMembers: 2, budgetFrameOre: 940_000_000 })
    // The stages are VästKom's timetable of last autumn, not the dates the demo was loaded on.
    expect(detail.stages.find((s: { key: string }) => s.key === 'proposals_open').startsOn).toBe(`${thisYear - 1}-10-03`)
    expect(new Set(detail.proposals.map((p: { proposingMemberName: string }) => p.proposingMemberName)).size).toBeGreaterThanOrEqual(12)
    expect(detail.proposals.every((p: { submittedAt: string }) => p.submittedAt.startsWith(`${thisYear - 1}-10`))).toBe(true)
    const screenedOut = detail.proposals.filter((p: { screening: string }) => p.screening !== 'accepted')
    expect(screenedOut.map((p: { screening: string }) => p.screening).sort()).toEqual(['merged', 'rejected'])
    expect(screenedOut.every((p: { screeningReason: string }) => p.screeningReason.length > 20)).toBe(true)
    expect(detail.prioritised.length).toBeGreaterThan(35)
    expect(detail.prioritised.length).toBeLessThan(49)

    const plan = (await coordinator.get(`${base}/plan`)).json()
    expect(plan.adoptedReference).toMatch(/§ 3/)
    expect(plan.activities.length).toBeGreaterThanOrEqual(5)
    expect(plan.fundedOre).toBeLessThanOrEqual(plan.budgetFrameOre)
    expect(plan.fundedOre).toBe(plan.activities.reduce((sum: number, a: { estimatedCostOre: number }) => sum + a.estimatedCostOre, 0))
    expect(plan.bank.length).toBeGreaterThan(0)
    const decided = plan.approvals.filter((a: { outcome: string | null }) => a.outcome === 'approve')
    // The members' boards decide from late January into May; by summer most have, some never do.
    if (todayInSweden() >= `${thisYear}-06-01`) expect(decided.length).toBeGreaterThan(30)
    expect(decided.length).toBeLessThan(49)
    expect(decided.every((a: { decidedOn: string }) => a.decidedOn >= plan.adoptedOn && a.decidedOn <= todayInSweden())).toBe(true)
    const bank = (await coordinator.get(`/api/collaborations/${collaboration.VK}/planning/project-bank`)).json()
    expect(bank.map((b: { title: string }) => b.title).sort()).toEqual(plan.bank.map((b: { title: string }) => b.title).sort())
    const pdf = await coordinator.get(`${base}/plan.pdf`)
    expect(pdf.headers['content-type']).toBe('application/pdf')
  })

  it('made each funded VästKom proposal an initiative with its proposer and co-signers taking part', async () => {
    const [round] = await rounds('VK')
    const plan = (await coordinator.get(`/api/collaborations/${collaboration.VK}/planning/rounds/${round.id}/plan`)).json()
    for (const activity of plan.activities) {
      const initiative = (await coordinator.get(`/api/collaborations/${collaboration.VK}/initiatives/${activity.initiativeId}`)).json()
      expect(initiative.title).toBe(activity.title)
      expect(initiative.participants.map((p: { name: string }) => p.name).sort()).toEqual([...activity.participants].sort())
    }
  })

  it('has Norrbotten prioritising next year’s plan by ranking, with Kalix and Luleå still to hand in theirs', async () => {
    const [round] = await rounds('EN')
    expect(round).toMatchObject({ year: thisYear + 1, stage: 'published', adoptedOn: null })
    const detail = (await kalix.get(`/api/collaborations/${collaboration.EN}/planning/rounds/${round.id}`)).json()
    expect(detail).toMatchObject({ ballotKind: 'ranking', method: 'borda', allowed: ['prioritise'] })
    const accepted = detail.proposals.filter((p: { screening: string }) => p.screening === 'accepted')
    expect(accepted.length).toBeGreaterThanOrEqual(6)
    expect(accepted.every((p: { enoughMembers: boolean }) => p.enoughMembers)).toBe(true)
    const prioritised = detail.prioritised.map((p: { name: string }) => p.name)
    expect(prioritised.length).toBeGreaterThan(4)
    expect(prioritised).not.toContain('Kalix')
    expect(prioritised).not.toContain('Luleå')
    // Prioritisation closes in the future, whenever the demo is loaded.
    expect(detail.stages.find((s: { key: string }) => s.key === 'prioritisation_closed').startsOn > todayInSweden()).toBe(true)
  })

  it('keeps its records in the order of real life: §§ dated on their meeting, approvals after it, postings within two days', async () => {
    // Every § was recorded at a meeting that had started, and the decision records made from §§ carry the meeting's date.
    const paragraphs = await t.db.query<{ number: number; meetingDate: string; decidedOn: string | null }>(
      `select a.paragraph as number, (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate", d.decided_on::text as "decidedOn"
       from agenda_item a join meeting m on m.id = a.meeting_id left join decision d on d.id = a.decision_id where a.paragraph is not null`,
    )
    expect(paragraphs.length).toBeGreaterThan(2)
    for (const p of paragraphs) if (p.decidedOn) expect(p.decidedOn).toBe(p.meetingDate)
    // Approvals never before the meeting; every posting on or after the last approval and no later than the second day after it.
    const minutes = await t.db.query<{ meetingDate: string; approvedOn: string; postedOn: string | null }>(
      `select (m.starts_at at time zone 'Europe/Stockholm')::date::text as "meetingDate", max(coalesce(ap.signed_on, (ap.approved_at at time zone 'Europe/Stockholm')::date))::text as "approvedOn", m.published_on::text as "postedOn"
       from meeting m join minutes_approval ap on ap.meeting_id = m.id group by m.id`,
    )
    expect(minutes.length).toBeGreaterThanOrEqual(2)
    for (const m of minutes) {
      expect(m.approvedOn >= m.meetingDate).toBe(true)
      expect(m.postedOn! >= m.approvedOn).toBe(true)
      expect(Date.parse(m.postedOn!) - Date.parse(m.approvedOn)).toBeLessThanOrEqual(2 * 86_400_000)
    }
    // A body keeping its minutes here has no decision from then on that is not a § of them.
    const typed = await t.db.query(
      `select d.id from decision d join body b on b.id = d.body_id where b.minutes_kept_from is not null and d.decided_on >= b.minutes_kept_from and d.meeting_item_id is null`,
    )
    expect(typed).toEqual([])
    // The nämnd's §§ of the year run 1, 2, 3 … across its meetings, as the public register shows them.
    const register = (await new Client(t.app).get(`/api/collaborations/${collaboration.EN}/decision-register?year=2026&limit=200`)).json()
    const numbers = register.items.filter((d: { source: string }) => d.source === 'minutes').map((d: { paragraph: number }) => d.paragraph)
    expect(numbers).toEqual([3, 2, 1])
  })
})

// Kalix hands in its priorities here, on a demo of its own, so the demo the tests above read stays as it was loaded.
describe('the demo annual planning, once Kalix hands in its priorities', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let coordinator: Client
  let kalix: Client
  const collaboration: Record<string, string> = {}
  const rounds = async (prefix: string) => (await coordinator.get(`/api/collaborations/${collaboration[prefix]}/planning/rounds`)).json()
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemo(t.db)
    coordinator = await new Client(t.app).logIn('samordnare@demo.samverka.se', DEMO_PASSWORD)
    kalix = await new Client(t.app).logIn('kalix@demo.samverka.se', DEMO_PASSWORD)
    for (const c of (await coordinator.get('/api/collaborations')).json()) collaboration[c.prefix] = c.id
  }, 120_000)
  afterAll(() => t.close())

  it('tells Kalix that its member has not prioritised, until it has', async () => {
    const missing = async () => (await kalix.get('/api/notifications')).json().filter((n: { kind: string; collaborationId: string }) => n.kind === 'prioritisation_missing' && n.collaborationId === collaboration.EN)
    expect(await missing()).toEqual([expect.objectContaining({ read: false, text: expect.stringMatching(/har inte prioriterat/) })])
    const [round] = await rounds('EN')
    const base = `/api/collaborations/${collaboration.EN}/planning/rounds/${round.id}`
    const detail = (await kalix.get(base)).json()
    const kalixId = detail.members.find((m: { name: string }) => m.name === 'Kalix').memberId
    const ranking = detail.proposals.filter((p: { screening: string }) => p.screening === 'accepted').map((p: { id: string }) => p.id).reverse()
    const handedIn = await kalix.put(`${base}/priorities/${kalixId}`, { ranking, version: null })
    expect(handedIn.statusCode, handedIn.body).toBe(200)
    expect(await missing()).toEqual([])
  })
})

describe('the demo risks', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemo(t.db)
  }, 120_000)
  afterAll(() => t.close())

  it('gives the e-archive a register with a Kalix risk, one escalated to E-kontoret, one overdue review, all in the portfolio matrix', async () => {
    const coordinator = await new Client(t.app).logIn('samordnare@demo.samverka.se', DEMO_PASSWORD)
    const en = (await coordinator.get('/api/collaborations')).json().find((c: { prefix: string }) => c.prefix === 'EN').id
    const list = (await coordinator.get(`/api/collaborations/${en}/risks`)).json()
    expect(list.total).toBe(6)
    expect(list.items.every((r: { initiativeTitle: string }) => r.initiativeTitle === 'E-arkiv')).toBe(true)
    expect(list.items.find((r: { memberName: string | null }) => r.memberName === 'Kalix')).toMatchObject({ category: 'change_management', ownerName: 'Kalle Kalixrepresentant' })
    expect(list.items[0]).toMatchObject({ currentScore: 20, escalation: { status: 'open', bodyName: 'E-kontoret' } })
    expect(list.items.filter((r: { reviewOverdue: boolean }) => r.reviewOverdue).map((r: { memberName: string }) => r.memberName)).toEqual(['Kiruna'])
    expect((await coordinator.get(`/api/collaborations/${en}/risks/matrix`)).json().total).toBe(6)
    const pia = await new Client(t.app).logIn('projektledare@demo.samverka.se', DEMO_PASSWORD)
    expect((await pia.get('/api/me/todo')).json().items).toContainEqual(expect.objectContaining({ kind: 'risk_review', overdue: true, text: 'Granska risken: Kirunas eget beslut om förvaltning dröjer (E-arkiv)' }))
  })
})
