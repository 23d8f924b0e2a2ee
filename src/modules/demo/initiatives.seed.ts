import type { Database } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import type { Area } from '../../shared/initiatives'
import * as decisions from '../decisions'
import * as initiatives from '../initiatives'
import { adoptTemplate } from '../processes'
import type { DocumentType } from '../processes'
import { minutesParagraphs } from '../meetings'

/** A demo initiative: the gates it has passed (with who declined there), and where its current gate stands. */
interface DemoInitiative {
  title: string
  need: string
  description: string
  areas: Area[]
  proposer: string
  /** Member names, or every member of the collaboration. */
  participants: string[] | 'all'
  projectManager: string
  registeredOn: string
  passed: { on: string; declined?: string[] }[]
  current?: { on: string; documents?: boolean; body?: boolean; approved?: string[]; declined?: string[]; deferred?: string[]; dueOn?: string }
  joining?: string[]
  status?: { status: 'paused' | 'stopped'; reason: string; on: string }
}

const NORRBOTTEN: DemoInitiative[] = [
  {
    title: 'Gemensam e-tjänsteplattform',
    need: 'Kommunerna saknar var för sig resurser att bygga och förvalta e-tjänster för invånare och företag.',
    description: 'En plattform för e-tjänster som alla kommuner i länet använder, med gemensamma tjänster som varje kommun kan ta i bruk.',
    areas: ['shared_services', 'democracy'],
    proposer: 'Luleå',
    participants: 'all',
    projectManager: 'Verksamhetsutvecklare e-tjänster, e-kontoret',
    registeredOn: '2016-02-15',
    passed: [{ on: '2016-04-20' }, { on: '2016-11-23' }, { on: '2017-05-17' }, { on: '2017-12-13' }, { on: '2018-10-24' }],
  },
  {
    title: 'Gemensamt verksamhetssystem för socialtjänsten',
    need: 'Socialtjänsternas system är gamla och olika; samma processer kan stödjas av ett system med gemensam förvaltning.',
    description: 'Upphandling, införande och gemensam förvaltning av ett verksamhetssystem för socialtjänsten med en gemensam förvaltningsledare.',
    areas: ['care'],
    proposer: 'Piteå',
    participants: ['Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Kalix', 'Kiruna', 'Pajala', 'Piteå', 'Älvsbyn', 'Överkalix', 'Övertorneå'],
    projectManager: 'Förvaltningsledare gemensamt system, e-kontoret',
    registeredOn: '2017-09-04',
    passed: [{ on: '2017-11-15' }, { on: '2018-06-13', declined: ['Kalix', 'Kiruna'] }, { on: '2019-02-20' }, { on: '2019-11-27' }, { on: '2021-04-21' }],
  },
  {
    title: 'E-arkiv',
    need: 'Digitala handlingar måste bevaras och kunna sökas fram; ingen kommun har ett e-arkiv på egen hand.',
    description: 'Ett gemensamt e-arkiv med gemensam förvaltningsmodell; införandet sker kommun för kommun.',
    areas: ['support_functions'],
    proposer: 'Boden',
    participants: ['Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Kalix', 'Kiruna', 'Luleå', 'Pajala', 'Piteå', 'Älvsbyn', 'Överkalix'],
    projectManager: 'Anna Arkivarie, Bodens kommun',
    registeredOn: '2021-03-10',
    passed: [{ on: '2021-05-19' }, { on: '2022-02-16', declined: ['Pajala'] }, { on: '2022-10-19' }, { on: '2023-09-20' }],
    // The nämnd's own decision of 2026-10-21 is a § of its October meeting (see meetings.seed.ts).
    current: { on: '2026-10-21', documents: true, approved: ['Arjeplog', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Luleå', 'Piteå', 'Älvsbyn'], deferred: ['Kiruna'], dueOn: '2026-12-15' },
  },
  {
    title: 'Digital nämndadministration',
    need: 'Kallelser, handlingar och protokoll hanteras på papper och e-post; förtroendevalda vill läsa och justera digitalt.',
    description: 'Förstudie om ett gemensamt stöd för ärenden, sammanträden och protokoll i kommunernas nämnder.',
    areas: ['democracy', 'support_functions'],
    proposer: 'Kalix',
    participants: ['Boden', 'Haparanda', 'Kalix', 'Luleå', 'Piteå', 'Överkalix'],
    projectManager: 'Pia Projektledare',
    registeredOn: '2025-09-01',
    passed: [{ on: '2025-11-26' }],
    current: { on: '2026-11-04', approved: ['Boden', 'Luleå'], dueOn: '2027-02-28' },
  },
  {
    title: 'Mina sidor för vårdnadshavare',
    need: 'Vårdnadshavare loggar in i flera system för frånvaro, schema och ansökningar.',
    description: 'Utvecklingsprojekt för en gemensam ingång för vårdnadshavare i förskola och skola.',
    areas: ['school'],
    proposer: 'Luleå',
    participants: ['Boden', 'Kiruna', 'Luleå', 'Piteå'],
    projectManager: 'Pia Projektledare',
    registeredOn: '2024-01-22',
    passed: [{ on: '2024-03-20' }, { on: '2024-12-11' }],
    joining: ['Gällivare'],
  },
  {
    title: 'Gemensam upphandling av e-signering',
    need: 'Avtalen för elektronisk underskrift löper ut och är olika i varje kommun.',
    description: 'Samordnad upphandling av en tjänst för e-underskrift och e-legitimering.',
    areas: ['shared_services'],
    proposer: 'Haparanda',
    participants: ['Arvidsjaur', 'Haparanda', 'Jokkmokk', 'Kalix', 'Pajala', 'Övertorneå'],
    projectManager: 'Upphandlare, Haparanda stad',
    registeredOn: '2025-02-03',
    passed: [{ on: '2025-03-19' }, { on: '2025-09-17' }, { on: '2026-04-22' }],
  },
  {
    title: 'Chattbot för medborgarservice',
    need: 'Kontaktcentren får samma frågor om och om igen, också utanför öppettiderna.',
    description: 'Idé om en gemensam chattbot som svarar på vanliga frågor och lotsar vidare till rätt e-tjänst.',
    areas: ['shared_services'],
    proposer: 'Kalix',
    participants: ['Haparanda', 'Kalix', 'Överkalix'],
    projectManager: '',
    registeredOn: '2026-10-05',
    passed: [],
  },
  {
    title: 'Samordnad kartläggning av bredband på landsbygden',
    need: 'Utbyggnaden stannar där ingen vet var fibern saknas.',
    description: 'Idé om en gemensam kartläggning som underlag för stödansökningar.',
    areas: ['community_planning', 'structural'],
    proposer: 'Arjeplog',
    participants: ['Arjeplog', 'Arvidsjaur', 'Jokkmokk'],
    projectManager: '',
    registeredOn: '2026-11-02',
    passed: [],
  },
  {
    title: 'Gemensam app för felanmälan',
    need: 'Invånare vill anmäla fel i gatumiljön med bild och position.',
    description: 'Förstudien stoppades när en nationell lösning blev tillgänglig.',
    areas: ['community_planning'],
    proposer: 'Gällivare',
    participants: ['Gällivare', 'Kiruna', 'Pajala'],
    projectManager: '',
    registeredOn: '2023-05-08',
    passed: [{ on: '2023-06-14' }],
    status: { status: 'stopped', reason: 'En nationell tjänst för felanmälan finns nu; kommunerna ansluter till den i stället.', on: '2023-11-15' },
  },
]

const GVS12_INITIATIVE: DemoInitiative = {
  title: 'GVS12 – gemensamt verksamhetssystem',
  need: 'Det gamla systemet slutar supporteras; tolv kommuner behöver ett modernt verksamhetssystem och en resurseffektiv förvaltning.',
  description: 'Gemensam kravspecifikation och upphandling, en mallkommun för processer och utbildning, och införande i tre etapper.',
  areas: ['care'],
  proposer: 'Skara',
  participants: 'all',
  projectManager: 'Övergripande projektledare, Skara kommun',
  registeredOn: '2021-01-15',
  passed: [{ on: '2021-06-16' }, { on: '2021-11-17' }, { on: '2022-06-15' }, { on: '2024-03-20' }],
}

// Plausible content for the fields the demo documents need; anything else takes the initiative's description.
const TEXTS: Record<string, string> = {
  need: 'Behovet är inventerat i workshoppar med verksamheterna i de deltagande kommunerna.',
  expected_benefit: 'Kortare handläggning, färre manuella moment och samma service i alla kommuner.',
  summary: 'Förstudien har kartlagt nuläget, behoven och möjliga lösningar.',
  recommendation: 'Gå vidare med ett gemensamt utvecklingsprojekt.',
  goals: 'Gemensam lösning i drift i alla deltagande kommuner.',
  deliveries: 'Kravbild, upphandlingsunderlag, införandeplan.',
  purpose: 'Att tillsammans ta fram och införa en gemensam lösning.',
  parties: 'De deltagande kommunerna.',
  commitments: 'Varje kommun bidrar med resurser enligt resurskontraktet.',
  requirements: 'Ska-krav och bör-krav enligt kravspecifikationen.',
  result: 'Anbuden är utvärderade enligt förfrågningsunderlaget.',
  supplier: 'Vald leverantör',
  waves: 'Etapp 1, etapp 2 och etapp 3 enligt införandeplanen.',
  tests: 'Acceptanstest och leveransgodkännande per etapp.',
  organisation: 'Förvaltningsledare, förvaltningsgrupp och styrgrupp.',
  cost_key: 'Efter folkmängd bland de deltagande kommunerna',
  procuring_member: 'Den upphandlande kommunen',
  checked: 'Alla punkter i checklistan är genomgångna.',
  contents: 'Processer, rutiner och utbildningsmaterial.',
}

function documentValues(type: DocumentType, description: string, on: string) {
  return Object.fromEntries(
    type.fields
      .filter((field) => field.required)
      .map((field) => [field.key, field.kind === 'date' ? on : field.kind === 'amount' ? 50_000_000 : field.kind === 'number' ? 120 : (TEXTS[field.key] ?? description)]),
  )
}

/**
 * Where a decision taken before the collaboration kept its minutes in Samverka is found: the paper
 * minutes of the day, numbered as a body meeting about monthly with a handful of §§ each time would be.
 */
export const paperMinutesReference = (on: string) => `Protokoll ${on} § ${(Number(on.slice(5, 7)) - 1) * 6 + 3 + (Number(on.slice(8, 10)) % 4)}`

/** Takes one initiative through its gates with the service calls a coordinator would make, on the dates given. */
async function seedInitiative(ctx: Ctx, collaborationId: string, memberIds: Map<string, string>, spec: DemoInitiative, processModelId?: string) {
  const participants = spec.participants === 'all' ? [...memberIds.keys()] : spec.participants
  let detail = await initiatives.createInitiative(ctx, collaborationId, {
    title: spec.title,
    need: spec.need,
    description: spec.description,
    areas: spec.areas,
    proposingMemberId: memberIds.get(spec.proposer)!,
    participantMemberIds: participants.map((name) => memberIds.get(name)!),
    projectManager: spec.projectManager,
    processModelId,
    registeredOn: spec.registeredOn,
  })
  const id = detail.id
  const typeOf = (key: string) => detail.process.phases.flatMap((phase) => phase.documentTypes).find((type) => type.key === key)!

  async function decide(step: NonNullable<DemoInitiative['current']>, everyone: boolean) {
    const gate = detail.gate!
    if (everyone || step.documents) {
      for (const doc of gate.requiredDocuments) await initiatives.saveDocumentVersion(ctx, collaborationId, id, doc.typeKey, { values: documentValues(typeOf(doc.typeKey), spec.description, step.on), final: true, attachmentIds: [], note: '' }, step.on)
    }
    if (everyone || step.body) {
      for (const required of gate.requiredDecisions.filter((r) => r.body && r.decisionKindId)) {
        await decisions.recordBodyDecision(ctx, collaborationId, id, { decisionKindId: required.decisionKindId!, bodyId: required.body!.id, decidedOn: step.on, outcome: 'approve', conditions: '', reference: paperMinutesReference(step.on), attachmentId: null, meetingItemId: null }, minutesParagraphs)
      }
    }
    const memberKind = gate.requiredDecisions[0]?.decisionKindId
    if (!gate.requiresMemberDecisions || !memberKind) return
    for (const member of gate.memberDecisions) {
      const outcome = step.declined?.includes(member.name) ? 'reject' : step.deferred?.includes(member.name) ? 'defer' : everyone || step.approved?.includes(member.name) ? 'approve' : null
      if (outcome) await decisions.recordMemberDecision(ctx, collaborationId, id, member.memberId, { decisionKindId: memberKind, decidedOn: step.on, outcome, conditions: '', reference: `KS ${step.on.slice(0, 4)}/${(member.name.length * 37) % 400}`, attachmentId: null })
    }
  }

  for (const gate of spec.passed) {
    await decide({ on: gate.on, declined: gate.declined }, true)
    detail = await initiatives.advanceInitiative(ctx, collaborationId, id, { version: (await initiatives.getInitiative(ctx, collaborationId, id)).version, on: gate.on })
  }
  if (spec.current) {
    await decide(spec.current, false)
    detail = await initiatives.getInitiative(ctx, collaborationId, id)
    if (spec.current.dueOn) await initiatives.updateInitiative(ctx, collaborationId, id, { ...detail, gateDueOn: spec.current.dueOn })
  }
  for (const name of spec.joining ?? []) await initiatives.requestToJoin(ctx, collaborationId, id, memberIds.get(name)!, {})
  if (spec.status) {
    detail = await initiatives.getInitiative(ctx, collaborationId, id)
    await initiatives.changeStatus(ctx, collaborationId, id, { version: detail.version, ...spec.status })
  }
}

/** Norrbotten's initiatives in every phase of its process, and GVS12's programme on the joint-procurement model. */
export async function seedDemoInitiatives(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const membersOf = async (collaborationId: string) =>
    new Map((await db.query<{ id: string; name: string }>('select id, name from member where collaboration_id = $1', [collaborationId])).map((m) => [m.name, m.id]))
  const norrbotten = collaborations.get('EN')!
  const norrbottenMembers = await membersOf(norrbotten)
  for (const spec of NORRBOTTEN) await seedInitiative(ctx, norrbotten, norrbottenMembers, spec)

  const gvs = collaborations.get('GVS')!
  const procurementModel = await adoptTemplate(db, ctx, gvs, 'joint_procurement', false)
  await seedInitiative(ctx, gvs, await membersOf(gvs), GVS12_INITIATIVE, procurementModel)
}
