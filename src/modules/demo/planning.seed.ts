import type { Database } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { today as clockToday } from '../../server/clock'
import type { Area } from '../../shared/initiatives'
import { loadGrants } from '../auth'
import * as finance from '../finance'
import type { RoundDetail } from '../planning'
import * as planning from '../planning'
import * as plan from '../planning'
import { defaultTimetable, STAGES, type DatedStage, type StageKey } from '../planning'

const kr = (kronor: number) => kronor * 100
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** A demo proposal: who proposes it, who co-signs, and how the screening ends (accepted unless merged or rejected). */
interface DemoProposal {
  member: string
  title: string
  need: string
  benefit: string
  areas: Area[]
  costKr: number
  hours: number
  cosigners: string[]
  /** Days after proposals opened that it came in. */
  day: number
  /** How widely it is wanted (1–9): the seed of the members' priorities below. */
  appeal: number
  merge?: { into: string; reason: string }
  reject?: { reason: string; comment: string }
}

// VästKom's proposals for the action plan, in the spirit of its handlingsplaner (seed 003): joint IT work for all 49.
const VASTKOM: DemoProposal[] = [
  { member: 'Göteborg', day: 4, appeal: 9, title: 'Vidareutveckling av den gemensamma plattformen för samordnad vårdplanering', areas: ['care'], costKr: 2_300_000, hours: 3000, cosigners: ['Borås', 'Trollhättan', 'Skövde', 'Mölndal', 'Uddevalla', 'Lidköping', 'Alingsås'],
    need: 'När en patient skrivs ut från sjukhuset planerar kommunens hemtjänst och hemsjukvård tillsammans med regionen. Stödet är byggt för slutenvården och saknar delar för planering i öppenvården, så uppgifter skrivs in två gånger och mycket sköts per telefon.',
    benefit: 'Säkrare övergångar för patienten, färre dagar som utskrivningsklar och samma arbetssätt i alla 49 kommuner.' },
  { member: 'Borås', day: 6, appeal: 8, title: 'Gemensamma e-tjänster för bygglov och anmälan', areas: ['community_planning'], costKr: 1_200_000, hours: 1400, cosigners: ['Ulricehamn', 'Mark', 'Tranemo', 'Svenljunga', 'Herrljunga'],
    need: 'Bygglovsansökningar kommer in på papper eller som pdf via e-post. Handläggarna skriver om uppgifterna och begär in kompletteringar som en vägledande e-tjänst hade gjort onödiga.',
    benefit: 'Kompletta ansökningar från början, kortare handläggningstid och en enklare kontakt för den som söker.' },
  { member: 'Trollhättan', day: 8, appeal: 6, title: 'Digital signering av avtal, beslut och protokoll', areas: ['support_functions'], costKr: 650_000, hours: 600, cosigners: ['Vänersborg', 'Uddevalla', 'Lilla Edet', 'Färgelanda'],
    need: 'Avtal och beslut skrivs ut, signeras för hand och skannas in. När flera parter ska skriva under tar det dagar, och originalen måste arkiveras på papper.',
    benefit: 'Underskrifter på minuter i stället för dagar, färre utskrifter och handlingar som kan bevaras digitalt.' },
  { member: 'Skövde', day: 9, appeal: 6, title: 'Invånartjänst för skolval och skolplacering', areas: ['school'], costKr: 900_000, hours: 1100, cosigners: ['Skara', 'Falköping', 'Tidaholm', 'Hjo', 'Mariestad'],
    need: 'Vårdnadshavare väljer skola på blankett och får besked per brev. Placeringen görs i kalkylark, och reglerna om syskonförtur och närhet tillämpas olika från år till år.',
    benefit: 'Ett tydligt och rättssäkert skolval där vårdnadshavare ser sina val och sitt besked digitalt.' },
  { member: 'Uddevalla', day: 11, appeal: 7, title: 'Webbutbildning i informationssäkerhet för alla medarbetare', areas: ['support_functions'], costKr: 350_000, hours: 400, cosigners: ['Munkedal', 'Sotenäs', 'Tanum', 'Strömstad', 'Orust', 'Lysekil'],
    need: 'Många incidenter börjar med ett misstag: fel mottagare, ett svagt lösenord, ett nätfiskemejl. Få kommuner har resurser att ta fram och hålla en egen utbildning aktuell.',
    benefit: 'En gemensam grundutbildning som alla medarbetare kan gå och som stöder kommunernas ledningssystem för informationssäkerhet.' },
  { member: 'Mölndal', day: 12, appeal: 5, title: 'Öppna data – gemensam publicering och katalog', areas: ['structural', 'democracy'], costKr: 500_000, hours: 700, cosigners: ['Härryda', 'Partille', 'Kungälv', 'Göteborg'],
    need: 'Kommunerna publicerar få datamängder, i olika format och på olika ställen, samtidigt som lagen om öppna data ställer nya krav.',
    benefit: 'Datamängder i samma format från alla kommuner, lätta att hitta för företag, forskare och invånare.' },
  { member: 'Lidköping', day: 13, appeal: 7, title: 'Digital nattillsyn och trygghetslarm i hemtjänsten', areas: ['care'], costKr: 1_800_000, hours: 1800, cosigners: ['Götene', 'Vara', 'Grästorp', 'Essunga', 'Skara'],
    need: 'Nattpatrullerna kör långa sträckor för tillsynsbesök som för många brukare kunde göras med kamera, och trygghetslarmen måste gå över från analog till digital teknik.',
    benefit: 'Färre störande besök på natten, mer tid för dem som behöver besök och en säker larmkedja.' },
  { member: 'Alingsås', day: 15, appeal: 5, title: 'Förstudie om gemensamt e-arkiv', areas: ['support_functions'], costKr: 800_000, hours: 900, cosigners: ['Lerum', 'Vårgårda', 'Herrljunga', 'Bollebygd'],
    need: 'Allt fler handlingar finns bara digitalt och ska bevaras enligt arkivlagen. De flesta kommuner saknar e-arkiv, och information riskerar att gå förlorad när system byts ut.',
    benefit: 'Ett gemensamt underlag för val av lösning och förvaltningsform i stället för 49 egna upphandlingar.' },
  { member: 'Kungälv', day: 16, appeal: 6, title: 'Automatiserad handläggning av ekonomiskt bistånd', areas: ['care'], costKr: 1_500_000, hours: 1500, cosigners: ['Ale', 'Stenungsund', 'Tjörn', 'Öckerö'],
    need: 'Handläggarna lägger mycket tid på att kontrollera uppgifter i ansökningar som redan finns hos andra myndigheter.',
    benefit: 'Snabbare beslut för den enskilde och mer tid för stödjande samtal och arbete mot egen försörjning.' },
  { member: 'Vänersborg', day: 18, appeal: 5, title: 'Gemensam chatt och kunskapsbank för kontaktcenter', areas: ['shared_services'], costKr: 1_100_000, hours: 1200, cosigners: ['Trollhättan', 'Åmål', 'Mellerud', 'Bengtsfors', 'Dals-Ed'],
    need: 'Kontaktcentren svarar på samma frågor om och om igen, och invånarna når dem bara på dagtid.',
    benefit: 'Svar dygnet runt på vanliga frågor och en kunskapsbank som alla kontaktcenter bygger vidare på.' },
  { member: 'Falköping', day: 19, appeal: 4, title: 'Digitaliseringslyft för chefer', areas: ['support_functions'], costKr: 400_000, hours: 500, cosigners: ['Ulricehamn', 'Tibro', 'Töreboda', 'Karlsborg'],
    need: 'Chefer ska leda verksamhetsutveckling med stöd av IT men saknar ofta kunskap om vad som är möjligt och hur förändringen leds.',
    benefit: 'Chefer som kan beställa, leda och följa upp digital utveckling i sin egen verksamhet.' },
  { member: 'Strömstad', day: 20, appeal: 4, title: 'Tillgänglighetsgranskning av webbplatser och e-tjänster', areas: ['democracy', 'shared_services'], costKr: 300_000, hours: 350, cosigners: ['Tanum', 'Dals-Ed', 'Sotenäs', 'Gullspång'],
    need: 'Lagen om tillgänglighet till digital offentlig service kräver att webbplatser och e-tjänster granskas och redovisas. Små kommuner saknar kompetensen att göra det själva.',
    benefit: 'En gemensam granskningsmetod och en upphandlad granskning till lägre pris för alla.' },
  { member: 'Lerum', day: 21, appeal: 0, title: 'E-tjänst för bygglov', areas: ['community_planning'], costKr: 400_000, hours: 500, cosigners: ['Alingsås'],
    need: 'Invånare ska kunna söka bygglov digitalt och följa sitt ärende utan att ringa handläggaren.',
    benefit: 'Färre samtal och snabbare besked.',
    merge: { into: 'Gemensamma e-tjänster för bygglov och anmälan', reason: 'Samma behov som Borås förslag om e-tjänster för bygglov och anmälan; Lerums underlag tas med där.' } },
  { member: 'Orust', day: 23, appeal: 0, title: 'Gemensam IT-drift för kommunerna i Västra Götaland', areas: ['structural'], costKr: 3_500_000, hours: 4000, cosigners: ['Tjörn'],
    need: 'Många kommuner har små IT-avdelningar som är sårbara vid sjukdom och personalbyten.',
    benefit: 'Lägre kostnader och mindre sårbarhet.',
    reject: {
      comment: 'Kräver att kommunerna överlåter sin IT-drift till en gemensam organisation.',
      reason: 'Förslaget inskränker den enskilda kommunens rådighet över sin IT-drift (kriterium 3) och kräver beslut i varje fullmäktige; det hör inte hemma i handlingsplanen. Frågan lyfts till kommundirektörsgruppen.',
    } },
]

// Norrbottens e-nämnd's proposals for next year: long distances, small municipalities and the minority languages.
const NORRBOTTEN: DemoProposal[] = [
  { member: 'Piteå', day: 2, appeal: 6, title: 'Automatiserad hantering av leverantörsfakturor', areas: ['support_functions'], costKr: 900_000, hours: 900, cosigners: ['Boden', 'Älvsbyn', 'Luleå'],
    need: 'Ekonomienheterna konterar och attesterar tusentals fakturor för hand varje månad, och det går inte att följa upp om inköpen görs enligt avtal.',
    benefit: 'Färre manuella moment, betalning i tid och uppföljning av inköp mot avtal.' },
  { member: 'Haparanda', day: 4, appeal: 7, title: 'Flerspråkig invånarservice på finska, meänkieli och samiska', areas: ['democracy', 'shared_services'], costKr: 600_000, hours: 500, cosigners: ['Övertorneå', 'Pajala', 'Kiruna', 'Jokkmokk', 'Gällivare', 'Arjeplog'],
    need: 'Kommunerna i förvaltningsområdena ska ge service på minoritetsspråken, men e-tjänster och information finns oftast bara på svenska.',
    benefit: 'Invånare använder e-tjänsterna på sitt eget språk, och kommunerna delar översättningar i stället för att beställa var för sig.' },
  { member: 'Luleå', day: 6, appeal: 8, title: 'Videobesök i hemtjänsten', areas: ['care'], costKr: 1_100_000, hours: 1200, cosigners: ['Piteå', 'Kalix', 'Arvidsjaur', 'Överkalix'],
    need: 'Långa avstånd gör att personalen tillbringar mycket tid i bilen för besök som ibland kunde göras via video, till exempel påminnelser och samtal.',
    benefit: 'Mer tid hos dem som behöver fysiska besök och tätare kontakt med brukare som bor långt bort.' },
  { member: 'Kiruna', day: 8, appeal: 5, title: 'Digital tillsyn inom miljö- och hälsoskydd', areas: ['community_planning'], costKr: 700_000, hours: 800, cosigners: ['Gällivare', 'Pajala', 'Jokkmokk'],
    need: 'Inspektörerna dokumenterar tillsynsbesök på papper och skriver rent på kontoret, och det är långt mellan objekten.',
    benefit: 'Protokoll klara på plats, gemensamma checklistor och kortare tid från besök till beslut.' },
  { member: 'Boden', day: 11, appeal: 8, title: 'Gemensam incidenthantering för informationssäkerhet', areas: ['support_functions', 'structural'], costKr: 1_200_000, hours: 1000, cosigners: ['Luleå', 'Piteå', 'Kalix', 'Älvsbyn', 'Haparanda', 'Överkalix', 'Övertorneå'],
    need: 'Få kommuner har egen kompetens att upptäcka och hantera IT-incidenter, samtidigt som kraven på säkerhet och rapportering ökar.',
    benefit: 'En gemensam rutin, jour och övning för hela länet och rapportering som uppfyller kraven.' },
  { member: 'Kalix', day: 13, appeal: 5, title: 'Digital bokning av lokaler och anläggningar', areas: ['culture_leisure'], costKr: 450_000, hours: 500, cosigners: ['Överkalix', 'Haparanda', 'Boden'],
    need: 'Föreningar och invånare bokar idrottshallar och samlingslokaler per telefon och e-post, och lediga tider syns inte.',
    benefit: 'Bokning och betalning dygnet runt, bättre nyttjade lokaler och mindre administration.' },
  { member: 'Arvidsjaur', day: 15, appeal: 0, title: 'Distansbesök med surfplatta i hemtjänsten', areas: ['care'], costKr: 300_000, hours: 300, cosigners: ['Arjeplog'],
    need: 'Brukare i byarna långt från centralorten får få besök; en pilot med surfplattor har gett goda erfarenheter.',
    benefit: 'Tätare kontakt och tryggare brukare.',
    merge: { into: 'Videobesök i hemtjänsten', reason: 'Samma behov som Luleås förslag om videobesök i hemtjänsten; Arvidsjaurs erfarenheter från piloten tas med där.' } },
]

/** The seven of the 49 that never hand in their priorities. */
const VASTKOM_ABSTAINING = ['Bengtsfors', 'Essunga', 'Karlsborg', 'Munkedal', 'Stenungsund', 'Svenljunga', 'Åmål']

/** The same use cases, acting as a named demo user: the coordinator runs the rounds. */
async function actingAs(ctx: Ctx, db: Database, email: string): Promise<Ctx> {
  const [user] = await db.query<{ id: string; name: string; email: string }>('select id, name, email from app_user where email = $1', [email])
  return { ...ctx, actor: { user: { ...user!, isAdmin: false, locale: 'sv' }, grants: await loadGrants(db, user!.id) } }
}

/** A whole number in 0 … n−1 from two indices: the demo's priorities vary without Math.random, the same on every load. */
const spread = (a: number, b: number, n: number) => ((Math.imul(a + 1, 2_654_435_761) ^ Math.imul(b + 1, 40_503)) >>> 0) % n

/** How much a member wants each accepted proposal: its appeal, varied per member, and more where the member proposed or co-signed. */
function preferences(memberIndex: number, memberName: string, accepted: { id: string; spec: DemoProposal }[]) {
  return accepted
    .map(({ id, spec }, j) => ({ id, j, weight: spec.appeal * (2 + spread(memberIndex, j, 7)) + (spec.member === memberName || spec.cosigners.includes(memberName) ? 30 : 0) }))
    .sort((a, b) => b.weight - a.weight || a.j - b.j)
}

/** 100 points spread over the member's 3–5 favourites in proportion to how much it wants them. */
function pointsBallot(memberIndex: number, memberName: string, accepted: { id: string; spec: DemoProposal }[]) {
  const top = preferences(memberIndex, memberName, accepted).slice(0, 3 + (memberIndex % 3))
  const total = top.reduce((sum, p) => sum + p.weight, 0)
  const points: Record<string, number> = Object.fromEntries(top.map((p) => [p.id, Math.floor((100 * p.weight) / total)]))
  points[top[0]!.id]! += 100 - Object.values(points).reduce((a, b) => a + b, 0)
  return points
}

interface Seeded {
  round: RoundDetail
  ids: Map<string, string>
}

/** Takes proposals in, co-signed, and screens them; the round must be open for proposals when called. */
async function proposeAndScreen(office: Ctx, collaborationId: string, round: RoundDetail, specs: DemoProposal[], memberIds: Map<string, string>): Promise<Seeded> {
  const ids = new Map<string, string>()
  for (const spec of specs) {
    const proposal = await planning.submitProposal(office, collaborationId, round.id, memberIds.get(spec.member)!, {
      title: spec.title, need: spec.need, expectedBenefit: spec.benefit, areas: spec.areas, estimatedCostOre: kr(spec.costKr), estimatedEffortHours: spec.hours,
      itSupported: true, jurisdictionIntact: !spec.reject, notInEarlierPlan: true, criteriaComment: spec.reject?.comment ?? '',
      cosignerIds: spec.cosigners.map((name) => memberIds.get(name)!), carriedFromId: null,
    })
    ids.set(spec.title, proposal.id)
  }
  round = await planning.moveStage(office, collaborationId, round.id, { version: round.version, stage: 'proposals_closed' })
  for (const spec of specs) {
    const id = ids.get(spec.title)!
    const version = round.proposals.find((p) => p.id === id)!.version
    const screening = spec.merge
      ? { screening: 'merged' as const, reason: spec.merge.reason, mergedIntoId: ids.get(spec.merge.into)! }
      : spec.reject
        ? { screening: 'rejected' as const, reason: spec.reject.reason, mergedIntoId: null }
        : { screening: 'accepted' as const, reason: '', mergedIntoId: null }
    await planning.screenProposal(office, collaborationId, round.id, id, { version, ...screening })
  }
  return { round, ids }
}

/**
 * The service stamps proposals, signatures and priorities with the time they are saved; the demo's rounds ran
 * earlier, so they get the times they would have had, each day at its own office hour.
 */
async function backdate(db: Database, roundId: string, specs: DemoProposal[], ids: Map<string, string>, on: { opensOn: string; closesOn: string; publishedOn: string }) {
  const at = `(($2::date + $3::interval) at time zone 'Europe/Stockholm')`
  for (const [i, spec] of specs.entries()) {
    const id = ids.get(spec.title)!
    const signedOn = addDays(on.opensOn, spec.day + 1 + (i % 3))
    await db.query(`update proposal set submitted_at = ${at} where id = $1`, [id, addDays(on.opensOn, spec.day), `${8 + (i % 8)} hours ${(i * 13) % 60} minutes`])
    await db.query(`update proposal_cosigner set signed_at = ${at} where proposal_id = $1`, [id, signedOn < on.closesOn ? signedOn : addDays(on.closesOn, -1), '10 hours'])
  }
  const ballots = await db.query<{ memberId: string }>('select b.member_id as "memberId" from priority_ballot b join member m on m.id = b.member_id where b.round_id = $1 order by m.organisation_code, m.name', [roundId])
  for (const [i, { memberId }] of ballots.entries()) {
    await db.query(`update priority_ballot set submitted_at = ${at} where round_id = $4 and member_id = $1`, [memberId, addDays(on.publishedOn, i % 7), `${8 + (i % 9)} hours ${(i * 7) % 60} minutes`, roundId])
  }
}

/** Every stage a year ahead: the round then moves only when the coordinator opens a stage by hand. */
const aheadOfTime = (today: string): DatedStage[] => STAGES.map((key) => ({ key, startsOn: addDays(today, 365) }))

async function moveThrough(office: Ctx, collaborationId: string, round: RoundDetail, stages: StageKey[]) {
  for (const stage of stages) round = await planning.moveStage(office, collaborationId, round.id, { version: round.version, stage })
  return round
}

/**
 * VästKom's finished round for this year's action plan: proposals from across Västra Götaland, points from most of the
 * 49, the plan adopted by the strategic steering group in January, and the members approving it one by one.
 */
async function seedVastkom(office: Ctx, db: Database, collaborationId: string, memberIds: Map<string, string>, year: number, today: string) {
  const timetable = defaultTimetable(year)
  let round = await planning.createRound(office, collaborationId, {
    year, title: `Handlingsplan ${year} – IT-samverkan`, ballotKind: 'points', pointsPerMember: 100, method: 'points', weighting: 'equal', minMembers: 2,
    // 6 kr per inhabitant since 2010 (seed 003). No cost key: the pot already pays, so the activities get no budgets of their own.
    budgetFrameOre: kr(9_400_000), costKeyId: null, stages: aheadOfTime(today),
  })
  round = await moveThrough(office, collaborationId, round, ['proposals_open'])
  const { ids } = await proposeAndScreen(office, collaborationId, round, VASTKOM, memberIds)
  round = await planning.getRound(office, collaborationId, round.id)
  round = await moveThrough(office, collaborationId, round, ['screened', 'published'])

  const accepted = VASTKOM.filter((s) => !s.merge && !s.reject).map((spec) => ({ id: ids.get(spec.title)!, spec }))
  const members = [...round.members].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))
  for (const [i, member] of members.entries()) {
    if (VASTKOM_ABSTAINING.includes(member.name)) continue
    await planning.submitBallot(office, collaborationId, round.id, member.memberId, { points: pointsBallot(i, member.name, accepted), version: null })
  }
  round = await moveThrough(office, collaborationId, round, ['prioritisation_closed', 'results_compiled', 'presented_to_preparing_body', 'proposed_to_steering_body'])

  const january = `${year}-01-15`
  const adoptedOn = january <= today ? january : today
  await plan.adoptPlan(office, collaborationId, round.id, {
    version: round.version, adoptedOn, reference: 'Strategiska styrgruppen (SSVIT) § 3',
    goals: 'Handlingsplanen ger Västra Götalands 49 kommuner gemensamma digitala lösningar där det ger störst nytta för invånarna: fler e-tjänster, säkrare informationshantering och en samordnad vård och omsorg tillsammans med regionen. Det som inte ryms i årets ram ligger kvar i projektbanken inför nästa år.',
  })
  // Most members' boards approve during the spring; some have not yet decided.
  for (const [i, member] of members.entries()) {
    const decidedOn = addDays(adoptedOn, 14 + spread(i, 99, 100))
    if (i % 5 === 4 || decidedOn > today) continue
    await plan.recordApproval(office, collaborationId, round.id, member.memberId, { outcome: 'approve', decidedOn, reference: `KS ${decidedOn} § ${10 + spread(i, 7, 90)}` })
  }
  round = await planning.getRound(office, collaborationId, round.id)
  await planning.updateRound(office, collaborationId, round.id, { version: round.version, stages: timetable })
  const dated = (key: StageKey) => timetable.find((s) => s.key === key)!.startsOn
  await backdate(db, round.id, VASTKOM, ids, { opensOn: dated('proposals_open'), closesOn: dated('proposals_closed'), publishedOn: dated('published') })
}

/**
 * Norrbottens e-nämnd's round for next year's plan, open for prioritisation whenever the demo is loaded: ranked by
 * Borda count, with some members' rankings in — but not Kalix's or Luleå's, whose representatives are demo accounts.
 */
async function seedNorrbotten(office: Ctx, db: Database, collaborationId: string, memberIds: Map<string, string>, year: number, today: string) {
  const byPopulation = (await finance.listCostKeys(office, collaborationId)).find((k) => k.kind === 'population' && k.latest)
  let round = await planning.createRound(office, collaborationId, {
    year, title: `Verksamhetsplan ${year} – gemensam e-utveckling`, ballotKind: 'ranking', pointsPerMember: 100, method: 'borda', weighting: 'equal', minMembers: 2,
    budgetFrameOre: kr(3_000_000), costKeyId: byPopulation?.id ?? null, stages: aheadOfTime(today),
  })
  round = await moveThrough(office, collaborationId, round, ['proposals_open'])
  const { ids } = await proposeAndScreen(office, collaborationId, round, NORRBOTTEN, memberIds)
  round = await planning.getRound(office, collaborationId, round.id)
  // Never further than 'published' by hand: the dated stages below must be what moves the round on.
  round = await moveThrough(office, collaborationId, round, ['screened', 'published'])

  const accepted = NORRBOTTEN.filter((s) => !s.merge && !s.reject).map((spec) => ({ id: ids.get(spec.title)!, spec }))
  const voters = ['Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Kiruna', 'Piteå', 'Älvsbyn']
  for (const [i, name] of voters.entries()) {
    // Some rank every proposal, others only their top four (the rest share the remaining places).
    const ranking = preferences(i, name, accepted).map((p) => p.id).slice(0, i % 2 === 0 ? accepted.length : 4)
    await planning.submitBallot(office, collaborationId, round.id, memberIds.get(name)!, { ranking, version: null })
  }
  const relative: Record<StageKey, number> = {
    proposals_open: -40, proposals_closed: -20, screened: -15, published: -10, prioritisation_closed: 12, results_compiled: 14,
    presented_to_preparing_body: 21, proposed_to_steering_body: 35, plan_adopted: 49, approved_by_members: 100,
  }
  round = await planning.getRound(office, collaborationId, round.id)
  await planning.updateRound(office, collaborationId, round.id, {
    version: round.version, stages: STAGES.map((key) => ({ key, startsOn: addDays(today, relative[key]) })),
    goals: 'Gemensamma lösningar som gör länets små kommuner mindre sårbara och ger invånarna samma service oavsett avstånd och språk.',
  })
  await backdate(db, round.id, NORRBOTTEN, ids, { opensOn: addDays(today, relative.proposals_open), closesOn: addDays(today, relative.proposals_closed), publishedOn: addDays(today, relative.published) })
}

/** Annual planning (issue 7): VästKom's finished round for this year and Norrbotten's open round for next year. */
export async function seedDemoPlanning(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const office = await actingAs(ctx, db, 'samordnare@demo.samverka.se')
  const today = clockToday()
  const year = Number(today.slice(0, 4))
  const membersOf = async (collaborationId: string) =>
    new Map((await db.query<{ id: string; name: string }>('select id, name from member where collaboration_id = $1', [collaborationId])).map((m) => [m.name, m.id]))
  const vk = collaborations.get('VK')!
  await seedVastkom(office, db, vk, await membersOf(vk), year, today)
  const en = collaborations.get('EN')!
  await seedNorrbotten(office, db, en, await membersOf(en), year + 1, today)
}
