/**
 * The dated stages of an annual planning round (issue 7, SPEC §3.6), and what may be done in each.
 * Pure: the round's timetable and the coordinator's manual move come in, the stage in force goes out.
 */

export const STAGES = [
  'proposals_open',
  'proposals_closed',
  'screened',
  'published',
  'prioritisation_closed',
  'results_compiled',
  'presented_to_preparing_body',
  'proposed_to_steering_body',
  'plan_adopted',
  'approved_by_members',
] as const

export type StageKey = (typeof STAGES)[number]

export interface DatedStage {
  key: StageKey
  /** ISO date (YYYY-MM-DD): the stage is in force from the start of this day. */
  startsOn: string
}

/**
 * The default timetable for the plan of `year`, run in the autumn before. From VästKom's process for its
 * action plan 2012 as described in "Guide för effektiv regional e-utveckling" (SKL), §10.5, p. 67:
 * 3 Oct work on the plan starts; 27 Oct last day for proposals; 28 Oct proposals compiled; 31 Oct
 * published for prioritisation; 7 Nov last day for the members' prioritisations; 9 Nov prioritisations
 * compiled; 15 Nov presented to the architecture group (the preparing body); 15 Dec the proposed plan is
 * presented to the steering group. A stage that follows a "last day" or a compilation starts the day
 * after it. The guide gives no dates for adoption or the members' approval: we take the steering body's
 * next meeting (15 Jan) and a first quarter for every member's own board to approve (the guide, §10.3:
 * "Verksamhetsplanen ska normalt godkännas av respektive medlemsorganisation").
 */
export function defaultTimetable(year: number): DatedStage[] {
  if (!Number.isInteger(year) || year < 1001 || year > 9999) throw new RangeError(`not a plan year: ${year}`)
  const autumn = String(year - 1)
  const plan = String(year)
  const dates: Record<StageKey, string> = {
    proposals_open: `${autumn}-10-03`,
    proposals_closed: `${autumn}-10-28`,
    screened: `${autumn}-10-29`,
    published: `${autumn}-10-31`,
    prioritisation_closed: `${autumn}-11-08`,
    results_compiled: `${autumn}-11-10`,
    presented_to_preparing_body: `${autumn}-11-15`,
    proposed_to_steering_body: `${autumn}-12-15`,
    plan_adopted: `${plan}-01-15`,
    approved_by_members: `${plan}-04-01`,
  }
  return STAGES.map((key) => ({ key, startsOn: dates[key] }))
}

export type TimetableProblemCode = 'not_in_order' | 'missing_stage' | 'duplicate_stage' | 'invalid_date'

export interface TimetableProblem {
  /** The stage's position in the given list; for a missing stage, the position it has in STAGES. */
  index: number
  key: StageKey
  code: TimetableProblemCode
}

const isIsoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * Every problem with a timetable: each stage must be there once, with a real date, and the dates must not
 * go backwards in STAGES order. A backwards step is reported on the later stage of the pair.
 */
export function validateTimetable(stages: readonly DatedStage[]): TimetableProblem[] {
  const problems: TimetableProblem[] = []
  const first = new Map<StageKey, number>()
  stages.forEach((stage, index) => {
    if (first.has(stage.key)) problems.push({ index, key: stage.key, code: 'duplicate_stage' })
    else first.set(stage.key, index)
    if (!isIsoDate(stage.startsOn)) problems.push({ index, key: stage.key, code: 'invalid_date' })
  })
  let previous: DatedStage | null = null
  STAGES.forEach((key, order) => {
    const index = first.get(key)
    if (index === undefined) {
      problems.push({ index: order, key, code: 'missing_stage' })
      return
    }
    const stage = stages[index]!
    if (!isIsoDate(stage.startsOn)) return
    if (previous && stage.startsOn < previous.startsOn) problems.push({ index, key, code: 'not_in_order' })
    previous = stage
  })
  return problems
}

const order = (key: StageKey) => STAGES.indexOf(key)

/**
 * The stage in force on `today` (ISO date). The dated stage is the latest one, in STAGES order, that has
 * started by today. The coordinator may move the round on early (close proposals or prioritisation before
 * its date): the effective stage is the later, in STAGES order, of the dated stage and the manually set one,
 * counted from the day of the move (`at`, an ISO date or timestamp). A manual move never sets the round
 * back; to reopen a stage, the coordinator changes its dates.
 */
export function currentStage(stages: readonly DatedStage[], today: string, manual?: { key: StageKey; at: string } | null): StageKey | 'not_started' {
  let effective: StageKey | 'not_started' = 'not_started'
  const later = (key: StageKey) => {
    if (effective === 'not_started' || order(key) > order(effective)) effective = key
  }
  for (const stage of stages) if (stage.startsOn <= today) later(stage.key)
  if (manual && manual.at.slice(0, 10) <= today) later(manual.key)
  return effective
}

export const ACTIONS = ['submit_proposal', 'cosign', 'screen', 'prioritise', 'see_all_priorities', 'see_results', 'adopt_plan', 'approve_plan'] as const

export type PlanningAction = (typeof ACTIONS)[number]

const from = (key: StageKey) => STAGES.slice(order(key))

/**
 * The stages in which each action is open. Screening runs from the close of proposals until they are
 * published; everyone's priorities and the results are open from the close of prioritisation on. Adoption
 * stays open through the dated `plan_adopted` stage so a decision taken late can still be recorded (the
 * service knows whether the plan already is adopted); members approve from adoption on.
 */
export const ALLOWED_IN: Readonly<Record<PlanningAction, readonly StageKey[]>> = {
  submit_proposal: ['proposals_open'],
  cosign: ['proposals_open'],
  screen: ['proposals_closed', 'screened'],
  prioritise: ['published'],
  see_all_priorities: from('prioritisation_closed'),
  see_results: from('prioritisation_closed'),
  adopt_plan: ['proposed_to_steering_body', 'plan_adopted'],
  approve_plan: ['plan_adopted', 'approved_by_members'],
}

export function allowed(stage: StageKey | 'not_started', action: PlanningAction): boolean {
  return stage !== 'not_started' && ALLOWED_IN[action].includes(stage)
}

/** Every action open in `stage`, in ACTIONS order: what the page shows as possible now. */
export function allowedActions(stage: StageKey | 'not_started'): PlanningAction[] {
  return ACTIONS.filter((action) => allowed(stage, action))
}
