import type { Database, Queryable } from '../src/server/db/database'
import { GENESIS_HASH, hashAuditRow, type AuditContent } from '../src/modules/audit'
import { memberDecisionReasonOf } from '../src/modules/governance'
import { HOST_RULE } from '../src/modules/governance'
import { appealPeriodEnds } from '../src/modules/meetings'
import { DEFAULT_CASE_NUMBER_FORMAT, formatCaseNumber } from '../src/modules/registry'
import { defaultTimetable } from '../src/modules/planning'
import { DEFAULT_MODEL_NAME, DEFAULT_TEMPLATE_KEY, PROCESS_TEMPLATES } from '../src/modules/processes'
import type { DocumentType, ProcessDefinition } from '../src/modules/processes'
import { AREAS } from '../src/shared/initiatives'
import { LEGAL_FORMS, type LegalForm } from '../src/shared/roles'
import { buildUsers, chooseMembers, groupByCounty, membership, random, themes, type Organisation, type Random } from './data-set'

/**
 * The national data set of issue 15: about 50 collaborations, three of them of all 311 municipalities and
 * regions holding 20, 200 and 2 000 initiatives, each with governance, the shipped process model,
 * initiatives taken through their gates (documents, body and member decisions, timeline), cases with
 * register entries, board meetings with §§ and posted minutes, budgets with cost lines and actual costs,
 * and a closed planning round with ballots. Written as the app would have left it, with plain batched SQL
 * and no audit rows (loading speed matters here, not the history). Deterministic for a seed, ids included.
 */
export interface NationalDataSet {
  collaborations: number
  /** Coordinator of the three targets (password BENCH_PASSWORD). */
  coordinatorEmail: string
  /** Member representative of each target's `memberId`. */
  representativeEmail: string
  /** Rows per table. */
  counts: Record<string, number>
  /** Time spent building the rows in memory, writing them, and analysing the tables. */
  seconds: { build: number; write: number; analyze: number }
  /** The three collaborations of all 311 organisations, by initiative count. */
  big: Target
  medium: Target
  small: Target
}

export interface Target {
  collaborationId: string
  initiatives: number
  /** An initiative with many participants at a gate that needs member decisions, some still pending. */
  initiativeId: string
  /** A municipality taking part in many initiatives. */
  memberId: string
  /** The closed planning round, with results. */
  roundId: string
  /** A year with adopted budgets (and so an invoice basis). */
  year: number
  /** A held board meeting whose minutes are posted. */
  meetingId: string
  caseId: string
}

const TODAY = '2026-12-07'
const LAST_DAY = '2026-12-06'
const MINUTES_KEPT_FROM = '2024-01-01'
const BUDGET_YEARS = [2021, 2022, 2023, 2024, 2025, 2026]
const POPULATION_YEAR = 2024
const CLERK = 'Bänkgeneratorn'

const SCALES = {
  national: { collaborations: 50, users: 300, initiatives: 20_000, targets: [2000, 200, 20] },
  small: { collaborations: 6, users: 30, initiatives: 300, targets: [100, 40, 10] },
}

type Row = unknown[]

/** Every table the generator writes, in an order the foreign keys accept. */
const TABLES = {
  collaboration: ['id', 'name', 'prefix', 'legal_form', 'description', 'host_member_id'],
  member: ['id', 'collaboration_id', 'kind', 'organisation_code', 'name', 'joined_on', 'left_on'],
  app_user: ['id', 'email', 'name', 'password_hash'],
  role_assignment: ['collaboration_id', 'user_id', 'role', 'member_id'],
  decision_kind: ['id', 'collaboration_id', 'key', 'name_sv', 'name_en', 'binding', 'requires_member_decisions', 'sort_order'],
  process_model: ['id', 'collaboration_id', 'lineage_id', 'version', 'template_key', 'name_sv', 'name_en', 'description', 'definition', 'is_default', 'created_by_name', 'created_at'],
  body: ['id', 'collaboration_id', 'name', 'kind', 'purpose', 'meeting_cadence', 'escalates_to_body_id', 'minutes_kept_from'],
  body_mandate: ['body_id', 'decision_kind_id', 'mandate'],
  body_seat: ['id', 'body_id', 'person_name', 'seat_role', 'member_id', 'position', 'term_start', 'term_end', 'user_id', 'substitute_order'],
  initiative: ['id', 'collaboration_id', 'process_model_id', 'title', 'need', 'description', 'areas', 'proposing_member_id', 'project_manager', 'status', 'status_reason', 'phase_key', 'phase_entered_on', 'gate_due_on', 'registered_on', 'ended_on'],
  initiative_participant: ['id', 'initiative_id', 'member_id', 'state', 'requested_on', 'joined_at_phase', 'joined_on', 'left_at_phase', 'left_on', 'leave_reason'],
  initiative_document: ['id', 'initiative_id', 'type_key', 'phase_key'],
  initiative_document_version: ['id', 'document_id', 'number', 'values', 'final', 'created_by_name', 'created_at'],
  case: ['id', 'collaboration_id', 'year', 'seq', 'number', 'title', 'description', 'status', 'preparing_body_id', 'deciding_body_id', 'initiative_id', 'confidential', 'confidentiality_ground', 'registered_on', 'proposed_decision'],
  case_number_counter: ['collaboration_id', 'year', 'last_seq'],
  register_entry: ['id', 'case_id', 'seq', 'registered_on', 'direction', 'counterpart', 'description', 'confidential', 'confidentiality_ground', 'registered_by_name'],
  meeting: ['id', 'collaboration_id', 'body_id', 'starts_at', 'ends_at', 'place', 'status', 'notice_sent_at', 'chair_user_id', 'adjuster_user_ids', 'secretary_name', 'published_on', 'appeal_ends_on', 'held_at'],
  agenda_item: ['id', 'meeting_id', 'position', 'case_id', 'title', 'paragraph', 'outcome', 'wording'],
  paragraph_counter: ['body_id', 'year', 'last_paragraph'],
  meeting_attendance: ['id', 'meeting_id', 'person_name', 'member_id', 'seat_role', 'position', 'serving_for', 'present'],
  minutes_approval: ['meeting_id', 'role', 'user_id', 'name', 'approved_at'],
  decision: ['id', 'collaboration_id', 'initiative_id', 'phase_key', 'phase_entry', 'decision_kind_id', 'body_id', 'member_id', 'decided_on', 'outcome', 'conditions', 'reference', 'meeting_item_id', 'recorded_by_name', 'recorded_at'],
  initiative_event: ['initiative_id', 'kind', 'phase_key', 'occurred_on', 'details', 'decision_ids', 'actor_name', 'recorded_at'],
  cost_key: ['id', 'collaboration_id', 'lineage_id', 'version_no', 'name', 'description', 'kind', 'population_year', 'created_by_name', 'created_at'],
  budget: ['id', 'collaboration_id', 'initiative_id', 'year', 'status', 'adopted_on', 'note', 'adoption_reference', 'adoption_external', 'adoption_recorded_by_name'],
  budget_event: ['id', 'budget_id', 'kind', 'at', 'by_name', 'decided_on', 'reference', 'external'],
  cost_line: ['id', 'budget_id', 'category', 'description', 'amount_ore', 'cost_key_id', 'paid_in_advance', 'position'],
  actual_cost: ['id', 'cost_line_id', 'booked_on', 'amount_ore', 'description', 'recorded_by_name', 'recorded_at'],
  planning_round: ['id', 'collaboration_id', 'year', 'title', 'ballot_kind', 'points_per_member', 'method', 'weighting', 'min_members', 'budget_frame_ore', 'goals', 'adopted_on', 'adopted_reference'],
  planning_stage: ['round_id', 'key', 'starts_on'],
  proposal: ['id', 'round_id', 'number', 'title', 'need', 'expected_benefit', 'areas', 'estimated_cost_ore', 'estimated_effort_hours', 'proposing_member_id', 'it_supported', 'jurisdiction_intact', 'not_in_earlier_plan', 'screening', 'screening_reason', 'merged_into_id', 'invited_member_ids', 'outcome', 'plan_rank', 'submitted_by_name', 'submitted_at'],
  proposal_cosigner: ['proposal_id', 'member_id', 'signed_by_name', 'signed_at'],
  priority_ballot: ['round_id', 'member_id', 'points', 'submitted_by_name', 'submitted_at'],
  plan_approval: ['round_id', 'member_id', 'outcome', 'decided_on', 'reference', 'recorded_by_name'],
} satisfies Record<string, string[]>

type Table = keyof typeof TABLES

// --- dates (ISO days; string order is date order) ---
const DAY_MS = 86_400_000
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
const min = (a: string, b: string) => (a < b ? a : b)
const max = (a: string, b: string) => (a > b ? a : b)
const at = (day: string, time = '10:00:00') => `${day}T${time}Z`

/** UUIDs from a counter, so the same seed gives the same ids (version 4 and variant bits set, as validators expect). */
function idMaker(seed: number) {
  const prefix = (seed >>> 0).toString(16).padStart(8, '0')
  let n = 0
  return () => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`
}

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Mikael', 'Lena', 'Anders', 'Ingrid', 'Nils', 'Elin', 'Olof', 'Fatima', 'Ali', 'Sofia', 'Jonas']
const LAST = ['Lindqvist', 'Nilsson', 'Öberg', 'Berglund', 'Sandström', 'Holmberg', 'Lundgren', 'Wikström', 'Forsberg', 'Strand', 'Isaksson', 'Marklund', 'Eriksson', 'Hassan', 'Johansson']
const SUBJECTS = ['e-tjänster', 'e-arkiv', 'verksamhetssystem för socialtjänsten', 'digital nämndadministration', 'bredbandskartläggning', 'chattbot', 'IT-säkerhet', 'identitetshantering', 'skolplattform', 'välfärdsteknik', 'GIS', 'upphandling av telefoni', 'lönesystem', 'ekonomisystem', 'öppna data', 'digital signering', 'invånarportal', 'kontaktcenter', 'bygglov', 'trygghetslarm']
const KINDS_OF_WORK = ['gemensam lösning', 'samordnad upphandling', 'förstudie', 'regional samverkan', 'införande', 'gemensam förvaltning']
/** "E-arkiv – samordnad upphandling": subject first, so no Swedish adjective has to agree with it. */
const workTitle = (kind: string, subject: string) => `${subject[0]!.toUpperCase()}${subject.slice(1)} – ${kind}`
const CATEGORIES = ['staff', 'premises', 'consultants', 'licences', 'investment', 'operation', 'other'] as const
const GROUNDS = ['OSL 18 kap. 8 §', 'OSL 21 kap. 7 §', 'OSL 31 kap. 16 §']

/** A board decision at a gate taken as a § of a meeting: its § number is set when the meeting is written. */
interface GateItem {
  itemId: string
  initiativeId: string
  registeredOn: string
  title: string
  wording: string
  decision: Row
  event: Row
}

interface Member {
  id: string
  name: string
  kind: string
  code: string
  leftOn: string | null
}

interface Collaboration {
  id: string
  prefix: string
  name: string
  legalForm: LegalForm
  members: Member[]
  active: Member[]
  kinds: Map<string, { id: string; nameSv: string; nameEn: string; binding: boolean; requiresMemberDecisions: boolean }>
  modelId: string
  definition: ProcessDefinition
  boardId: string
  preparingId: string
  officeId: string
  /** Board meeting days from MINUTES_KEPT_FROM, every seven weeks. */
  meetingDays: string[]
  /** Agenda items (initiative gate decisions) per meeting day. */
  agenda: Map<string, GateItem[]>
  coordinatorId: string
  secretary: { id: string; name: string }
  chair: { id: string; name: string }
  adjuster: { id: string; name: string }
  caseSeq: Map<number, number>
  initiatives: number
}

export async function generateNationalDataSet(db: Database, options: { seed: number; scale?: 'national' | 'small' }): Promise<NationalDataSet> {
  const started = Date.now()
  const scale = SCALES[options.scale ?? 'national']
  const rnd = random(options.seed)
  const newId = idMaker(options.seed)
  const rows = Object.fromEntries([...Object.keys(TABLES), 'audit_log'].map((table) => [table, [] as Row[]])) as Record<Table | 'audit_log', Row[]>

  const organisations = await db.query<Organisation>('select code, kind, name, county_code, county_name from organisation order by code')
  if (organisations.length === 0) throw new Error('no reference data: call loadReferenceData first')
  const [existing] = await db.query("select 1 from collaboration where prefix = 'BN1'")
  if (existing) throw new Error('this database already holds a benchmark data set (collaboration BN1)')
  const defaultKinds = await db.query<{ key: string; name_sv: string; name_en: string; binding: boolean; requires_member_decisions: boolean; sort_order: number }>(
    'select key, name_sv, name_en, binding, requires_member_decisions, sort_order from default_decision_kind order by sort_order',
  )
  const template = PROCESS_TEMPLATES.find((t) => t.key === DEFAULT_TEMPLATE_KEY)!
  const counties = groupByCounty(organisations)

  const users = await buildUsers(scale.users, newId)
  rows.app_user = users.map((u) => [u.id, u.email, u.name, u.passwordHash])
  // bench-user-1 coordinates the three targets; bench-user-2 represents each target's busiest municipality.
  const [targetCoordinator, targetRepresentative] = users as [(typeof users)[number], (typeof users)[number]]
  let userCursor = 2
  const nextUser = () => users[userCursor++ % users.length]!

  // --- collaborations, members, roles, decision kinds, process model, governance ---
  const collaborations: Collaboration[] = []
  for (let i = 0; i < scale.collaborations; i++) {
    const target = i < 3
    const { label, chosen } = target ? { label: 'Sveriges kommuner och regioner', chosen: organisations } : chooseMembers(i - 3, counties, organisations, rnd)
    const legalForm: LegalForm = target ? (['ideell_forening', 'kommunalforbund', 'avtalssamverkan'] as const)[i]! : rnd.pick(LEGAL_FORMS)
    const id = newId()
    // About one in thirty has left (never in the three targets of all organisations).
    const members = chosen.map((o): Member => ({ id: newId(), name: o.name, kind: o.kind, code: o.code, leftOn: !target && membership(rnd).leftOn ? '2025-12-31' : null }))
    const joinedOn = `${rnd.int(2012, 2018)}-01-01`
    for (const m of members) rows.member.push([m.id, id, m.kind, m.code, m.name, joinedOn, m.leftOn])
    const active = members.filter((m) => m.leftOn === null)
    const host = HOST_RULE[legalForm] === 'none' ? null : (members.find((m) => m.kind === 'region') ?? members[0]!)
    const prefix = `BN${i + 1}`
    const name = `${label} ${target ? ['digitalisering', 'e-hälsa', 'gemensam upphandling'][i] : rnd.pick(themes)}`
    rows.collaboration.push([id, name, prefix, legalForm, `Benchmark-samverkan ${prefix} med ${members.length} medlemmar.`, host?.id ?? null])

    const kinds = new Map(defaultKinds.map((k) => [k.key, { id: newId(), nameSv: k.name_sv, nameEn: k.name_en, binding: k.binding, requiresMemberDecisions: k.requires_member_decisions }]))
    for (const k of defaultKinds) rows.decision_kind.push([kinds.get(k.key)!.id, id, k.key, k.name_sv, k.name_en, k.binding, k.requires_member_decisions, k.sort_order])
    const modelId = newId()
    rows.process_model.push([modelId, id, modelId, 1, template.key, DEFAULT_MODEL_NAME.nameSv, DEFAULT_MODEL_NAME.nameEn, template.description, JSON.stringify(template.definition), true, CLERK, at(joinedOn)])

    const coordinator = target ? targetCoordinator : nextUser()
    const secretary = nextUser()
    const chair = nextUser()
    const adjuster = nextUser()
    const seated = active.slice(0, 15)
    const roles: Row[] = [
      [id, coordinator.id, 'coordinator', null],
      [id, secretary.id, 'secretary', null],
      [id, chair.id, 'body_member', seated[0]!.id],
      [id, adjuster.id, 'body_member', seated[1]!.id],
      [id, nextUser().id, 'auditor', null],
      [id, nextUser().id, 'finance_officer', null],
      [id, nextUser().id, 'viewer', null],
    ]
    for (const m of rnd.sample(active, Math.min(3, active.length))) roles.push([id, nextUser().id, 'member_representative', m.id])
    rows.role_assignment.push(...roles)

    const boardId = newId()
    const preparingId = newId()
    const officeId = newId()
    rows.body.push(
      [boardId, id, 'Styrelsen', 'board', 'Beslutar om gemensam utveckling, budget och verksamhetsplan.', 'Var sjunde vecka', null, MINUTES_KEPT_FROM],
      [preparingId, id, 'Beredningsgruppen', 'preparing_group', 'Bereder ärenden inför styrelsen.', 'Varannan vecka', boardId, null],
      [officeId, id, 'Kansliet', 'programme_office', 'Samordnar arbetet och verkställer besluten.', 'Löpande', preparingId, null],
    )
    for (const k of defaultKinds) {
      const kindId = kinds.get(k.key)!.id
      if (k.key === 'operational_decision') rows.body_mandate.push([officeId, kindId, 'decides'])
      else rows.body_mandate.push([boardId, kindId, 'decides'], [preparingId, kindId, 'prepares'])
    }
    seated.forEach((m, s) => {
      const position = s === 0 ? 'chair' : s === 1 ? 'vice_chair' : null
      const userId = s === 0 ? chair.id : s === 1 ? adjuster.id : null
      rows.body_seat.push([newId(), boardId, s === 0 ? chair.name : s === 1 ? adjuster.name : person(rnd), 'ledamot', m.id, position, '2023-01-01', '2026-12-31', userId, null])
      rows.body_seat.push([newId(), boardId, person(rnd), 'ersattare', m.id, null, '2023-01-01', '2026-12-31', null, 1])
    })
    for (const m of active.slice(0, 40)) rows.body_seat.push([newId(), preparingId, person(rnd), 'ledamot', m.id, null, '2023-01-01', '2026-12-31', null, null])

    const meetingDays: string[] = []
    for (let day = '2024-01-17'; day <= '2026-11-25'; day = addDays(day, 49)) meetingDays.push(day)
    collaborations.push({
      id, prefix, name, legalForm, members, active, kinds, modelId, definition: template.definition, boardId, preparingId, officeId, meetingDays,
      agenda: new Map(meetingDays.map((day) => [day, []])), coordinatorId: coordinator.id, secretary, chair, adjuster, caseSeq: new Map(), initiatives: 0,
    })
  }

  // --- initiatives through their gates ---
  const spread = spreadInitiatives(collaborations, scale, rnd)
  const pinned = new Map<string, string>()
  for (const [c, collaboration] of collaborations.entries()) {
    collaboration.initiatives = spread[c]!
    for (let n = 0; n < spread[c]!; n++) {
      const id = generateInitiative(collaboration, n, c < 3 && n === 0, rows, rnd, newId)
      if (c < 3 && n === 0) pinned.set(collaboration.id, id)
    }
  }

  // --- cases, register, meetings with §§ and minutes ---
  for (const collaboration of collaborations) generateRecords(collaboration, rows, rnd, newId)
  // --- money and planning ---
  const populations = new Map((await db.query<{ code: string; population: number }>('select organisation_code as code, population from organisation_population where year = $1', [POPULATION_YEAR])).map((p) => [p.code, p.population]))
  const participants = new Map<string, number>()
  for (const p of rows.initiative_participant) if (p[3] === 'active') participants.set(p[1] as string, (participants.get(p[1] as string) ?? 0) + 1)
  for (const collaboration of collaborations) generateMoney(collaboration, rows, rnd, newId, populations, participants)
  const rounds = new Map<string, string>()
  collaborations.slice(0, Math.max(3, collaborations.length - 4)).forEach((collaboration) => rounds.set(collaboration.id, generatePlanningRound(collaboration, rows, rnd, newId, null)))
  const busiest = new Map<string, string>()
  for (const c of collaborations.slice(0, 3)) {
    const memberId = busiestMunicipality(c, rows)
    busiest.set(c.id, memberId)
    rows.role_assignment.push([c.id, targetRepresentative.id, 'member_representative', memberId])
    // Next year's round, open for priorities, which the representative's member has not handed in: its notifications.
    generatePlanningRound(c, rows, rnd, newId, memberId)
  }

  const built = Date.now()
  await db.transaction(async (tx) => {
    const types = await columnTypes(tx)
    for (const table of Object.keys(TABLES) as Table[]) await insertColumns(tx, table, TABLES[table], types, rows[table])
    // The § and its decision point at each other; the decisions were written after the items.
    await tx.query(
      `update agenda_item a set decision_id = d.id from decision d
       where d.meeting_item_id = a.id and d.collaboration_id = any($1::uuid[])`,
      [collaborations.map((c) => c.id)],
    )
    rows.audit_log = await appendAuditTrail(tx, rows)
  })
  const written = Date.now()
  await db.exec('analyze')

  const targets = await Promise.all(collaborations.slice(0, 3).map((c) => describeTarget(db, c, { initiativeId: pinned.get(c.id)!, roundId: rounds.get(c.id)!, memberId: busiest.get(c.id)! })))
  return {
    collaborations: collaborations.length,
    coordinatorEmail: targetCoordinator.email,
    representativeEmail: targetRepresentative.email,
    seconds: { build: (built - started) / 1000, write: (written - built) / 1000, analyze: (Date.now() - written) / 1000 },
    counts: Object.fromEntries([...(Object.keys(TABLES) as Table[]), 'audit_log' as const].map((table) => [table, rows[table].length])),
    big: targets[0]!,
    medium: targets[1]!,
    small: targets[2]!,
  }
}

function person(rnd: Random) {
  return `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`
}

/** The three targets get their fixed counts; the rest is spread over the others by size, at least five each. */
function spreadInitiatives(collaborations: Collaboration[], scale: (typeof SCALES)[keyof typeof SCALES], rnd: Random) {
  const rest = collaborations.slice(3)
  const remaining = scale.initiatives - scale.targets.reduce((a, b) => a + b, 0)
  const weights = rest.map((c) => Math.sqrt(c.active.length) * (0.5 + rnd.next()))
  const total = weights.reduce((a, b) => a + b, 0)
  return [...scale.targets, ...weights.map((w) => Math.max(5, Math.round((remaining * w) / total)))]
}

/** How many members take part: mostly a handful, sometimes a county's worth, now and then nearly everyone. */
function participantCount(rnd: Random, available: number) {
  const r = rnd.next()
  const n = r < 0.7 ? rnd.int(2, 6) : r < 0.92 ? rnd.int(7, 20) : r < 0.99 ? rnd.int(21, 60) : rnd.int(61, 311)
  return Math.min(n, available)
}

function documentValues(type: DocumentType, description: string, on: string) {
  return Object.fromEntries(
    type.fields.filter((f) => f.required).map((f) => [f.key, f.kind === 'date' ? on : f.kind === 'amount' ? 2_500_000 : f.kind === 'number' ? 120 : f.kind === 'text' ? 'Enligt överenskommelse' : description]),
  )
}

interface Participation {
  id: string
  member: Member
  state: 'invited' | 'joining' | 'active' | 'left'
  requestedOn: string
  joinedAtPhase: string | null
  joinedOn: string | null
  leftAtPhase: string | null
  leftOn: string | null
  leaveReason: string | null
}

/**
 * One initiative: registered, then through as many gates as its dates allow. Each passed gate has its final
 * documents, the board's decision (a § of a board meeting from the day minutes are kept here, otherwise a
 * paper reference) and, where the gate asks for them, every participant's decision; decliners leave there.
 * An active initiative may have its current gate under way: documents, some member decisions, a due date.
 */
function generateInitiative(c: Collaboration, n: number, pinned: boolean, rows: Record<Table | 'audit_log', Row[]>, rnd: Random, newId: () => string) {
  const phases = c.definition.phases
  const id = newId()
  const subject = rnd.pick(SUBJECTS)
  const title = `${workTitle(rnd.pick(KINDS_OF_WORK), subject)} ${n + 1}`
  const description = `Gemensamt arbete med ${subject} för de deltagande medlemmarna.`
  const registeredOn = pinned ? '2025-03-03' : addDays('2019-01-07', rnd.int(0, daysBetween('2019-01-07', '2026-11-20')))
  const chosen = pinned ? c.active.slice(0, Math.min(c.active.length, 180)) : rnd.sample(c.active, participantCount(rnd, c.active.length))
  const parts: Participation[] = chosen.map((member) => ({ id: newId(), member, state: 'active', requestedOn: registeredOn, joinedAtPhase: null, joinedOn: registeredOn, leftAtPhase: null, leftOn: null, leaveReason: null }))
  const events: Row[] = []
  const event = (kind: string, phaseKey: string, on: string, details: object, decisionIds: string[] = []) => events.push([id, kind, phaseKey, on, JSON.stringify(details), decisionIds, CLERK, at(on, '12:00:00')])
  event('registered', phases[0]!.key, registeredOn, { participants: parts.map((p) => p.member.name) })
  if (!pinned && rnd.next() < 0.03) {
    const invited = c.active.find((m) => !chosen.includes(m))
    if (invited) {
      parts.push({ id: newId(), member: invited, state: 'invited', requestedOn: registeredOn, joinedAtPhase: null, joinedOn: null, leftAtPhase: null, leftOn: null, leaveReason: null })
      event('invited', phases[0]!.key, registeredOn, { invited: [invited.name] })
    }
  }

  const documents = new Map<string, { id: string; versions: number }>()
  const saveDocument = (type: DocumentType, phaseKey: string, on: string, final: boolean) => {
    let doc = documents.get(type.key)
    if (!doc) {
      doc = { id: newId(), versions: 0 }
      documents.set(type.key, doc)
      rows.initiative_document.push([doc.id, id, type.key, phaseKey])
    }
    doc.versions++
    rows.initiative_document_version.push([newId(), doc.id, doc.versions, JSON.stringify(documentValues(type, description, on)), final, CLERK, at(on, '09:00:00')])
    event('document_version', phaseKey, on, { document: type.nameSv, documentEn: type.nameEn, number: doc.versions, final })
  }
  const decide = (phaseKey: string, kindKey: string, decider: { bodyId: string | null; member: Member | null }, on: string, outcome: string, reference: string, meetingItemId: string | null = null) => {
    const kind = c.kinds.get(kindKey)!
    const decisionId = newId()
    const row = [decisionId, c.id, id, phaseKey, 1, kind.id, decider.bodyId, decider.member?.id ?? null, on, outcome, '', reference, meetingItemId, CLERK, at(on, '15:00:00')]
    rows.decision.push(row)
    event('decision_recorded', phaseKey, on, { decider: decider.member?.name ?? 'Styrelsen', outcome, kind: kind.nameSv, kindEn: kind.nameEn, reference }, [decisionId])
    return { id: decisionId, row, event: events.at(-1)! }
  }
  const current = () => parts.filter((p) => p.state === 'active' || p.state === 'joining')
  const mustDecide = (kindKeys: string[], gateSays: boolean) => gateSays || kindKeys.some((key) => memberDecisionReasonOf(c.legalForm, c.kinds.get(key)!) !== null)

  let phaseIndex = 0
  let enteredOn = registeredOn
  let status = 'active'
  let statusReason = ''
  let endedOn: string | null = null
  let gateDueOn: string | null = null
  const wanted = pinned ? 1 : (() => {
    const r = rnd.next()
    return r < 0.2 ? 0 : r < 0.42 ? 1 : r < 0.64 ? 2 : r < 0.82 ? 3 : r < 0.94 ? 4 : r < 0.99 ? 5 : 6
  })()
  while (phaseIndex < wanted) {
    const phase = phases[phaseIndex]!
    const gate = phase.gate!
    let on = addDays(enteredOn, rnd.int(40, 280))
    let meetingDay: string | null = null
    if (on >= MINUTES_KEPT_FROM) {
      meetingDay = c.meetingDays.find((day) => day >= on) ?? null
      if (!meetingDay) break
      on = meetingDay
    }
    if (on > '2026-11-30') break
    // Documents: the required ones final (a draft first now and then), other types of the phase sometimes drafted.
    for (const type of phase.documentTypes) {
      const required = gate.requiredDocuments.includes(type.key)
      if (required && rnd.next() < 0.3) saveDocument(type, phase.key, max(enteredOn, addDays(on, -rnd.int(30, 60))), false)
      if (required || rnd.next() < 0.4) saveDocument(type, phase.key, max(enteredOn, addDays(on, -rnd.int(5, 25))), required)
    }
    // Members first (their assemblies decide before the board's meeting), then the board.
    const atGate: string[] = []
    if (mustDecide(gate.decisionKinds, gate.requiresMemberDecisions)) {
      const deciders = current()
      for (const p of deciders) {
        const declines = deciders.length > 3 && rnd.next() < 0.04
        const decidedOn = max(enteredOn, addDays(on, -rnd.int(1, 40)))
        atGate.push(decide(phase.key, gate.decisionKinds[0]!, { bodyId: null, member: p.member }, decidedOn, declines ? 'reject' : 'approve', `KS ${decidedOn.slice(0, 4)}/${rnd.int(10, 450)}`).id)
        if (declines) Object.assign(p, { state: 'left', leftAtPhase: phase.key, leftOn: on, leaveReason: 'declined' })
      }
    }
    const agendaItems = meetingDay ? c.agenda.get(meetingDay)! : null
    for (const kindKey of gate.decisionKinds) {
      const itemId = agendaItems ? newId() : null
      const decision = decide(phase.key, kindKey, { bodyId: c.boardId, member: null }, on, 'approve', agendaItems ? '§' : paperMinutesReference(on), itemId)
      atGate.push(decision.id)
      const kindName = c.kinds.get(kindKey)!.nameSv
      if (itemId) agendaItems!.push({ itemId, initiativeId: id, registeredOn, title: `${kindName}: ${title}`, wording: `Styrelsen beslutar ${kindName.toLowerCase()} för ${title}.`, decision: decision.row, event: decision.event })
    }
    for (const p of parts.filter((p) => p.state === 'left' && p.leftOn === on)) event('participant_left', phase.key, on, { member: p.member.name, gate: gate.nameSv, gateEn: gate.nameEn })
    for (const p of parts.filter((p) => p.state === 'joining')) {
      Object.assign(p, { state: 'active', joinedAtPhase: phase.key, joinedOn: on })
      event('participant_joined', phase.key, on, { member: p.member.name, gate: gate.nameSv, gateEn: gate.nameEn })
    }
    const remaining = current().map((p) => p.member.name)
    const next = phases[phaseIndex + 1]
    if (next) {
      event('gate_passed', phase.key, on, { gate: gate.nameSv, gateEn: gate.nameEn, to: next.key, remaining }, atGate)
      event('phase_entered', next.key, on, { to: next.key })
      phaseIndex++
      enteredOn = on
    } else {
      event('completed', phase.key, on, { gate: gate.nameSv, gateEn: gate.nameEn, remaining }, atGate)
      status = 'completed'
      statusReason = gate.nameSv
      endedOn = on
      break
    }
  }

  const phase = phases[phaseIndex]!
  if (status === 'active' && !pinned) {
    const r = rnd.next()
    if (r < 0.07 || r > 0.95) {
      status = r < 0.07 ? 'paused' : 'stopped'
      statusReason = status === 'paused' ? 'Pausat i väntan på resurser.' : 'Stoppat: behovet möts av en nationell lösning.'
      const on = min(LAST_DAY, addDays(enteredOn, rnd.int(10, 200)))
      if (status === 'stopped') endedOn = on
      event('status_changed', phase.key, on, { status, reason: statusReason })
    }
  }
  if (status === 'active' && phase.gate && (pinned || rnd.next() < 0.7)) {
    // The current gate under way: documents, maybe the board, some members (a due date when members decide).
    const gate = phase.gate
    const upTo = LAST_DAY
    const spanDays = Math.max(0, daysBetween(enteredOn, upTo))
    const someDay = () => addDays(enteredOn, rnd.int(0, spanDays))
    for (const type of phase.documentTypes) if (rnd.next() < 0.5 || pinned) saveDocument(type, phase.key, someDay(), gate.requiredDocuments.includes(type.key) && rnd.next() < 0.6)
    if (mustDecide(gate.decisionKinds, gate.requiresMemberDecisions)) {
      gateDueOn = addDays(TODAY, rnd.int(-20, 120))
      const share = pinned ? 0.6 : rnd.next()
      for (const p of current()) {
        if (rnd.next() > share) continue
        const o = rnd.next()
        decide(phase.key, gate.decisionKinds[0]!, { bodyId: null, member: p.member }, someDay(), o < 0.85 ? 'approve' : o < 0.95 ? 'defer' : 'reject', `KS ${upTo.slice(0, 4)}/${rnd.int(10, 450)}`)
      }
    }
    if (!pinned && rnd.next() < 0.2 && enteredOn < MINUTES_KEPT_FROM) decide(phase.key, gate.decisionKinds[0]!, { bodyId: c.boardId, member: null }, min(someDay(), addDays(MINUTES_KEPT_FROM, -1)), 'approve', paperMinutesReference(enteredOn))
    if (!pinned && rnd.next() < 0.08) {
      const joiner = c.active.find((m) => !parts.some((p) => p.member.id === m.id))
      if (joiner) parts.push({ id: newId(), member: joiner, state: 'joining', requestedOn: someDay(), joinedAtPhase: null, joinedOn: null, leftAtPhase: null, leftOn: null, leaveReason: null })
    }
  }

  rows.initiative.push([id, c.id, c.modelId, title, `Behov hos medlemmarna inom ${subject}.`, description, `{${rnd.sample(AREAS, rnd.int(1, 2)).join(',')}}`, chosen[0]!.id, rnd.next() < 0.7 ? person(rnd) : '', status, statusReason, phase.key, enteredOn, gateDueOn, registeredOn, endedOn])
  for (const p of parts) rows.initiative_participant.push([p.id, id, p.member.id, p.state, p.requestedOn, p.joinedAtPhase, p.joinedOn, p.leftAtPhase, p.leftOn, p.leaveReason])
  rows.initiative_event.push(...events)
  return id
}

/** As the demo's paper minutes: a board meeting about monthly with a handful of §§ each time. */
const paperMinutesReference = (on: string) => `Protokoll ${on} § ${(Number(on.slice(5, 7)) - 1) * 6 + 3 + (Number(on.slice(8, 10)) % 4)}`

function takeCaseNumber(c: Collaboration, year: number) {
  const seq = (c.caseSeq.get(year) ?? 0) + 1
  c.caseSeq.set(year, seq)
  return { seq, number: formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, { prefix: c.prefix, year, seq, code: null }) }
}

/**
 * The registry and the board's meetings: a case for each initiative decision taken at a meeting, general
 * cases through the years (some confidential) with their register entries, and every board meeting held,
 * its §§ numbered per year, attendance taken, the minutes approved by the chair and the adjuster and posted.
 */
function generateRecords(c: Collaboration, rows: Record<Table | 'audit_log', Row[]>, rnd: Random, newId: () => string) {
  const registerEntries = (caseId: string, from: string, confidential: boolean) => {
    const count = rnd.int(1, 5)
    for (let s = 1; s <= count; s++) {
      const secret = confidential || rnd.next() < 0.04
      const direction = rnd.pick(['incoming', 'outgoing', 'internal'] as const)
      rows.register_entry.push([newId(), caseId, s, min(LAST_DAY, addDays(from, (s - 1) * rnd.int(3, 30))), direction, direction === 'internal' ? '' : rnd.pick(c.active).name, rnd.pick(['Tjänsteskrivelse', 'Remissvar', 'Avtal', 'Protokollsutdrag', 'Skrivelse', 'Offert', 'Rapport']), secret, secret ? rnd.pick(GROUNDS) : '', c.secretary.name])
    }
  }
  const addCase = (title: string, registeredOn: string, status: string, initiativeId: string | null, confidential = false) => {
    const id = newId()
    const year = Number(registeredOn.slice(0, 4))
    const { seq, number } = takeCaseNumber(c, year)
    const ground = confidential ? rnd.pick(GROUNDS) : ''
    rows.case.push([id, c.id, year, seq, number, title, '', status, c.preparingId, c.boardId, initiativeId, confidential, ground, registeredOn, status === 'registered' ? '' : `Styrelsen beslutar enligt förslaget i ärendet.`])
    registerEntries(id, registeredOn, confidential)
    return id
  }

  // General cases, older ones closed; a few each meeting are taken up as §§ without a decision record.
  const perYear = Math.max(4, Math.round(Math.sqrt(c.active.length) * 2.6))
  const general = new Map<string, { id: string; title: string }[]>(c.meetingDays.map((day) => [day, []]))
  for (let year = 2019; year <= 2026; year++) {
    for (let k = 0; k < perYear; k++) {
      const registeredOn = addDays(`${year}-01-02`, rnd.int(0, year === 2026 ? 330 : 360))
      const title = `${rnd.pick(['Yttrande över', 'Uppföljning av', 'Avtal om', 'Rapport om', 'Begäran om'])} ${rnd.pick(SUBJECTS)}`
      const day = c.meetingDays.find((d) => d > addDays(registeredOn, 14))
      const status = !day ? rnd.pick(['registered', 'in_preparation', 'ready_for_decision']) : registeredOn < '2024-01-01' ? 'closed' : 'decided'
      const id = addCase(title, registeredOn, status, null, rnd.next() < 0.03)
      if (day && registeredOn >= '2023-12-01' && general.get(day)!.length < 4) general.get(day)!.push({ id, title })
    }
  }

  const paragraphs = new Map<number, number>()
  const initiativeCases = new Map<string, string>()
  const boardSeats = rows.body_seat.filter((s) => s[1] === c.boardId && s[3] === 'ledamot')
  for (const day of c.meetingDays) {
    const meetingId = newId()
    const year = Number(day.slice(0, 4))
    const chairApproves = addDays(day, rnd.int(2, 5))
    const adjusterApproves = addDays(chairApproves, rnd.int(0, 1))
    const postedOn = addDays(adjusterApproves, rnd.int(1, 2))
    if (postedOn > LAST_DAY) continue
    rows.meeting.push([meetingId, c.id, c.boardId, at(day, '08:00:00'), at(day, '11:00:00'), 'Kommunhuset, sammanträdesrum 1', 'published', at(addDays(day, -12), '08:00:00'), c.chair.id, [c.adjuster.id], c.secretary.name, postedOn, appealPeriodEnds(postedOn), at(day, '11:05:00')])
    rows.minutes_approval.push([meetingId, 'chair', c.chair.id, c.chair.name, at(chairApproves, '13:00:00')], [meetingId, 'adjuster', c.adjuster.id, c.adjuster.name, at(adjusterApproves, '15:00:00')])
    let position = 0
    const paragraph = () => {
      const next = (paragraphs.get(year) ?? 0) + 1
      paragraphs.set(year, next)
      return next
    }
    rows.agenda_item.push([newId(), meetingId, ++position, null, 'Val av justerare', paragraph(), 'approve', `${c.adjuster.name} utses att justera protokollet.`])
    for (const item of general.get(day)!) rows.agenda_item.push([newId(), meetingId, ++position, item.id, item.title, paragraph(), 'approve', 'Styrelsen beslutar enligt förslaget.'])
    // Initiative gate decisions: the initiative's case (registered before its first §), the § the decision's meeting item.
    for (const item of c.agenda.get(day)!) {
      let caseId = initiativeCases.get(item.initiativeId)
      if (!caseId) {
        caseId = addCase(item.title.slice(item.title.indexOf(': ') + 2), max(item.registeredOn, addDays(day, -rnd.int(20, 40))), 'decided', item.initiativeId)
        initiativeCases.set(item.initiativeId, caseId)
      }
      const p = paragraph()
      rows.agenda_item.push([item.itemId, meetingId, ++position, caseId, item.title, p, 'approve', item.wording])
      item.decision[10] = item.wording
      item.decision[11] = `§ ${p}`
      item.event[4] = JSON.stringify({ ...JSON.parse(item.event[4] as string), reference: `§ ${p}` })
    }
    // Attendance: the board's ledamöter, an ersättare serving for one who is away, and the secretary.
    for (const seat of boardSeats) {
      const present = rnd.next() < 0.9
      rows.meeting_attendance.push([newId(), meetingId, seat[2], seat[4], 'ledamot', seat[5], null, present])
      if (!present) rows.meeting_attendance.push([newId(), meetingId, person(rnd), seat[4], 'ersattare', null, seat[2], true])
    }
    rows.meeting_attendance.push([newId(), meetingId, c.secretary.name, null, 'official', null, null, true])
  }
  for (const [year, last] of paragraphs) rows.paragraph_counter.push([c.boardId, year, last])
  for (const [year, last] of c.caseSeq) rows.case_number_counter.push([c.id, year, last])
}

/**
 * Two cost keys (equal shares, population) and a budget per year for the collaboration, adopted from 2021
 * to 2026 and a draft for 2027; budgets for about a third of the initiatives that reached the project phase;
 * actual costs booked monthly on past years' lines.
 */
function generateMoney(c: Collaboration, rows: Record<Table | 'audit_log', Row[]>, rnd: Random, newId: () => string, populations: Map<string, number>, participants: Map<string, number>) {
  const equal = newId()
  const population = newId()
  rows.cost_key.push(
    [equal, c.id, equal, 1, 'Lika delar', 'Varje medlem betalar lika mycket.', 'equal', null, CLERK, at('2020-11-01')],
    [population, c.id, population, 1, 'Befolkning', `Efter folkmängd ${POPULATION_YEAR}.`, 'population', POPULATION_YEAR, CLERK, at('2020-11-01')],
  )
  const inhabitants = c.active.reduce((sum, m) => sum + (populations.get(m.code) ?? 0), 0)
  const budget = (initiativeId: string | null, year: number, lines: number, scaleKr: number) => {
    const id = newId()
    const adopted = year <= 2026
    const adoptedOn = adopted ? `${year - 1}-11-${String(rnd.int(10, 28)).padStart(2, '0')}` : null
    const reference = adopted ? `Styrelsen ${adoptedOn} § ${rnd.int(20, 90)}` : null
    rows.budget.push([id, c.id, initiativeId, year, adopted ? 'adopted' : 'draft', adoptedOn, '', reference, adopted ? true : null, adopted ? CLERK : null])
    if (adopted) rows.budget_event.push([newId(), id, 'adopted', at(adoptedOn!), CLERK, adoptedOn, reference, true])
    for (let k = 0; k < lines; k++) {
      const lineId = newId()
      const category = initiativeId === null && k === 0 ? 'base_funding' : rnd.pick(CATEGORIES)
      const amountKr = Math.round(scaleKr * (0.3 + rnd.next()) / 1000) * 1000
      rows.cost_line.push([lineId, id, category, `${category === 'base_funding' ? 'Grundfinansiering' : rnd.pick(['Projektledning', 'Konsultstöd', 'Licenser', 'Drift', 'Utbildning', 'Resor'])} ${year}`, amountKr * 100, k % 2 === 0 ? population : equal, category === 'base_funding', k + 1])
      if (year > 2026) continue
      const months = year === 2026 ? 11 : 12
      for (let m = 1; m <= months; m += rnd.int(1, 4)) {
        const booked = `${year}-${String(m).padStart(2, '0')}-25`
        rows.actual_cost.push([newId(), lineId, booked, Math.round((amountKr * 100 * (0.6 + 0.5 * rnd.next())) / 12), `Bokfört ${booked.slice(0, 7)}`, CLERK, at(booked)])
      }
    }
  }
  const scaleKr = Math.max(200_000, inhabitants * 2)
  for (const year of [...BUDGET_YEARS, 2027]) budget(null, year, rnd.int(6, 10), scaleKr / 8)
  // Initiatives past the pre-study (phase index 2 or later): the more members take part, the likelier a budget
  // of its own, one a year from when it entered its phase until it ended (or this year).
  const projectPhases = new Set(c.definition.phases.slice(2).map((p) => p.key))
  for (const initiative of rows.initiative.filter((r) => r[1] === c.id && projectPhases.has(r[11] as string))) {
    if (rnd.next() > Math.min(0.6, 0.03 + (participants.get(initiative[0] as string) ?? 0) / 80)) continue
    const from = Math.max(2021, Number((initiative[12] as string).slice(0, 4)))
    const to = initiative[15] ? Math.min(2026, Number((initiative[15] as string).slice(0, 4))) : 2026
    for (let year = from; year <= to; year++) budget(initiative[0] as string, year, rnd.int(2, 5), rnd.int(200_000, 3_000_000))
  }
}

// The 2027 round: proposals screened in November, priorities open until 14 December 2026.
const OPEN_ROUND_STAGES = {
  proposals_open: '2026-10-05', proposals_closed: '2026-10-31', screened: '2026-11-03', published: '2026-11-30', prioritisation_closed: '2026-12-14',
  results_compiled: '2026-12-16', presented_to_preparing_body: '2026-12-20', proposed_to_steering_body: '2027-01-10', plan_adopted: '2027-01-20', approved_by_members: '2027-04-01',
}

/**
 * The round for the 2026 plan, run in the autumn of 2025 on the default timetable: proposals screened,
 * points from most members, the plan adopted on 15 January and approved by most members in the spring.
 * With `openWithout`: the 2027 round instead, open for priorities, half the members (never that one) voted.
 */
function generatePlanningRound(c: Collaboration, rows: Record<Table | 'audit_log', Row[]>, rnd: Random, newId: () => string, openWithout: string | null) {
  const id = newId()
  const open = openWithout !== null
  const year = open ? 2027 : 2026
  const frame = rnd.int(20, 80) * 1_000_000_00
  rows.planning_round.push([id, c.id, year, `Verksamhetsplan ${year}`, 'points', 100, 'points', rnd.next() < 0.5 ? 'equal' : 'population', 2, frame, 'Gemensam digital utveckling som alla medlemmar har nytta av.', open ? null : `${year}-01-15`, open ? '' : `Styrelsen ${year}-01-15 § 4`])
  const stages = open ? Object.entries(OPEN_ROUND_STAGES).map(([key, startsOn]) => ({ key, startsOn })) : defaultTimetable(year)
  for (const stage of stages) rows.planning_stage.push([id, stage.key, stage.startsOn])
  const count = Math.min(rnd.int(30, 60), Math.max(8, c.active.length * 2))
  const accepted: { id: string; cost: number }[] = []
  for (let n = 1; n <= count; n++) {
    const proposalId = newId()
    const proposer = rnd.pick(c.active)
    const cosigners = rnd.sample(c.active.filter((m) => m.id !== proposer.id), rnd.int(1, Math.min(4, c.active.length - 1)))
    const r = rnd.next()
    const screening = r < 0.82 || accepted.length === 0 ? 'accepted' : r < 0.94 ? 'rejected' : 'merged'
    const cost = rnd.int(2, 60) * 100_000_00
    const submittedOn = addDays(`${year - 1}-10-03`, rnd.int(0, 24))
    rows.proposal.push([
      proposalId, id, n, workTitle(rnd.pick(KINDS_OF_WORK), rnd.pick(SUBJECTS)), 'Behovet finns hos flera medlemmar.', 'Effektivare verksamhet.', `{${rnd.pick(AREAS)}}`, cost, rnd.int(100, 4000), proposer.id,
      true, true, true, screening, screening === 'rejected' ? 'Ligger utanför samverkans uppdrag.' : screening === 'merged' ? 'Slås ihop med ett liknande förslag.' : '',
      screening === 'merged' ? rnd.pick(accepted).id : null, cosigners.map((m) => m.id), null, null, person(rnd), at(submittedOn),
    ])
    for (const m of cosigners) rows.proposal_cosigner.push([proposalId, m.id, person(rnd), at(addDays(submittedOn, rnd.int(0, 3)))])
    if (screening === 'accepted') accepted.push({ id: proposalId, cost })
  }
  // Ballots: 100 points over three to six proposals, from most members.
  const totals = new Map(accepted.map((p) => [p.id, 0]))
  for (const m of c.active) {
    if (rnd.next() > (open ? 0.5 : 0.85) || m.id === openWithout) continue
    const favourites = rnd.sample(accepted, Math.min(accepted.length, rnd.int(3, 6)))
    const weights = favourites.map(() => rnd.int(1, 10))
    const sum = weights.reduce((a, b) => a + b, 0)
    const points: Record<string, number> = Object.fromEntries(favourites.map((p, k) => [p.id, Math.floor((100 * weights[k]!) / sum)]))
    points[favourites[0]!.id]! += 100 - Object.values(points).reduce((a, b) => a + b, 0)
    for (const [proposalId, p] of Object.entries(points)) totals.set(proposalId, totals.get(proposalId)! + p)
    rows.priority_ballot.push([id, m.id, JSON.stringify(points), person(rnd), at(addDays(`${year - 1}-${open ? '11-30' : '10-31'}`, rnd.int(0, 6)))])
  }
  if (open) return id
  // The adopted plan: funded in ranking order while the frame lasts, the rest to the project bank.
  let left = frame
  const ranked = [...accepted].sort((a, b) => totals.get(b.id)! - totals.get(a.id)! || a.id.localeCompare(b.id))
  ranked.forEach((p, rank) => {
    const row = rows.proposal.find((r) => r[0] === p.id)!
    const funded = p.cost <= left
    if (funded) left -= p.cost
    row[17] = funded ? 'funded' : 'bank'
    row[18] = rank + 1
  })
  for (const m of c.active) if (rnd.next() < 0.8) rows.plan_approval.push([id, m.id, rnd.next() < 0.95 ? 'approve' : 'reject', addDays(`${year}-02-01`, rnd.int(0, 55)), `KF ${year}-${rnd.int(10, 99)}`, CLERK])
  return id
}

/** Each column's SQL type, for the casts of insertColumns. */
async function columnTypes(tx: Queryable) {
  const rows = await tx.query<{ table: string; column: string; type: string }>(
    `select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type
     from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped and c.relname = any($1::text[])`,
    [[...Object.keys(TABLES), 'audit_log']],
  )
  return new Map(rows.map((r) => [`${r.table}.${r.column}`, r.type]))
}

/** A value as PostgreSQL's text input for its column: arrays as array literals, objects as JSON. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return `{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * Writes rows a few thousand at a time as one text array per column, unnested and cast in SQL: one
 * parameter per column instead of one per value, several times faster than multi-row VALUES, on PGlite too.
 */
async function insertColumns(tx: Queryable, table: string, columns: string[], types: Map<string, string>, rows: Row[], batchSize = 5000) {
  const quoted = columns.map((c) => `"${c}"`).join(', ')
  const casts = columns.map((c, i) => `u${i}::${types.get(`${table}.${c}`) ?? 'text'}`).join(', ')
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ')
  const sql = `insert into "${table}" (${quoted}) select ${casts} from unnest(${params}) as u(${columns.map((_, i) => `u${i}`).join(', ')})`
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize)
    await tx.query(sql, columns.map((_, i) => batch.map((row) => asText(row[i]))))
  }
}

/**
 * The audit log of what the generator did, as the use cases would have logged it: registrations, gate
 * passages, status changes and posted minutes, in date order, hash-chained onto the existing log.
 */
async function appendAuditTrail(tx: Queryable, rows: Record<Table | 'audit_log', Row[]>) {
  const collaborationOf = new Map(rows.initiative.map((r) => [r[0] as string, r[1] as string]))
  const actions: Record<string, string> = { registered: 'initiative.registered', gate_passed: 'initiative.advanced', completed: 'initiative.advanced', status_changed: 'initiative.status_changed' }
  const entries: Omit<AuditContent, 'actorUserId' | 'actorName'>[] = []
  for (const e of rows.initiative_event) {
    const action = actions[e[1] as string]
    if (action) entries.push({ occurredAt: `${e[3]}T12:00:00.000Z`, collaborationId: collaborationOf.get(e[0] as string)!, action, entityType: 'initiative', entityId: e[0] as string, before: null, after: JSON.parse(e[4] as string) })
  }
  for (const m of rows.meeting) entries.push({ occurredAt: `${m[11]}T08:30:00.000Z`, collaborationId: m[1] as string, action: 'meeting.minutes_published', entityType: 'meeting', entityId: m[0] as string, before: null, after: { noticeDate: m[11], appealEndsOn: m[12] } })
  entries.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.entityId.localeCompare(b.entityId))

  await tx.query('select pg_advisory_xact_lock($1)', [727274])
  let prevHash = (await tx.query<{ hash: string }>('select hash from audit_log order by id desc limit 1'))[0]?.hash ?? GENESIS_HASH
  const chained = entries.map((entry) => {
    const content: AuditContent = { ...entry, actorUserId: null, actorName: CLERK }
    const hash = hashAuditRow(prevHash, content)
    const row = [content.occurredAt, null, CLERK, content.collaborationId, content.action, content.entityType, content.entityId, null, JSON.stringify(content.after), prevHash, hash]
    prevHash = hash
    return row
  })
  // Identity ids follow the order of the rows in each statement, so the chain reads back in this order.
  const columns = ['occurred_at', 'actor_user_id', 'actor_name', 'collaboration_id', 'action', 'entity_type', 'entity_id', 'before', 'after', 'prev_hash', 'hash']
  await insertColumns(tx, 'audit_log', columns, await columnTypes(tx), chained)
  return chained
}

/** The municipality with the most active participations in the collaboration's initiatives. */
function busiestMunicipality(c: Collaboration, rows: Record<Table | 'audit_log', Row[]>) {
  const municipalities = new Set(c.active.filter((m) => m.kind === 'municipality').map((m) => m.id))
  const counts = new Map<string, number>()
  for (const p of rows.initiative_participant) if (p[3] === 'active' && municipalities.has(p[2] as string)) counts.set(p[2] as string, (counts.get(p[2] as string) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
}

async function describeTarget(db: Queryable, c: Collaboration, ids: { initiativeId: string; roundId: string; memberId: string }): Promise<Target> {
  const [meeting] = await db.query<{ id: string }>(`select id from meeting where collaboration_id = $1 and status = 'published' order by starts_at desc limit 1`, [c.id])
  const [found] = await db.query<{ id: string }>(
    `select c.id from "case" c join register_entry r on r.case_id = c.id where c.collaboration_id = $1 and c.initiative_id is not null
     group by c.id order by count(*) desc, c.id limit 1`,
    [c.id],
  )
  return { collaborationId: c.id, initiatives: c.initiatives, ...ids, year: 2026, meetingId: meeting!.id, caseId: found!.id }
}
