import type { DocumentType, Gate, ProcessDefinition } from './processes.schema'

/**
 * The process models Samverka ships (SPEC §3.3). A collaboration works on its own copy; these are the
 * starting points. Texts paraphrase the sources (seed 004 for Norrbotten, chapters 5–8 of seed 003 for
 * the guide, seed 002 for the GVS12 programme).
 */

type Field = DocumentType['fields'][number]
const field = (key: string, labelSv: string, labelEn: string, kind: Field['kind'] = 'textarea', required = false): Field => ({ key, labelSv, labelEn, kind, required })
const doc = (key: string, nameSv: string, nameEn: string, fields: Field[]): DocumentType => ({ key, nameSv, nameEn, fields })
// No shipped gate requires baselines: a collaboration turns it on in its own model (the demo's history was built without it).
const gate = (nameSv: string, nameEn: string, decisionKinds: string[], requiresMemberDecisions: boolean, requiredDocuments: string[], requiresBaselines = false): Gate => ({
  nameSv,
  nameEn,
  decisionKinds,
  requiresMemberDecisions,
  minParticipants: 2,
  requiresBaselines,
  requiredDocuments,
})

// Fields that recur in directive-like documents.
const purpose = field('purpose', 'Syfte och mål', 'Purpose and goals', 'textarea', true)
const scope = field('scope', 'Omfattning och avgränsning', 'Scope and limits')
const budget = field('budget', 'Budget (kr)', 'Budget (SEK)', 'amount')
const timeline = field('timeline', 'Tidplan', 'Timeline')
const parties = field('parties', 'Parter', 'Parties', 'textarea', true)
const signedOn = field('signed_on', 'Undertecknad', 'Signed on', 'date')

export interface ProcessTemplate {
  key: string
  nameSv: string
  nameEn: string
  description: string
  definition: ProcessDefinition
}

const norrbotten: ProcessTemplate = {
  key: 'norrbotten',
  nameSv: 'Norrbottens huvudprocess',
  nameEn: 'Norrbotten main process',
  description: 'Sex delprocesser från idé till förvaltning, med styrande dokument och beslut i varje steg.',
  definition: {
    phases: [
      {
        key: 'idea',
        nameSv: 'Kvalificering av idé',
        nameEn: 'Idea qualification',
        description: 'Kommunerna får stöd i behovsanalys, kartläggning och idéutveckling inför en gemensam förstudie.',
        principles: 'Få kommuner kan samverka; stor flexibilitet och utrymme för nytänkande.',
        organisation: 'Löst sammansatt grupp som arbetar i workshoppar.',
        financing: 'Kommunerna bidrar med egen tid; extern kompetens betalas av de deltagande kommunerna.',
        staffing: 'Samordnaren leder workshoppar, håller ihop processen och stöttar behovsinventering och kartläggning.',
        documentTypes: [
          doc('needs_inventory', 'Behovsinventering', 'Needs inventory', [
            field('need', 'Behov', 'Need', 'textarea', true),
            field('affected_services', 'Berörda verksamheter', 'Services affected'),
            field('expected_benefit', 'Förväntad nytta', 'Expected benefit', 'textarea', true),
          ]),
          doc('workshop_notes', 'Workshopdokumentation', 'Workshop notes', [field('held_on', 'Datum', 'Date', 'date', true), field('participants', 'Deltagare', 'Participants'), field('conclusions', 'Slutsatser', 'Conclusions', 'textarea', true)]),
        ],
        gate: gate('Starta förstudie', 'Start a pre-study', ['start_pre_study'], false, ['needs_inventory']),
      },
      {
        key: 'pre_study',
        nameSv: 'Förstudie',
        nameEn: 'Pre-study',
        description: 'En gemensam utredning under nämnden utifrån ett direktiv med budget, mål och aktiviteter.',
        principles: 'Strukturerat arbete efter direktiv och plan; gemensam utredning, analys och prövning av idén.',
        organisation: 'Projektgrupp med övergripande projektledare; styrgrupp.',
        financing: 'De deltagande kommunerna betalar, med egen personal eller köpt kompetens; kostnaderna delas efter folkmängd.',
        staffing: 'Bemannas av kommunernas egna resurser; projektledaren kommer från en kommun eller köps in.',
        documentTypes: [
          doc('pre_study_directive', 'Förstudiedirektiv', 'Pre-study directive', [purpose, scope, budget, timeline]),
          doc('agreement', 'Överenskommelse', 'Agreement', [parties, field('commitments', 'Åtaganden', 'Commitments', 'textarea', true), signedOn]),
          doc('resource_contract', 'Resurskontrakt', 'Resource contract', [field('resources', 'Resurser per kommun', 'Resources per member', 'textarea', true), field('hours', 'Timmar', 'Hours', 'number')]),
          doc('pre_study_report', 'Förstudierapport', 'Pre-study report', [
            field('summary', 'Sammanfattning', 'Summary', 'textarea', true),
            field('alternatives', 'Alternativ', 'Alternatives'),
            field('recommendation', 'Rekommendation', 'Recommendation', 'textarea', true),
            field('estimated_cost', 'Beräknad kostnad (kr)', 'Estimated cost (SEK)', 'amount'),
          ]),
        ],
        gate: gate('Beslut om utvecklingsprojekt', 'Decision on a development project', ['start_project'], true, ['pre_study_report']),
      },
      {
        key: 'project',
        nameSv: 'Utvecklingsprojekt',
        nameEn: 'Development project',
        description: 'Kommunerna lämnar uppdraget och nämnden accepterar det; projektet kan leda fram till en gemensam upphandling.',
        principles: 'Arbete efter direktiv och plan, en tydlig målbild, tydliga krav på leveranserna och ett långsiktigt åtagande.',
        organisation: 'Projektledare och projektgrupp, delprojektledare i varje kommun, arbets- och expertgrupper, styrgrupp, referensgrupp.',
        financing: 'Enligt överenskommelsen, med egen personal eller köpt kompetens; kostnaderna delas efter folkmängd.',
        staffing: 'Kommunernas egna resurser; projektledare från en kommun eller köpt; experter kan avropas.',
        documentTypes: [
          doc('project_directive', 'Projektdirektiv', 'Project directive', [purpose, scope, budget, timeline]),
          doc('communication_plan', 'Kommunikationsplan', 'Communication plan', [field('audiences', 'Målgrupper', 'Audiences', 'textarea', true), field('channels', 'Kanaler', 'Channels')]),
          doc('letter_of_intent', 'Avsiktsförklaring', 'Letter of intent', [parties, field('intent', 'Avsikt', 'Intent', 'textarea', true), signedOn]),
          doc('project_plan', 'Projektplan', 'Project plan', [
            field('goals', 'Mål', 'Goals', 'textarea', true),
            field('deliveries', 'Leveranser', 'Deliveries', 'textarea', true),
            field('organisation', 'Organisation', 'Organisation'),
            budget,
            timeline,
            field('risks', 'Risker', 'Risks'),
          ]),
          doc('guarantee_commitment', 'Garantiåtagande', 'Guarantee commitment', [parties, field('guaranteed_amount', 'Garanterat belopp (kr)', 'Guaranteed amount (SEK)', 'amount', true), field('cost_key', 'Fördelningsnyckel', 'Cost key', 'text', true)]),
        ],
        gate: gate('Beslut om upphandling', 'Decision to procure', ['procure'], true, ['project_plan', 'guarantee_commitment']),
      },
      {
        key: 'realisation',
        nameSv: 'Realisering',
        nameEn: 'Realisation',
        description: 'Upphandlingen görs i en av kommunerna med upphandlare därifrån, med garantiåtagandena som grund.',
        principles: 'Som i utvecklingsprojektet, och med garantiåtaganden från kommunerna.',
        organisation: 'Upphandlare, projektledare, expertgrupper, arbetsgrupp.',
        financing: 'Enligt överenskommelsen; kostnaderna delas efter folkmängd.',
        staffing: 'Kommunernas egna resurser; upphandlaren kommer från den upphandlande kommunen.',
        documentTypes: [
          doc('procurement_checklist', 'Checklista upphandling', 'Procurement checklist', [field('procuring_member', 'Upphandlande kommun', 'Procuring member', 'text', true), field('checked', 'Kontrollerade punkter', 'Points checked', 'textarea', true)]),
          doc('tender_documents', 'Förfrågningsunderlag', 'Tender documents', [field('requirements', 'Krav', 'Requirements', 'textarea', true), field('published_on', 'Annonserad', 'Published on', 'date'), field('estimated_value', 'Uppskattat värde (kr)', 'Estimated value (SEK)', 'amount')]),
        ],
        gate: gate('Tilldelning och uppdrag att samordna införande', 'Award and assignment to coordinate the introduction', ['award', 'accept_introduction'], false, ['procurement_checklist', 'tender_documents']),
      },
      {
        key: 'introduction',
        nameSv: 'Införande',
        nameEn: 'Introduction',
        description: 'Ett gemensamt införandeprojekt under nämnden; varje kommun har en egen lokal införandeorganisation. Förvaltningsplanen tas fram.',
        principles: 'Arbete efter direktiv och införandeplan, tydlig målbild och leveranskrav, långsiktigt åtagande för förvaltningen.',
        organisation: 'Central och lokal: projektledare och projektgrupp, delprojektledare per kommun, arbets- och expertgrupper, styrgrupp.',
        financing: 'Projektkostnader delas efter folkmängd; förvaltningskostnader enligt beslut.',
        staffing: 'Kommunernas resurser; projektledare från en kommun, köpt eller anställd genom särskilt beslut.',
        documentTypes: [
          doc('introduction_plan', 'Införandeplan', 'Introduction plan', [field('waves', 'Etapper och kommuner', 'Waves and members', 'textarea', true), timeline]),
          doc('validation_plan', 'Valideringsplan', 'Validation plan', [field('tests', 'Tester', 'Tests', 'textarea', true), field('delivery_accepted_on', 'Leveransgodkännande', 'Delivery accepted on', 'date')]),
          doc('training_plan', 'Utbildningsplan', 'Training plan', [field('audiences', 'Målgrupper', 'Audiences', 'textarea', true), timeline]),
          doc('manuals', 'Manualer och rutiner', 'Manuals and routines', [field('contents', 'Innehåll', 'Contents', 'textarea', true)]),
          doc('introduction_checklist', 'Checklista införande', 'Introduction checklist', [field('checked', 'Kontrollerade punkter', 'Points checked', 'textarea', true)]),
          doc('management_plan', 'Förvaltningsplan', 'Management plan', [field('organisation', 'Förvaltningsorganisation', 'Management organisation', 'textarea', true), field('cost_key', 'Finansieringsmodell', 'Financing model', 'text', true), budget]),
        ],
        gate: gate('Beslut om gemensam förvaltning', 'Decision on joint management', ['accept_management'], true, ['validation_plan', 'management_plan']),
      },
      {
        key: 'management',
        nameSv: 'Förvaltning',
        nameEn: 'Management',
        description: 'Nämnden följer upp och förvaltar avtalen; en lösning förvaltas gemensamt när kommunerna gett nämnden det uppdraget.',
        principles: 'Förvaltningsplanen, samverkansavtalet och övriga överenskommelser för förvaltningen följs.',
        organisation: 'Utsedd förvaltningsorganisation, resurser i kommunerna, styrgrupp.',
        financing: 'Enligt beslut som regleras i garantiåtagandet och övriga överenskommelser.',
        staffing: 'Förvaltningsledare och annan personal som kommunerna finansierar gemensamt.',
        documentTypes: [
          doc('management_agreement', 'Samverkansavtal för förvaltning', 'Management agreement', [parties, field('term', 'Avtalstid', 'Term', 'text', true), field('ends_on', 'Avtalet löper ut', 'Contract ends on', 'date')]),
        ],
        gate: gate('Beslut om nytt projekt eller ej vid avtalsslut', 'New project or not at contract end', ['strategic_decision'], false, []),
      },
    ],
  },
}

const guide: ProcessTemplate = {
  key: 'collaboration_process',
  nameSv: 'Samverkansprocessen',
  nameEn: 'The collaboration process',
  description: 'Guidens fyra steg: identifiera behov, beskriva och bedöma, etablera och genomföra samverkan, med nyttorealisering genom alla steg.',
  definition: {
    phases: [
      {
        key: 'identify_need',
        nameSv: 'Identifiera behov av samverkan',
        nameEn: 'Identify the need',
        description: 'Parterna formar tillsammans en tydlig idé: varför, om vad och med vem de ska samverka.',
        principles: 'Enighet om varför, vad och med vem innan arbetet går vidare.',
        organisation: 'De intresserade parterna.',
        financing: 'Varje part står för sin egen tid.',
        staffing: '',
        documentTypes: [
          doc('collaboration_idea', 'Samverkansidé', 'Collaboration idea', [field('why', 'Varför', 'Why', 'textarea', true), field('what', 'Vad', 'What', 'textarea', true), field('with_whom', 'Med vem', 'With whom', 'textarea', true)]),
        ],
        gate: gate('Beslut att beskriva och bedöma', 'Decision to describe and assess', ['start_pre_study'], false, ['collaboration_idea']),
      },
      {
        key: 'describe_assess',
        nameSv: 'Beskriva och bedöma',
        nameEn: 'Describe and assess',
        description: 'Kan drivas som en förstudie: ett önskat läge beskrivs och ett beslutsunderlag tas fram.',
        principles: 'Nyttorealisering från början: effektmål som går att följa upp.',
        organisation: 'Förstudie med representanter för parterna.',
        financing: 'Enligt överenskommelse mellan parterna.',
        staffing: '',
        documentTypes: [
          doc('target_state', 'Börläge', 'Target state', [
            field('motive', 'Motiv', 'Motive', 'textarea', true),
            field('effect_goals', 'Effektmål och nyttor', 'Effect goals and benefits', 'textarea', true),
            field('tasks', 'Ansvar och uppgifter', 'Responsibilities and tasks'),
            field('legal_form', 'Samverkansform', 'Legal form', 'text'),
            field('governance', 'Styrning', 'Governance'),
            field('financing_model', 'Finansieringsmodell', 'Financing model'),
          ]),
          doc('decision_basis', 'Beslutsunderlag', 'Decision basis', [field('costs', 'Kostnader (kr)', 'Costs (SEK)', 'amount', true), field('risks', 'Risker', 'Risks', 'textarea', true), field('alternatives', 'Handlingsalternativ', 'Alternatives')]),
        ],
        gate: gate('Beslut att etablera samverkan', 'Decision to establish the collaboration', ['strategic_decision'], true, ['target_state', 'decision_basis']),
      },
      {
        key: 'establish',
        nameSv: 'Etablera samverkan',
        nameEn: 'Establish',
        description: 'Praktiska förberedelser: avtal, styrning, personal, rutiner för planering och uppföljning.',
        principles: 'Etableringen ger ingen nytta i sig men är en nödvändig investering.',
        organisation: 'Etableringsprojekt.',
        financing: 'Enligt beslutet att etablera.',
        staffing: '',
        documentTypes: [
          doc('collaboration_agreement', 'Samverkansavtal', 'Collaboration agreement', [parties, field('terms', 'Villkor', 'Terms', 'textarea', true), signedOn]),
          doc('establishment_plan', 'Etableringsplan', 'Establishment plan', [field('activities', 'Aktiviteter', 'Activities', 'textarea', true), timeline]),
        ],
        gate: gate('Samverkan startar', 'The collaboration starts', ['accept_assignment'], false, ['collaboration_agreement']),
      },
      {
        key: 'run',
        nameSv: 'Genomföra samverkan',
        nameEn: 'Run',
        description: 'Det löpande arbetet: strategisk planering, årlig planering, genomförande och uppföljning.',
        principles: 'Planera längre än ett år, med framförhållning så att varje medlem hinner besluta.',
        organisation: 'Enligt samverkansavtalet.',
        financing: 'Enligt finansieringsmodellen.',
        staffing: '',
        documentTypes: [doc('benefits_follow_up', 'Nyttouppföljning', 'Benefits follow-up', [field('realised', 'Realiserade nyttor', 'Benefits realised', 'textarea', true)])],
        gate: null,
      },
    ],
  },
}

const jointProcurement: ProcessTemplate = {
  key: 'joint_procurement',
  nameSv: 'Gemensam upphandling och införande',
  nameEn: 'Joint procurement and rollout',
  description: 'Kravställning, upphandling, mallkommun, införande i etapper och gemensam förvaltning, som i GVS12.',
  definition: {
    phases: [
      {
        key: 'requirements',
        nameSv: 'Kravställning',
        nameEn: 'Requirements',
        description: 'Gemensam kravspecifikation efter omvärldsanalys och leverantörsvisningar.',
        principles: 'Ett standardsystem; samma tolkning av kraven hos kund och leverantör.',
        organisation: 'Övergripande projektledare, projektledare i varje kommun, arbetsgrupper.',
        financing: '',
        staffing: '',
        documentTypes: [
          doc('project_order', 'Projektbeställning', 'Project order', [purpose, field('effect_goals', 'Effektmål', 'Effect goals', 'textarea', true), field('project_goals', 'Projektmål', 'Project goals')]),
          doc('requirements_spec', 'Kravspecifikation', 'Requirements specification', [field('requirements', 'Krav (ska/bör)', 'Requirements (must/should)', 'textarea', true), field('approved_on', 'Godkänd', 'Approved on', 'date')]),
        ],
        gate: gate('Beslut om upphandling', 'Decision to procure', ['procure'], true, ['requirements_spec']),
      },
      {
        key: 'procurement',
        nameSv: 'Upphandling',
        nameEn: 'Procurement',
        description: 'Frågeunderlag, leverantörsdialog och upphandling fram till tilldelning.',
        principles: '',
        organisation: 'Upphandlare och projektledning.',
        financing: '',
        staffing: '',
        documentTypes: [
          doc('tender_documents', 'Förfrågningsunderlag', 'Tender documents', [field('requirements', 'Krav', 'Requirements', 'textarea', true), field('published_on', 'Annonserad', 'Published on', 'date')]),
          doc('evaluation_report', 'Utvärderingsrapport', 'Evaluation report', [field('result', 'Resultat', 'Result', 'textarea', true), field('supplier', 'Vinnande leverantör', 'Winning supplier', 'text', true)]),
        ],
        gate: gate('Tilldelning', 'Award', ['award'], false, ['tender_documents', 'evaluation_report']),
      },
      {
        key: 'template_municipality',
        nameSv: 'Mallkommun',
        nameEn: 'Template municipality',
        description: 'Processer, rutiner och utbildningsmaterial prövas i en mallkommun innan de sprids.',
        principles: 'Pröva i mallen först; samma arbetssätt i alla kommuner.',
        organisation: 'Mallkommun, arbetsgrupper per verksamhetsområde.',
        financing: '',
        staffing: '',
        documentTypes: [
          doc('processes', 'Processer och rutiner', 'Processes and routines', [field('contents', 'Innehåll', 'Contents', 'textarea', true)]),
          doc('training_material', 'Utbildningsmaterial', 'Training material', [field('contents', 'Innehåll', 'Contents', 'textarea', true)]),
        ],
        gate: gate('Mallen godkänd för utrullning', 'Template approved for rollout', ['strategic_decision'], false, ['processes', 'training_material']),
      },
      {
        key: 'rollout',
        nameSv: 'Införande i etapper',
        nameEn: 'Rollout in waves',
        description: 'Kommunerna går i drift etapp för etapp.',
        principles: 'Förändringsledning i varje kommun, samordnad med projektet.',
        organisation: 'Införandeprojekt per etapp.',
        financing: '',
        staffing: '',
        documentTypes: [doc('wave_plan', 'Etappplan', 'Wave plan', [field('waves', 'Etapper, kommuner och driftstart', 'Waves, members and go-live', 'textarea', true)])],
        gate: gate('Beslut om gemensam förvaltning', 'Decision on joint management', ['accept_management'], true, ['wave_plan']),
      },
      {
        key: 'management',
        nameSv: 'Förvaltning',
        nameEn: 'Management',
        description: 'En eller flera gemensamma systemförvaltningsorganisationer.',
        principles: '',
        organisation: 'Systemförvaltning.',
        financing: '',
        staffing: '',
        documentTypes: [doc('management_plan', 'Förvaltningsplan', 'Management plan', [field('organisation', 'Förvaltningsorganisation', 'Management organisation', 'textarea', true)])],
        gate: null,
      },
    ],
  },
}

export const PROCESS_TEMPLATES: readonly ProcessTemplate[] = [norrbotten, guide, jointProcurement]
export const DEFAULT_TEMPLATE_KEY = 'norrbotten'

/** A new collaboration's default model: Norrbotten's phases, under a name that is not any one collaboration's. */
export const DEFAULT_MODEL_NAME = { nameSv: 'Standardprocess för gemensam utveckling', nameEn: 'Standard process for joint development' } as const
