import type { Database } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { today as clockToday } from '../../server/clock'
import { runAt } from '../../server/clock'
import * as decisions from '../decisions'
import * as adoption from '../finance'
import type { COST_CATEGORIES, CostKeyBody, CostLine } from '../finance'
import * as finance from '../finance'
import * as initiatives from '../initiatives'
import { listPopulationYears } from '../members'
import { minutesParagraphs } from '../meetings'

type Category = (typeof COST_CATEGORIES)[number]
const kr = (kronor: number) => Math.round(kronor * 100)

/** Keys per collaboration; a population or price key counts the newest population in the reference data. */
const KEYS: Record<string, (Pick<CostKeyBody, 'name' | 'description' | 'kind'> & Partial<CostKeyBody>)[]> = {
  EN: [
    { name: 'Lika delar', kind: 'equal', description: 'Grundfinansieringen enligt samverkansavtalet: varje medlemskommun betalar lika mycket.' },
    { name: 'Befolkning', kind: 'population', description: 'Efter folkmängd bland dem som deltar: e-kontorets gemensamma resurser och externa konsulter i projekt.' },
  ],
  VK: [{ name: '6 kr per invånare', kind: 'price', fixedFeeOre: 0, perInhabitantOre: 600, description: 'Kommunernas gemensamma pott för kommungemensamma initiativ inom IT-området.' }],
  ITF: [{ name: 'Medlemsavgift', kind: 'price', fixedFeeOre: kr(25_000), perInhabitantOre: 48, description: 'En fast del per kommun och en rörlig del på 0,48 kr per invånare, enligt det treåriga avtalet.' }],
  GSN: [
    { name: 'Lika delar', kind: 'equal', description: 'Nämndens administration och IT-samordnaren: alla kommuner betalar lika mycket.' },
    { name: 'Antal e-tjänster', kind: 'units', unitName: 'e-tjänster', description: 'Efter hur många e-tjänster på den gemensamma plattformen kommunen tillhandahåller.' },
    { name: 'Utlån i bibliotekssystemet', kind: 'units', unitName: 'utlån', description: 'Efter användning: antalet utlån i det gemensamma bibliotekssystemet under året.' },
  ],
}

// AKI (arbetskraftskostnadsindex för tjänstemän): invented but plausible values, not SCB's figures.
const AKI: Record<number, number> = { 2024: 100.0, 2025: 103.1, 2026: 106.4 }

/** Agreed hourly rates (timpriser) for the staff the members lend to joint work. */
const HOURLY_RATES: Record<number, Record<string, number>> = {
  2025: { Projektledare: 920, Verksamhetsutvecklare: 825, 'IT-arkitekt': 1_020 },
  2026: { Projektledare: 950, Verksamhetsutvecklare: 850, 'IT-arkitekt': 1_050 },
}

// Invented usage figures for Värmland (e-services provided, library loans in the year).
const GSN_USAGE: Record<string, [eServices: number, loans: number]> = {
  Arvika: [38, 131_000], Eda: [14, 29_000], Filipstad: [17, 41_000], Forshaga: [21, 52_000], Grums: [16, 37_000], Hagfors: [19, 48_000],
  Hammarö: [24, 83_000], Karlstad: [71, 512_000], Kil: [22, 55_000], Kristinehamn: [33, 109_000], Munkfors: [9, 14_000], Storfors: [8, 15_000],
  Sunne: [25, 61_000], Säffle: [26, 66_000], Torsby: [20, 47_000], Årjäng: [15, 38_000],
}

interface DemoLine { category: Category; text: string; kr?: number; key: string; advance?: boolean; indexedFrom?: number }
/**
 * Where each collaboration's decisions are minuted. Every demo adoption predates the nämnd keeping its minutes in
 * Samverka (2026-09-01), so they are external decisions, referred to as they read in the paper minutes.
 */
const MINUTES: Record<string, string> = { EN: 'Nämndens protokoll', GSN: 'Nämndens protokoll', VK: 'VästKoms styrelse, protokoll', ITF: 'Styrgruppens protokoll' }

interface DemoBudget {
  prefix: string; initiative?: string; year: number; note: string
  /** The decision that adopted it: its day and its § in that body's minutes. Drafts have none. */
  adopted?: { on: string; paragraph: number }
  lines: DemoLine[]
  /** Months (YYYY-MM) with actual costs, and the share of each line spent over them. */
  booked?: { months: string[]; share: number }
  inKind?: { member: string; role: string; hours: number; text: string }[]
  funding?: { funder: string; text: string; kr: number; refusedOn?: string }[]
}

const wholeYear = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
const EN_BASE = (indexedFrom?: number): DemoLine[] => [
  { category: 'base_funding', text: 'E-samordnare', kr: 880_000, key: 'Lika delar', advance: true, indexedFrom },
  { category: 'base_funding', text: 'Administrativ assistans', kr: 310_000, key: 'Lika delar', advance: true, indexedFrom },
  { category: 'base_funding', text: 'Nämndsekreterare', kr: 365_000, key: 'Lika delar', advance: true, indexedFrom },
]
/** A later year's draft, in totals per category: the three-year horizon. */
const plan = (year: number, [base, staff, operation, premises]: number[]): DemoBudget => ({
  prefix: 'EN', year, note: `Plan för ${year} per kostnadsslag; detaljeras året innan.`,
  lines: [
    { category: 'base_funding', text: 'Grundfinansiering (e-samordnare, assistans, sekreterare)', kr: base!, key: 'Lika delar', advance: true },
    { category: 'staff', text: 'E-kontorets personal', kr: staff!, key: 'Befolkning' },
    { category: 'operation', text: 'Drift av gemensamma lösningar', kr: operation!, key: 'Befolkning' },
    { category: 'premises', text: 'Lokaler', kr: premises!, key: 'Lika delar' },
  ],
})
const EARKIV = 'E-arkiv'
const ESIGN = 'Gemensam upphandling av e-signering'
const BISTAND = 'Digitalt ekonomiskt bistånd'

const BUDGETS: DemoBudget[] = [
  {
    prefix: 'EN', year: 2025, adopted: { on: '2024-11-27', paragraph: 47 }, note: 'Nämndens budget 2025. Grundfinansieringen betalas i förskott i lika delar.',
    lines: [
      ...EN_BASE(),
      { category: 'staff', text: 'Verksamhetsutvecklare e-tjänster, e-kontoret', kr: 720_000, key: 'Befolkning' },
      { category: 'premises', text: 'Lokaler för e-kontoret', kr: 140_000, key: 'Lika delar' },
      { category: 'operation', text: 'Drift av e-tjänsteplattformen', kr: 960_000, key: 'Befolkning' },
    ],
    booked: { months: wholeYear(2025), share: 0.97 },
  },
  {
    prefix: 'EN', year: 2026, adopted: { on: '2025-11-26', paragraph: 45 }, note: 'Grundfinansieringen är 2025 års nivå uppräknad med AKI och betalas i förskott i januari.',
    lines: [
      ...EN_BASE(2025),
      { category: 'staff', text: 'Verksamhetsutvecklare e-tjänster, e-kontoret', kr: 745_000, key: 'Befolkning' },
      { category: 'premises', text: 'Lokaler för e-kontoret', kr: 145_000, key: 'Lika delar' },
      { category: 'operation', text: 'Drift av e-tjänsteplattformen', kr: 1_010_000, key: 'Befolkning' },
      { category: 'other', text: 'Utbildning och nätverksträffar', kr: 60_000, key: 'Lika delar' },
    ],
    booked: { months: wholeYear(2026), share: 0.95 },
  },
  plan(2027, [1_660_000, 770_000, 1_060_000, 150_000]),
  plan(2028, [1_710_000, 795_000, 1_100_000, 155_000]),
  {
    prefix: 'EN', initiative: EARKIV, year: 2025, adopted: { on: '2024-12-11', paragraph: 58 }, note: 'Införandet kommun för kommun; licensen delas efter folkmängd bland de deltagande.',
    lines: [
      { category: 'licences', text: 'Licens och drift för e-arkivet', kr: 1_450_000, key: 'Befolkning' },
      { category: 'consultants', text: 'Konsultstöd vid leveranser till e-arkivet', kr: 600_000, key: 'Befolkning' },
    ],
    booked: { months: ['2025-02', '2025-05', '2025-09', '2025-11'], share: 0.92 },
    inKind: [
      { member: 'Boden', role: 'Projektledare', hours: 420, text: 'Projektledning av införandet' },
      { member: 'Luleå', role: 'IT-arkitekt', hours: 64, text: 'Integration mot ärendehanteringssystemet' },
    ],
  },
  {
    prefix: 'EN', initiative: EARKIV, year: 2026, adopted: { on: '2025-12-10', paragraph: 52 }, note: 'Sista året av införandet innan beslut om gemensam förvaltning.',
    lines: [
      { category: 'licences', text: 'Licens och drift för e-arkivet', kr: 1_500_000, key: 'Befolkning' },
      { category: 'consultants', text: 'Migrering av äldre verksamhetssystem', kr: 480_000, key: 'Befolkning' },
    ],
    booked: { months: ['2026-02', '2026-04', '2026-06', '2026-09', '2026-10'], share: 0.8 },
    inKind: [
      { member: 'Boden', role: 'Projektledare', hours: 360, text: 'Projektledning av införandet' },
      { member: 'Kiruna', role: 'Verksamhetsutvecklare', hours: 48.5, text: 'Informationsredovisning och test av leveranser' },
    ],
    funding: [{ funder: 'Region Norrbotten', text: 'Regionala utvecklingsmedel för migrering av äldre system', kr: 240_000, refusedOn: '2026-05-20' }],
  },
  {
    prefix: 'EN', initiative: ESIGN, year: 2025, adopted: { on: '2025-03-19', paragraph: 12 }, note: 'Förstudie och upphandling; extern upphandlingskonsult delas efter folkmängd.',
    lines: [{ category: 'consultants', text: 'Upphandlingsstöd, extern konsult', kr: 260_000, key: 'Befolkning' }],
    booked: { months: ['2025-05', '2025-08', '2025-10'], share: 1 },
    inKind: [{ member: 'Haparanda', role: 'Projektledare', hours: 180, text: 'Upphandlare och projektledare' }],
  },
  {
    prefix: 'EN', initiative: ESIGN, year: 2026, adopted: { on: '2026-04-22', paragraph: 18 }, note: 'Avtalets första år.',
    lines: [
      { category: 'licences', text: 'Licenser för e-underskrift och e-legitimering', kr: 380_000, key: 'Befolkning' },
      { category: 'consultants', text: 'Integration mot e-tjänsteplattformen', kr: 150_000, key: 'Befolkning' },
    ],
    booked: { months: ['2026-06', '2026-09'], share: 0.9 },
  },
  {
    prefix: 'EN', initiative: BISTAND, year: 2025, adopted: { on: '2025-01-29', paragraph: 4 }, note: 'Förstudie; extern utredare delas efter folkmängd, kommunerna bidrar med egen tid.',
    lines: [
      { category: 'consultants', text: 'Extern utredare för förstudien', kr: 420_000, key: 'Befolkning' },
      { category: 'other', text: 'Workshoppar och resor', kr: 35_000, key: 'Befolkning' },
    ],
    booked: { months: ['2025-03', '2025-06', '2025-09', '2025-11'], share: 0.98 },
    inKind: [
      { member: 'Piteå', role: 'Verksamhetsutvecklare', hours: 240, text: 'Kartläggning av handläggningen' },
      { member: 'Kalix', role: 'Verksamhetsutvecklare', hours: 80, text: 'Workshoppar med socialsekreterare' },
    ],
  },
  {
    prefix: 'EN', initiative: BISTAND, year: 2026, adopted: { on: '2026-03-18', paragraph: 11 }, note: 'Utvecklingsprojekt; Haparanda deltar från beslutet om utvecklingsprojekt.',
    lines: [
      { category: 'consultants', text: 'Systemutvecklare för e-tjänsten', kr: 1_200_000, key: 'Befolkning' },
      { category: 'licences', text: 'Licens för automatiserad handläggning', kr: 300_000, key: 'Befolkning' },
    ],
    booked: { months: ['2026-04', '2026-06', '2026-08', '2026-10'], share: 0.6 },
    inKind: [
      { member: 'Piteå', role: 'Projektledare', hours: 560, text: 'Projektledning' },
      { member: 'Luleå', role: 'IT-arkitekt', hours: 120, text: 'Arkitektur och integrationer' },
      { member: 'Haparanda', role: 'Verksamhetsutvecklare', hours: 60, text: 'Test med handläggare' },
      { member: 'Kalix', role: 'Verksamhetsutvecklare', hours: 96, text: 'Test av e-tjänsten med socialsekreterare' },
    ],
    funding: [{ funder: 'Tillväxtverket', text: 'Regionalfonden Övre Norrland: digital service i glesbygd', kr: 500_000 }],
  },
  {
    prefix: 'VK', year: 2026, adopted: { on: '2025-12-12', paragraph: 87 }, note: 'Kommunernas avsättning på 6 kr per invånare; ett överskott vid årets slut går tillbaka till kommunerna.',
    lines: [{ category: 'base_funding', text: 'Gemensam pott för kommungemensamma IT-initiativ', key: '6 kr per invånare' }],
  },
  {
    prefix: 'ITF', year: 2026, adopted: { on: '2025-12-05', paragraph: 9 }, note: 'Medlemsavgiften enligt avtalet för 2025–2027.',
    lines: [{ category: 'base_funding', text: 'Medlemsavgift', key: 'Medlemsavgift' }],
  },
  {
    prefix: 'GSN', year: 2026, adopted: { on: '2025-11-20', paragraph: 41 }, note: 'Administrationsavgiften räknas upp med AKI och betalas i januari.',
    lines: [
      { category: 'base_funding', text: 'Nämndens administration och IT-samordnare', kr: 1_600_000, key: 'Lika delar', advance: true, indexedFrom: 2024 },
      { category: 'operation', text: 'Gemensam e-tjänsteplattform', kr: 2_400_000, key: 'Antal e-tjänster' },
      { category: 'licences', text: 'Bibliotekssystemet', kr: 1_900_000, key: 'Utlån i bibliotekssystemet' },
    ],
    booked: { months: wholeYear(2026), share: 0.9 },
  },
]

/** A pre-study that Haparanda joins at the gate to a development project in 2026, after the others paid 2025. */
const LATE_JOINER = {
  title: BISTAND,
  need: 'Ansökningar om ekonomiskt bistånd kommer på papper varje månad och uppgifterna kontrolleras för hand.',
  description: 'En gemensam e-tjänst där den sökande ansöker digitalt och uppgifter från andra myndigheter hämtas automatiskt.',
  proposer: 'Piteå',
  participants: ['Boden', 'Kalix', 'Luleå', 'Piteå', 'Älvsbyn'],
  registeredOn: '2024-10-07',
  /** The gates it passes, each by a § of the nämnd's paper minutes; Haparanda asks to join in December 2025 and joins at the second. */
  gates: [{ on: '2025-01-29', paragraph: 3 }, { on: '2026-03-18', paragraph: 10, joiner: 'Haparanda', requestedOn: '2025-12-03' }] as { on: string; paragraph: number; joiner?: string; requestedOn?: string }[],
  texts: {
    need: 'Socialsekreterarna lägger en stor del av tiden på att registrera och kontrollera uppgifter i ansökningar.',
    expected_benefit: 'Snabbare beslut för den sökande och mer tid för stödjande samtal.',
    summary: 'Förstudien har kartlagt handläggningen i fem kommuner och jämfört tre lösningar på marknaden.',
    recommendation: 'Starta ett gemensamt utvecklingsprojekt med en upphandlad lösning för automatiserad handläggning.',
  } as Record<string, string>,
}

async function seedLateJoiner(ctx: Ctx, collaborationId: string, memberIds: Map<string, string>) {
  const spec = LATE_JOINER
  const { id } = await initiatives.createInitiative(ctx, collaborationId, {
    title: spec.title, need: spec.need, description: spec.description, areas: ['care'], proposingMemberId: memberIds.get(spec.proposer)!,
    participantMemberIds: spec.participants.map((name) => memberIds.get(name)!), projectManager: 'Projektledare, Piteå kommun', registeredOn: spec.registeredOn,
  })
  for (const { on, paragraph, joiner, requestedOn } of spec.gates) {
    if (joiner) await initiatives.requestToJoin(ctx, collaborationId, id, memberIds.get(joiner)!, { on: requestedOn })
    const detail = await initiatives.getInitiative(ctx, collaborationId, id)
    const gate = detail.gate!
    const types = detail.process.phases.flatMap((phase) => phase.documentTypes)
    for (const { typeKey } of gate.requiredDocuments) {
      const fields = types.find((type) => type.key === typeKey)!.fields.filter((field) => field.required)
      await initiatives.saveDocumentVersion(ctx, collaborationId, id, typeKey, { values: Object.fromEntries(fields.map((f) => [f.key, spec.texts[f.key] ?? spec.description])), final: true, attachmentIds: [], note: '' }, on)
    }
    for (const required of gate.requiredDecisions.filter((r) => r.body && r.decisionKindId)) {
      await decisions.recordBodyDecision(ctx, collaborationId, id, { decisionKindId: required.decisionKindId!, bodyId: required.body!.id, meetingItemId: null, decidedOn: on, outcome: 'approve', conditions: '', reference: `Nämndens protokoll ${on} § ${paragraph}`, attachmentId: null }, minutesParagraphs)
    }
    const memberKind = gate.requiredDecisions[0]?.decisionKindId
    if (gate.requiresMemberDecisions && memberKind) {
      for (const member of gate.memberDecisions) {
        await decisions.recordMemberDecision(ctx, collaborationId, id, member.memberId, { decisionKindId: memberKind, decidedOn: on, outcome: 'approve', conditions: '', reference: `KS ${on.slice(0, 4)}/${member.name.length * 11}`, attachmentId: null })
      }
    }
    await initiatives.advanceInitiative(ctx, collaborationId, id, { version: (await initiatives.getInitiative(ctx, collaborationId, id)).version, on })
  }
}

const ACTUAL_TEXT: Record<Category, string> = { base_funding: 'Lönekostnad', staff: 'Lönekostnad', premises: 'Hyra', consultants: 'Konsultfaktura', licences: 'Licensfaktura', investment: 'Faktura', operation: 'Driftfaktura', other: 'Faktura' }

/** Books a share of the line over the months, at the 25th; never after today. */
async function bookActuals(ctx: Ctx, collaborationId: string, budgetId: string, line: CostLine, booked: NonNullable<DemoBudget['booked']>) {
  const total = Math.round(line.effectiveOre * booked.share)
  const due = booked.months.filter((month) => `${month}-25` <= clockToday())
  for (const [i, month] of due.entries()) {
    const amountOre = Math.floor(total / booked.months.length) + (i === booked.months.length - 1 ? total % booked.months.length : 0)
    await finance.recordActualCost(ctx, collaborationId, budgetId, line.id, { bookedOn: `${month}-25`, amountOre, description: `${ACTUAL_TEXT[line.category]} ${month}` })
  }
}

/**
 * Money in the demo (issue 6): Norrbotten's base funding in equal parts paid in advance and raised by AKI,
 * projects shared by population with in-kind hours, a refused and a pending grant and a late joiner;
 * VästKom's 6 kr per inhabitant, IT-forum's fixed fee + 0,48 kr and Värmland's usage keys.
 * Demo dates are fixed, like the rest of the demo, in 2024–2028.
 */
export async function seedDemoFinance(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const populationYear = (await listPopulationYears(db))[0]!.year
  const membersOf = async (collaborationId: string) =>
    new Map((await db.query<{ id: string; name: string }>('select id, name from member where collaboration_id = $1', [collaborationId])).map((m) => [m.name, m.id]))
  const members = new Map<string, Map<string, string>>()
  for (const [prefix, id] of collaborations) members.set(prefix, await membersOf(id))
  await seedLateJoiner(ctx, collaborations.get('EN')!, members.get('EN')!)

  const keys = new Map<string, string>()
  for (const [prefix, definitions] of Object.entries(KEYS)) {
    const collaborationId = collaborations.get(prefix)!
    for (const key of definitions) {
      const perPopulation = key.kind === 'population' || key.kind === 'price'
      const name = key.kind === 'population' ? `${key.name} ${populationYear}` : key.name
      const created = await finance.createCostKey(ctx, collaborationId, {
        unitName: '', fixedFeeOre: null, perInhabitantOre: null, weights: [], exempt: [], fixedAmounts: [], minimumOre: null, maximumOre: null,
        ...key, name, populationYear: perPopulation ? populationYear : null,
      })
      keys.set(`${prefix}/${key.name}`, created.id)
    }
  }
  for (const prefix of ['EN', 'GSN']) for (const [year, value] of Object.entries(AKI)) await finance.setIndexValue(ctx, collaborations.get(prefix)!, 'AKI', Number(year), value)
  const rates = new Map<string, string>()
  for (const [year, roles] of Object.entries(HOURLY_RATES)) {
    for (const [roleName, kronor] of Object.entries(roles)) {
      rates.set(`${year}/${roleName}`, (await finance.addHourlyRate(ctx, collaborations.get('EN')!, { roleName, year: Number(year), rateOre: kr(kronor) })).id)
    }
  }
  const gsn = collaborations.get('GSN')!
  for (const [name, [eServices, loans]] of Object.entries(GSN_USAGE)) {
    const memberId = members.get('GSN')!.get(name)!
    await finance.setUsage(ctx, gsn, memberId, { costKeyId: keys.get('GSN/Antal e-tjänster')!, year: 2026, units: eServices, version: null })
    await finance.setUsage(ctx, gsn, memberId, { costKeyId: keys.get('GSN/Utlån i bibliotekssystemet')!, year: 2026, units: loans, version: null })
  }

  for (const spec of BUDGETS) {
    const collaborationId = collaborations.get(spec.prefix)!
    const initiativeId = spec.initiative
      ? (await db.query<{ id: string }>('select id from initiative where collaboration_id = $1 and title = $2', [collaborationId, spec.initiative]))[0]!.id
      : null
    const budget = await finance.createBudget(ctx, collaborationId, { initiativeId, year: spec.year, note: spec.note })
    const lines: CostLine[] = []
    for (const line of spec.lines) {
      const { category, text: description, advance, indexedFrom } = line
      const costKeyId = keys.get(`${spec.prefix}/${line.key}`)!
      lines.push(await finance.addCostLine(ctx, collaborationId, budget.id, { category, description, amountOre: kr(line.kr ?? 0), costKeyId, paidInAdvance: advance ?? false, indexSeries: indexedFrom ? 'AKI' : null, indexBaseYear: indexedFrom ?? null }))
    }
    for (const grant of spec.funding ?? []) {
      // A refused grant stays with the members by its guarantee key; one applied for is shown as a guarantee.
      const applied = await finance.addFunding(ctx, collaborationId, budget.id, { funder: grant.funder, description: grant.text, amountOre: kr(grant.kr), guaranteeKeyId: keys.get(`${spec.prefix}/Befolkning`)! })
      if (grant.refusedOn) await finance.decideFunding(ctx, collaborationId, budget.id, applied.id, { version: applied.version, status: 'refused', decidedOn: grant.refusedOn })
    }
    const adopted = spec.adopted
    if (adopted) {
      const current = await finance.getBudget(ctx, collaborationId, budget.id)
      const decision = { kind: 'external' as const, decidedOn: adopted.on, reference: `${MINUTES[spec.prefix]} ${adopted.on} § ${adopted.paragraph}` }
      // Recorded on the day of the decision, as the office would have.
      await runAt(`${adopted.on}T15:00:00+01:00`, () => adoption.adoptBudget(ctx, collaborationId, budget.id, { version: current.version, decision }))
    }
    if (spec.booked) for (const line of lines) await bookActuals(ctx, collaborationId, budget.id, line, spec.booked)
    for (const contribution of spec.inKind ?? []) {
      await finance.recordInKind(ctx, collaborationId, budget.id, members.get(spec.prefix)!.get(contribution.member)!, {
        hourlyRateId: rates.get(`${spec.year}/${contribution.role}`)!, hours: contribution.hours, description: contribution.text,
      })
    }
  }
}
