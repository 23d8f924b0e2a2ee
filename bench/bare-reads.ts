/**
 * The read endpoints the benchmark measures (bench/reads.bench.ts), each with the app's path and a
 * bare baseline: hand-written SQL for what the page shows (its rows, the counts it displays) with
 * nothing around it — no auth, no validation, no response schema — JSON.stringify'd. It imports
 * nothing of the app, so the same baseline serves before and after a redesign of the app's reads.
 * Adding an endpoint is one entry in READ_ENDPOINTS.
 */
import { createServer, type Server } from 'node:http'
import type { Queryable } from '../src/server/db/database'

/** The rows the endpoints are asked about: the big collaboration and ids in it. */
export interface ReadTargets {
  collaborationId: string
  initiativeId: string
  /** A municipality taking part in many initiatives. */
  memberId: string
  /** A closed planning round with results. */
  roundId: string
  /** A year with budgets. */
  year: number
  /** A member representative of `memberId` (for the notifications). */
  representativeUserId: string
}

export interface ReadEndpoint {
  name: string
  path: (t: ReadTargets) => string
  /** SPEC §6: p95 under 50 ms for paged lists, one initiative, one member's view and one invoice basis. */
  p95Goal: boolean
  /** Asked by the member representative of `memberId` rather than the coordinator. */
  asRepresentative?: boolean
  bare: (db: Queryable, t: ReadTargets) => Promise<unknown>
}

const PAGE = 50

// Population by the latest year loaded: what a population cost key splits by.
const POPULATION = `(select population from organisation_population op where op.organisation_code = m.organisation_code order by op.year desc limit 1)`

/** Processes of a collaboration with their gates (from the definition), for names and the gates needing member decisions. */
const GATES = `
  select pm.id as process_model_id, ph.value->>'key' as phase_key, ph.value->>'nameSv' as phase_name, ph.ordinality - 1 as phase_index,
    jsonb_array_length(pm.definition->'phases') as phase_count, ph.value->'gate'->>'nameSv' as gate_name,
    coalesce((ph.value->'gate'->>'requiresMemberDecisions')::boolean, false) or exists (
      select 1 from decision_kind k where k.collaboration_id = pm.collaboration_id and k.requires_member_decisions
        and k.key in (select jsonb_array_elements_text(ph.value->'gate'->'decisionKinds'))) as member_decisions
  from process_model pm cross join lateral jsonb_array_elements(pm.definition->'phases') with ordinality ph
  where pm.collaboration_id = $1`

/** One row per initiative as a list shows it: process, phase, gate, proposing member, how many take part, approvals at the gate. */
const INITIATIVE_ROW = `
  i.id, i.title, i.areas, i.status, i.status_reason, i.project_manager, i.registered_on, i.ended_on, i.gate_due_on, i.version,
  pm.id as process_model_id, pm.lineage_id, pm.name_sv as process_name, g.phase_key, g.phase_name, g.phase_index, g.phase_count, g.gate_name,
  pr.id as proposing_member_id, pr.name as proposing_member,
  (select count(*) from initiative_participant p where p.initiative_id = i.id and p.state in ('active', 'joining')) as participant_count,
  (select count(*) from decision d where d.initiative_id = i.id and d.phase_key = i.phase_key and d.phase_entry = i.phase_entry and d.outcome = 'approve') as gate_approvals`
/** `page` is a subquery choosing the page's initiatives: only those are joined and described. */
const initiativesFrom = (page: string) => `
  from (${page}) i join process_model pm on pm.id = i.process_model_id
  join gates g on g.process_model_id = i.process_model_id and g.phase_key = i.phase_key
  left join member pr on pr.id = i.proposing_member_id`

/** The lines a member pays for in a year and its share of each, split by population over the scope's payers. */
const MEMBER_LINES = `
  with payers as (
    select m.id, coalesce(${POPULATION}, 0) as population from member m where m.collaboration_id = $1 and m.left_on is null
  ), scopes as (
    select b.id as budget_id, b.initiative_id, coalesce(i.title, c.name) as scope_name from budget b
    join collaboration c on c.id = b.collaboration_id left join initiative i on i.id = b.initiative_id
    where b.collaboration_id = $1 and b.year = $2
  ), scope_payers as (
    select s.budget_id, p.id as member_id, p.population from scopes s cross join payers p where s.initiative_id is null
    union all
    select s.budget_id, p.id, p.population from scopes s join initiative_participant ip on ip.initiative_id = s.initiative_id and ip.state = 'active'
      join payers p on p.id = ip.member_id
  ), shares as (
    select sp.budget_id, sp.member_id, sp.population::numeric / nullif(sum(sp.population) over (partition by sp.budget_id), 0) as share from scope_payers sp
  )`

async function page<T>(db: Queryable, rows: string, count: string, params: unknown[]) {
  const [items, [counted]] = await Promise.all([db.query<T>(rows, params), db.query<{ total: number }>(count, params)])
  return { items, total: counted!.total, page: 1, limit: PAGE }
}

export const READ_ENDPOINTS: ReadEndpoint[] = [
  {
    name: 'portfolio',
    path: (t) => `/api/collaborations/${t.collaborationId}/initiatives?limit=${PAGE}`,
    p95Goal: true,
    bare: async (db, t) => {
      const [list, funnel] = await Promise.all([
        page(
          db,
          `with gates as (${GATES}) select ${INITIATIVE_ROW}
          ${initiativesFrom(`select * from initiative where collaboration_id = $1 order by registered_on desc, id limit ${PAGE}`)} order by i.registered_on desc, i.id`,
          `select count(*)::int as total from initiative where collaboration_id = $1`,
          [t.collaborationId],
        ),
        db.query(`select process_model_id, phase_key, status, count(*)::int as initiatives from initiative where collaboration_id = $1 group by 1, 2, 3`, [t.collaborationId]),
      ])
      return { ...list, funnel }
    },
  },
  {
    name: 'initiative',
    path: (t) => `/api/collaborations/${t.collaborationId}/initiatives/${t.initiativeId}`,
    p95Goal: true,
    bare: async (db, t) => {
      const id = [t.initiativeId]
      const [[initiative], participations, documents, decisions, timeline] = await Promise.all([
        db.query(`select i.*, pm.name_sv as process_name, pm.version as process_version, pm.definition, pr.name as proposing_member
          from initiative i join process_model pm on pm.id = i.process_model_id left join member pr on pr.id = i.proposing_member_id
          where i.id = $1 and i.collaboration_id = $2`, [t.initiativeId, t.collaborationId]),
        db.query(`select p.*, m.name from initiative_participant p join member m on m.id = p.member_id where p.initiative_id = $1 order by m.name, p.id`, id),
        db.query(`select distinct on (d.id) d.type_key, d.phase_key, v.number, v."values", v.final, v.attachment_ids, v.note, v.created_by_name, v.created_at
          from initiative_document d join initiative_document_version v on v.document_id = d.id where d.initiative_id = $1 order by d.id, v.number desc`, id),
        db.query(`select d.id, d.phase_key, d.phase_entry, d.decided_on, d.outcome, d.conditions, d.reference, d.recorded_by_name, k.key, k.name_sv as kind_name,
            b.name as body_name, m.name as member_name
          from decision d join decision_kind k on k.id = d.decision_kind_id left join body b on b.id = d.body_id left join member m on m.id = d.member_id
          where d.initiative_id = $1 order by d.decided_on, d.recorded_at, d.id`, id),
        db.query(`select kind, phase_key, occurred_on, details, decision_ids, actor_name from initiative_event where initiative_id = $1 order by id`, id),
      ])
      return { ...initiative, participations, documents, decisions, timeline }
    },
  },
  {
    name: 'member-view',
    path: (t) => `/api/collaborations/${t.collaborationId}/members/${t.memberId}/initiatives?limit=${PAGE}`,
    p95Goal: true,
    bare: async (db, t) => {
      const params = [t.collaborationId, t.memberId]
      const [[member], participating, owed, declined, invited] = await Promise.all([
        db.query(`select id, name from member where id = $2 and collaboration_id = $1`, params),
        page(
          db,
          `with gates as (${GATES}) select ${INITIATIVE_ROW}
          ${initiativesFrom(`select i.* from initiative i join initiative_participant p on p.initiative_id = i.id and p.member_id = $2 and p.state <> 'left'
            where i.collaboration_id = $1 order by i.registered_on desc, i.id limit ${PAGE}`)} order by i.registered_on desc, i.id`,
          `select count(*)::int as total from initiative_participant where member_id = $2 and state <> 'left' and $1::uuid is not null`,
          params,
        ),
        db.query(`with gates as (${GATES}) select i.id, i.title, g.gate_name, i.gate_due_on, d.outcome
          from initiative i join gates g on g.process_model_id = i.process_model_id and g.phase_key = i.phase_key and g.member_decisions
          join initiative_participant p on p.initiative_id = i.id and p.member_id = $2 and p.state <> 'left'
          left join lateral (select outcome from decision d where d.initiative_id = i.id and d.member_id = $2 and d.phase_key = i.phase_key and d.phase_entry = i.phase_entry
            order by d.decided_on desc, d.recorded_at desc limit 1) d on true
          where i.collaboration_id = $1 and i.status = 'active' and (d.outcome is null or d.outcome = 'defer') order by i.gate_due_on nulls last, i.id`, params),
        db.query(`select i.id, i.title, p.left_at_phase, p.left_on from initiative_participant p join initiative i on i.id = p.initiative_id
          where p.member_id = $2 and p.leave_reason = 'declined' and i.collaboration_id = $1 order by p.left_on desc, i.id`, params),
        db.query(`select i.id, i.title, pr.name as proposing_member, p.requested_on from initiative_participant p join initiative i on i.id = p.initiative_id
          left join member pr on pr.id = i.proposing_member_id where p.member_id = $2 and p.state = 'joining' and i.collaboration_id = $1 order by p.requested_on desc, i.id`, params),
      ])
      return { member, participating, owed, declined, invited }
    },
  },
  {
    name: 'member-decisions',
    path: (t) => `/api/collaborations/${t.collaborationId}/member-decisions?limit=${PAGE}`,
    p95Goal: true,
    bare: async (db, t) => {
      const initiatives = await db.query<{ id: string }>(
        `with gates as (${GATES}) select i.id, i.title, g.phase_name, g.gate_name, i.gate_due_on from initiative i
          join gates g on g.process_model_id = i.process_model_id and g.phase_key = i.phase_key and g.member_decisions
          where i.collaboration_id = $1 and i.status = 'active' order by i.gate_due_on nulls last, i.id limit ${PAGE}`,
        [t.collaborationId],
      )
      const ids = initiatives.map((initiative) => initiative.id)
      const [members, cells] = await Promise.all([
        db.query(`select id, name from member where collaboration_id = $1 and left_on is null order by name, id`, [t.collaborationId]),
        db.query(`select p.initiative_id, p.member_id, p.state, d.outcome from initiative_participant p join initiative i on i.id = p.initiative_id
          left join lateral (select outcome from decision d where d.initiative_id = p.initiative_id and d.member_id = p.member_id and d.phase_key = i.phase_key
            and d.phase_entry = i.phase_entry order by d.decided_on desc, d.recorded_at desc limit 1) d on true
          where p.initiative_id = any($1::uuid[]) and p.state <> 'left'`, [ids]),
      ])
      return { initiatives, members, cells }
    },
  },
  {
    name: 'decisions',
    path: (t) => `/api/collaborations/${t.collaborationId}/decisions?limit=${PAGE}`,
    p95Goal: true,
    bare: (db, t) =>
      page(
        db,
        `select d.id, d.initiative_id, i.title as initiative_title, d.phase_key, d.decided_on, d.outcome, d.conditions, d.reference, d.recorded_by_name, d.recorded_at,
          k.key, k.name_sv as kind_name, b.name as body_name, m.name as member_name
        from decision d join decision_kind k on k.id = d.decision_kind_id left join initiative i on i.id = d.initiative_id
        left join body b on b.id = d.body_id left join member m on m.id = d.member_id
        where d.collaboration_id = $1 order by d.decided_on, d.recorded_at, d.id limit ${PAGE}`,
        `select count(*)::int as total from decision where collaboration_id = $1`,
        [t.collaborationId],
      ),
  },
  {
    name: 'decision-register',
    path: (t) => `/api/collaborations/${t.collaborationId}/decision-register?limit=${PAGE}`,
    p95Goal: true,
    bare: async (db, t) => {
      // Every § of posted minutes and every body decision recorded from outside, newest first: the page
      // is the newest 50 of each kind merged; the total and the years are counted over both in one query.
      const paragraphs = `
        select a.id, 'minutes' as source, (m.starts_at at time zone 'Europe/Stockholm')::date as decided_on, b.name as body_name, a.paragraph, a.title, a.outcome, a.wording, c.number as case_number
        from agenda_item a join meeting m on m.id = a.meeting_id join body b on b.id = m.body_id left join "case" c on c.id = a.case_id
        where m.collaboration_id = $1 and m.status = 'published' and a.paragraph is not null`
      const external = `
        select d.id, 'external' as source, d.decided_on, b.name as body_name, null::int as paragraph, k.name_sv as title, d.outcome, d.conditions as wording, null as case_number
        from decision d join decision_kind k on k.id = d.decision_kind_id join body b on b.id = d.body_id
        where d.collaboration_id = $1 and d.meeting_item_id is null`
      const [items, [counted]] = await Promise.all([
        db.query(`select * from ((${paragraphs} order by decided_on desc, id limit ${PAGE}) union all (${external} order by decided_on desc, id limit ${PAGE})) e
          order by decided_on desc, id limit ${PAGE}`, [t.collaborationId]),
        db.query<{ total: number; years: number[] }>(`select count(*)::int as total, array_agg(distinct extract(year from decided_on)::int order by extract(year from decided_on)::int desc) as years
          from (select decided_on from (${paragraphs}) p union all select decided_on from (${external}) x) e`, [t.collaborationId]),
      ])
      return { items, total: counted!.total, page: 1, limit: PAGE, years: counted!.years }
    },
  },
  {
    name: 'cases',
    path: (t) => `/api/collaborations/${t.collaborationId}/cases?limit=${PAGE}`,
    p95Goal: true,
    bare: (db, t) =>
      page(
        db,
        `select c.id, c.number, c.title, c.status, c.classification_code, c.confidential, c.registered_on, c.version, pb.name as preparing_body, db.name as deciding_body,
          i.title as initiative_title
        from "case" c left join body pb on pb.id = c.preparing_body_id left join body db on db.id = c.deciding_body_id left join initiative i on i.id = c.initiative_id
        where c.collaboration_id = $1 order by c.year desc, c.seq desc limit ${PAGE}`,
        `select count(*)::int as total from "case" where collaboration_id = $1`,
        [t.collaborationId],
      ),
  },
  {
    name: 'register',
    path: (t) => `/api/collaborations/${t.collaborationId}/register?limit=${PAGE}`,
    p95Goal: true,
    bare: (db, t) =>
      page(
        db,
        `select r.id, c.number as case_number, r.seq, r.registered_on, r.direction, r.counterpart, r.confidential,
          case when r.confidential then r.confidentiality_ground else r.description end as description, r.registered_by_name
        from register_entry r join "case" c on c.id = r.case_id
        where c.collaboration_id = $1 order by r.registered_on desc, c.number desc, r.seq desc limit ${PAGE}`,
        `select count(*)::int as total from register_entry r join "case" c on c.id = r.case_id where c.collaboration_id = $1`,
        [t.collaborationId],
      ),
  },
  {
    name: 'minutes',
    path: (t) => `/api/collaborations/${t.collaborationId}/minutes?limit=${PAGE}`,
    p95Goal: true,
    bare: (db, t) =>
      page(
        db,
        `select m.id, m.starts_at, m.published_on, m.appeal_ends_on, b.id as body_id, b.name as body_name,
          (select count(*)::int from agenda_item a where a.meeting_id = m.id and a.paragraph is not null) as paragraphs
        from meeting m join body b on b.id = m.body_id
        where m.collaboration_id = $1 and m.status = 'published' order by m.starts_at desc, m.id limit ${PAGE}`,
        `select count(*)::int as total from meeting where collaboration_id = $1 and status = 'published'`,
        [t.collaborationId],
      ),
  },
  {
    name: 'governance',
    path: (t) => `/api/collaborations/${t.collaborationId}/governance`,
    p95Goal: false,
    bare: async (db, t) => {
      const id = [t.collaborationId]
      const [bodies, seats, kinds, mandates] = await Promise.all([
        db.query(`select id, name, kind, purpose, meeting_cadence, escalates_to_body_id, minutes_kept_from, version from body where collaboration_id = $1 order by name, id`, id),
        db.query(`select s.id, s.body_id, s.person_name, s.seat_role, s.position, s.term_start, s.term_end, s.substitute_order, m.name as member_name
          from body_seat s join body b on b.id = s.body_id left join member m on m.id = s.member_id where b.collaboration_id = $1 order by s.body_id, s.seat_role, s.person_name, s.id`, id),
        db.query(`select id, key, name_sv, name_en, binding, requires_member_decisions, sort_order from decision_kind where collaboration_id = $1 order by sort_order, id`, id),
        db.query(`select bm.body_id, bm.decision_kind_id, bm.mandate from body_mandate bm join body b on b.id = bm.body_id where b.collaboration_id = $1`, id),
      ])
      return { bodies, seats, kinds, mandates }
    },
  },
  {
    name: 'members',
    path: (t) => `/api/collaborations/${t.collaborationId}/members`,
    p95Goal: false,
    bare: (db, t) =>
      db.query(
        `select m.id, m.kind, m.organisation_code, m.name, m.org_number, m.joined_on, m.left_on, m.contact_name, m.contact_email, m.version, ${POPULATION} as population
        from member m where m.collaboration_id = $1 and m.left_on is null order by m.name, m.id`,
        [t.collaborationId],
      ),
  },
  {
    name: 'finance-overview',
    path: (t) => `/api/collaborations/${t.collaborationId}/finance/overview?year=${t.year}`,
    p95Goal: false,
    bare: async (db, t) => {
      const params = [t.collaborationId, t.year]
      const [members, years] = await Promise.all([
        db.query(`${MEMBER_LINES}
          , budget_totals as (select cl.budget_id, sum(cl.amount_ore) as amount_ore from cost_line cl join scopes sc on sc.budget_id = cl.budget_id group by cl.budget_id)
          select m.id, m.name, m.organisation_code, ${POPULATION} as population, coalesce(round(sum(bt.amount_ore * s.share)), 0)::bigint as total_ore
          from member m left join shares s on s.member_id = m.id left join budget_totals bt on bt.budget_id = s.budget_id
          where m.collaboration_id = $1 and m.left_on is null group by m.id order by m.name, m.id`, params),
        db.query(`select b.year, sum(cl.amount_ore)::bigint as budget_ore, coalesce(sum((select sum(a.amount_ore) from actual_cost a where a.cost_line_id = cl.id)), 0)::bigint as actual_ore
          from budget b join cost_line cl on cl.budget_id = b.id where b.collaboration_id = $1 and $2::int is not null group by b.year order by b.year`, params),
      ])
      return { year: t.year, members, years }
    },
  },
  {
    name: 'invoice-basis',
    path: (t) => `/api/collaborations/${t.collaborationId}/finance/invoice-basis/${t.memberId}?year=${t.year}`,
    p95Goal: true,
    bare: (db, t) => invoiceBasis(db, t),
  },
  {
    // The bare side answers the same rows as JSON: the difference is the cost of the workbook.
    name: 'invoice-basis-xlsx',
    path: (t) => `/api/collaborations/${t.collaborationId}/finance/invoice-basis/${t.memberId}/export.xlsx?year=${t.year}`,
    p95Goal: false,
    bare: (db, t) => invoiceBasis(db, t),
  },
  {
    name: 'planning-results',
    path: (t) => `/api/collaborations/${t.collaborationId}/planning/rounds/${t.roundId}/results`,
    p95Goal: false,
    bare: async (db, t) => {
      const id = [t.roundId]
      const [[round], proposals, ballots] = await Promise.all([
        db.query(`select id, title, year, ballot_kind, method, weighting, points_per_member, budget_frame_ore from planning_round where id = $1`, id),
        // Points summed in SQL: the ranking's inputs as the results page shows them.
        db.query(`select p.id, p.number, p.title, p.estimated_cost_ore, pr.name as proposing_member,
            coalesce((select sum((b.points->>p.id::text)::int) from priority_ballot b where b.round_id = p.round_id and b.points is not null), 0)::int as points
          from proposal p join member pr on pr.id = p.proposing_member_id where p.round_id = $1 and p.screening = 'accepted' order by points desc, p.number`, id),
        db.query(`select b.member_id, m.name, b.points, b.ranking from priority_ballot b join member m on m.id = b.member_id where b.round_id = $1 order by m.name, m.id`, id),
      ])
      return { round, proposals, ballots }
    },
  },
  {
    name: 'audit',
    path: (t) => `/api/collaborations/${t.collaborationId}/audit?limit=100`,
    p95Goal: true,
    bare: (db, t) =>
      db.query(`select id, occurred_at, actor_name, action, entity_type, entity_id, before, after from audit_log where collaboration_id = $1 order by id desc limit 100`, [t.collaborationId]),
  },
  {
    name: 'notifications',
    path: () => `/api/notifications`,
    p95Goal: false,
    asRepresentative: true,
    bare: async (db, t) => {
      const user = [t.representativeUserId]
      const [rounds, read] = await Promise.all([
        db.query(`select r.id, r.title, r.collaboration_id, c.name as collaboration_name, r.manual_stage, r.manual_stage_at,
            (select json_agg(json_build_object('key', s.key, 'startsOn', s.starts_on) order by s.starts_on) from planning_stage s where s.round_id = r.id) as stages,
            (select count(*)::int from priority_ballot b where b.round_id = r.id and b.member_id in (select member_id from role_assignment where user_id = $1 and role = 'member_representative')) as ballots
          from planning_round r join collaboration c on c.id = r.collaboration_id
          where r.collaboration_id in (select collaboration_id from role_assignment where user_id = $1) order by r.year desc, r.id`, user),
        db.query(`select key from notification_read where user_id = $1`, user),
      ])
      return { rounds, read }
    },
  },
]

async function invoiceBasis(db: Queryable, t: ReadTargets) {
  const params = [t.collaborationId, t.year, t.memberId]
  const [[member], lines, inKind] = await Promise.all([
    db.query(`select m.id, m.name, m.organisation_code, ${POPULATION} as population, c.name as collaboration_name, c.prefix
      from member m join collaboration c on c.id = m.collaboration_id where m.id = $3 and m.collaboration_id = $1 and $2::int is not null`, params),
    db.query(`${MEMBER_LINES}
      select cl.id, sc.scope_name, cl.category, cl.description, cl.amount_ore, k.name as key_name, round(cl.amount_ore * s.share)::bigint as member_ore
      from shares s join scopes sc on sc.budget_id = s.budget_id join cost_line cl on cl.budget_id = s.budget_id join cost_key k on k.id = cl.cost_key_id
      where s.member_id = $3 order by sc.scope_name, cl.position, cl.id`, params),
    db.query(`select k.id, k.hours, k.description, r.role_name, r.rate_ore, coalesce(i.title, '') as scope_name from in_kind_contribution k
      join budget b on b.id = k.budget_id join hourly_rate r on r.id = k.hourly_rate_id left join initiative i on i.id = b.initiative_id
      where b.collaboration_id = $1 and b.year = $2 and k.member_id = $3 order by k.recorded_at, k.id`, params),
  ])
  return { member, year: t.year, lines, inKind }
}

/** The bare server: every endpoint's app path for these targets, answered by its SQL alone. */
export function bareReadsServer(db: Queryable, targets: ReadTargets): Server {
  const byPath = new Map(READ_ENDPOINTS.map((endpoint) => [endpoint.path(targets), endpoint]))
  return createServer(async (request, response) => {
    const endpoint = byPath.get(request.url ?? '')
    if (!endpoint) return response.writeHead(404).end()
    try {
      const body = JSON.stringify(await endpoint.bare(db, targets))
      response.writeHead(200, { 'content-type': 'application/json' }).end(body)
    } catch (error) {
      response.writeHead(500).end(String(error))
    }
  })
}
