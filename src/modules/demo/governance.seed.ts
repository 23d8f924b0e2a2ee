import type { Database } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { createCollaboration } from '../collaborations'
import type { BodyKind } from '../governance'
import { listDecisionKinds } from '../governance'
import * as governance from '../governance'
import { listMembers, listOrganisations } from '../members'

interface DemoBody {
  name: string
  kind: BodyKind
  purpose: string
  meetingCadence?: string
  escalatesTo?: string
  decides?: string[]
  prepares?: string[]
  /** One ledamot (and, for a committee, one ersättare) per member; otherwise named seats. */
  seatsPerMember?: 'ledamot' | 'ledamot_and_ersattare'
  seats?: { personName: string; member?: string; position?: 'chair' | 'vice_chair' }[]
  chairMember?: string
  viceChairMember?: string
}

// Invented people: the demo names no real office holder.
const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Mikael', 'Lena', 'Anders', 'Ingrid', 'Nils', 'Elin', 'Olof']
const LAST = ['Lindqvist', 'Nilsson', 'Öberg', 'Berglund', 'Sandström', 'Holmberg', 'Lundgren', 'Wikström', 'Forsberg', 'Strand', 'Isaksson', 'Marklund', 'Eriksson']
let personCounter = 0
const person = () => {
  const n = personCounter++
  return `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`
}

const NORRBOTTEN: DemoBody[] = [
  {
    name: 'Norrbottens e-nämnd',
    kind: 'board',
    purpose: 'Gemensam nämnd som beslutar om gemensam e-utveckling, förstudier, projekt, upphandlingar och förvaltning för medlemskommunerna.',
    meetingCadence: 'Fyra sammanträden per år',
    decides: ['accept_assignment', 'start_pre_study', 'start_project', 'procure', 'award', 'accept_introduction', 'accept_management', 'strategic_decision', 'budget', 'annual_plan', 'binding_business_agreement', 'approve_change'],
    seatsPerMember: 'ledamot_and_ersattare',
    chairMember: 'Luleå',
    viceChairMember: 'Piteå',
  },
  {
    name: 'Beredningsgruppen',
    kind: 'preparing_group',
    purpose: 'En representant per medlemskommun bereder ärenden inför nämnden och förankrar dem i den egna kommunen.',
    meetingCadence: 'Varannan vecka',
    escalatesTo: 'Norrbottens e-nämnd',
    prepares: ['accept_assignment', 'start_pre_study', 'start_project', 'procure', 'award', 'accept_introduction', 'accept_management', 'strategic_decision', 'budget', 'annual_plan', 'binding_business_agreement'],
    seatsPerMember: 'ledamot',
  },
  {
    name: 'E-kontoret',
    kind: 'programme_office',
    purpose: 'Samordnar arbetet, bereder ärenden, verkställer och följer upp nämndens beslut och håller årshjulet.',
    meetingCadence: 'Löpande',
    escalatesTo: 'Beredningsgruppen',
    decides: ['operational_decision'],
    prepares: ['approve_change'],
    seats: [{ personName: 'E-samordnare', member: 'Luleå', position: 'chair' }],
  },
]

// The FVM programme's bodies, mandates and escalation ladder (seed 000, §5 and §9).
const FVM: DemoBody[] = [
  { name: 'FVM Beredning', kind: 'preparing_group', purpose: 'Bereder övergripande och strategiska verksamhetsfrågor inför beslut i programstyrgruppen.', prepares: ['strategic_decision', 'binding_business_agreement'], seats: [{ personName: 'Regiondirektör', member: 'Västra Götalandsregionen', position: 'chair' }], escalatesTo: 'FVM Programstyrgrupp' },
  { name: 'FVM Programstyrgrupp', kind: 'steering_group', purpose: 'Övergripande ansvar för programmet; fattar bindande beslut om framdriften och bindande affärsöverenskommelser enligt avtalet.', decides: ['binding_business_agreement', 'strategic_decision', 'approve_change'], seats: [{ personName: 'Regiondirektör', member: 'Västra Götalandsregionen', position: 'chair' }, { personName: 'Kommunföreträdare', member: 'Göteborg' }] },
  { name: 'FVM Programledning', kind: 'steering_group', purpose: 'Fattar operativa beslut för programmets framdrift, styr projekten och hanterar ändringar.', decides: ['operational_decision'], prepares: ['approve_change'], escalatesTo: 'FVM Programstyrgrupp', seats: [{ personName: 'Programägare', member: 'Västra Götalandsregionen', position: 'chair' }] },
  { name: 'Programledare', kind: 'programme_office', purpose: 'Har det dagliga ansvaret för samarbetet; tar emot oenighet som inte löses där den uppstod.', escalatesTo: 'FVM Programledning' },
  { name: 'FVM Klinisk ledning', kind: 'working_group', purpose: 'Fastställer standardisering av processer, arbetsflöden och innehåll i linje med regionala och nationella riktlinjer.', decides: ['clinical_standardisation'], escalatesTo: 'Programledare' },
  { name: 'VästKoms styrelse', kind: 'board', purpose: 'Beställare av projektet Kommun-FVM; fastställer projektdirektivet för den kommungemensamma samordningen.', decides: ['accept_assignment'] },
  { name: 'SSVIT', kind: 'steering_group', purpose: 'Strategiska styrgruppen för samordnad IT-utveckling i Västra Götaland; styrgrupp för Kommun-FVM.', decides: ['municipal_strategic_decision'], escalatesTo: 'VästKoms styrelse' },
  { name: 'Kommun-FVM AU', kind: 'working_committee', purpose: 'Koordinerar och beslutar i taktiska frågor för kommunerna och bereder ärenden till SSVIT.', decides: ['municipal_tactical_decision'], prepares: ['municipal_strategic_decision'], escalatesTo: 'SSVIT' },
]

const FVM_KINDS = [
  { key: 'clinical_standardisation', nameSv: 'Standardisering av processer och innehåll', nameEn: 'Standardisation of processes and content', binding: false, requiresMemberDecisions: false },
  { key: 'municipal_strategic_decision', nameSv: 'Kommungemensamt strategiskt beslut', nameEn: 'Joint municipal strategic decision', binding: false, requiresMemberDecisions: false },
  { key: 'municipal_tactical_decision', nameSv: 'Kommungemensamt taktiskt beslut', nameEn: 'Joint municipal tactical decision', binding: false, requiresMemberDecisions: false },
]

// GVS12's project organisation (seed 002): steering group of the municipal managers, project management, work groups.
const GVS12: DemoBody[] = [
  { name: 'Styrgrupp GVS12', kind: 'steering_group', purpose: 'Kommuncheferna i de tolv kommunerna styr upphandling och införande av det gemensamma verksamhetssystemet.', meetingCadence: 'En gång i månaden', decides: ['procure', 'award', 'strategic_decision', 'budget', 'binding_business_agreement', 'start_project', 'accept_management'], seatsPerMember: 'ledamot', chairMember: 'Skara' },
  { name: 'Projektledning GVS12', kind: 'programme_office', purpose: 'Leder arbetet med kravställning, upphandling och införande i etapper.', decides: ['operational_decision', 'approve_change'], prepares: ['procure', 'award', 'start_project'], escalatesTo: 'Styrgrupp GVS12', seats: [{ personName: 'Projektledare', member: 'Skara', position: 'chair' }] },
  { name: 'Kravgruppen', kind: 'working_group', purpose: 'Tar fram den gemensamma kravspecifikationen med SKA- och BÖR-krav och enas om hur kraven ska läsas.', escalatesTo: 'Projektledning GVS12' },
  { name: 'Referensgrupp verksamhet', kind: 'reference_group', purpose: 'Verksamhetsföreträdare från kommunerna som prövar kraven och mallkommunens lösning.', escalatesTo: 'Projektledning GVS12' },
]

async function seedBodies(ctx: Ctx, collaborationId: string, bodies: DemoBody[]) {
  const db = ctx.db
  const members = await listMembers(db, collaborationId, { includeLeft: false })
  const kinds = await listDecisionKinds(db, collaborationId)
  const kindId = (key: string) => kinds.find((kind) => kind.key === key)!.id
  const memberId = (name: string) => members.find((member) => member.name === name)!.id
  const ids = new Map<string, string>()
  const termStart = '2023-01-01'
  const termEnd = '2026-12-31'

  for (const body of bodies) {
    const created = await governance.createBody(ctx, collaborationId, { name: body.name, kind: body.kind, purpose: body.purpose, meetingCadence: body.meetingCadence ?? '', escalatesToBodyId: null, minutesKeptFrom: null })
    ids.set(body.name, created.id)
    await governance.setMandates(ctx, collaborationId, created.id, { decides: (body.decides ?? []).map(kindId), prepares: (body.prepares ?? []).map(kindId) })
    const seats = [
      ...(body.seats ?? []).map((seat) => ({ personName: seat.personName, memberId: seat.member ? memberId(seat.member) : null, position: seat.position ?? null, seatRole: 'ledamot' as const })),
      ...(body.seatsPerMember
        ? members.flatMap((member) => [
            { personName: person(), memberId: member.id, seatRole: 'ledamot' as const, position: member.name === body.chairMember ? ('chair' as const) : member.name === body.viceChairMember ? ('vice_chair' as const) : null },
            ...(body.seatsPerMember === 'ledamot_and_ersattare' ? [{ personName: person(), memberId: member.id, seatRole: 'ersattare' as const, position: null }] : []),
          ])
        : []),
    ]
    for (const seat of seats) await governance.addSeat(ctx, collaborationId, created.id, { ...seat, termStart, termEnd, userId: null, substituteOrder: null })
  }
  // Escalation afterwards, so a body may point to one defined below it.
  for (const body of bodies.filter((b) => b.escalatesTo)) {
    const current = (await governance.getGovernance(ctx, collaborationId)).bodies.find((b) => b.id === ids.get(body.name))!
    await governance.updateBody(ctx, collaborationId, current.id, { ...current, escalatesToBodyId: ids.get(body.escalatesTo!)! })
  }
  return ids
}

/** Bodies, mandates and escalation for the demo collaborations, and the FVM programme as its own. */
export async function seedDemoGovernance(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  await seedBodies(ctx, collaborations.get('EN')!, NORRBOTTEN)
  await seedBodies(ctx, collaborations.get('GVS')!, GVS12)

  const organisations = await listOrganisations(db, { county: '14' })
  const fvm = await createCollaboration(ctx, {
    name: 'FVM – Framtidens vårdinformationsmiljö',
    prefix: 'FVM',
    legalForm: 'avtalssamverkan',
    description: 'Västra Götalandsregionen och länets 49 kommuner inför ett gemensamt vårdinformationssystem enligt ett samverkansavtal, med gemensam programorganisation och en kommungemensam samordning genom VästKom.',
    memberCodes: organisations.map((o) => o.code),
    joinedOn: '2019-06-12',
  })
  collaborations.set('FVM', fvm.id)
  for (const kind of FVM_KINDS) await governance.createDecisionKind(ctx, fvm.id, kind)
  const ids = await seedBodies(ctx, fvm.id, FVM)
  // A disagreement on its way up the ladder, as the procedure of seed 000 §9 describes.
  const raised = await governance.raiseDisagreement(ctx, fvm.id, {
    title: 'Gemensam mall för läkemedelslistan i kommunal hälso- och sjukvård',
    description: 'Regionen och kommunerna är oeniga om hur läkemedelslistan ska standardiseras för hemsjukvården.',
    bodyId: ids.get('FVM Klinisk ledning')!,
  })
  await governance.escalateDisagreement(ctx, fvm.id, raised.id, { version: raised.version, reason: 'Klinisk ledning kunde inte enas; frågan lyfts till programledaren enligt samverkansmodellen.' })
  return fvm.id
}
