import type { Queryable } from '../../server/db/database'
import type { BenefitClass } from './benefits.repository'

/**
 * The reads of "what we gained": financial target and realised change summed in SQL per member and initiative,
 * signed so that positive is better (the same rule as realisation.ts `realisedChange`), hundredths = öre.
 */

// The latest measurement of every indicator and member of the collaboration ($1).
const latest = `latest as (
  select distinct on (s.indicator_id, s.member_id) s.indicator_id, s.member_id, s.value, s.measured_on
  from benefit_measurement s join benefit_indicator x on x.id = s.indicator_id join benefit_effect e on e.id = x.effect_id join initiative i on i.id = e.initiative_id
  where i.collaboration_id = $1
  order by s.indicator_id, s.member_id, s.measured_on desc, s.recorded_at desc, s.id desc)`
const better = (value: string) => `case when x.direction = 'increase' then ${value} - f.baseline_value else f.baseline_value - ${value} end`

export interface FinancialRow {
  memberId: string
  initiativeId: string
  financialTarget: number
  financialRealised: number
}

/** Per member and initiative (of one member when `memberId` is given): the financial indicators' target and realised change. */
export const financialTotals = (db: Queryable, collaborationId: string, memberId: string | null) =>
  db.query<FinancialRow>(
    `with ${latest}
     select f.member_id as "memberId", e.initiative_id as "initiativeId",
       coalesce(sum(${better('f.target_value')}), 0)::bigint as "financialTarget",
       coalesce(sum(${better('l.value')}), 0)::bigint as "financialRealised"
     from benefit_indicator_member f
     join benefit_indicator x on x.id = f.indicator_id join benefit_effect e on e.id = x.effect_id join initiative i on i.id = e.initiative_id
     left join latest l on l.indicator_id = f.indicator_id and l.member_id = f.member_id
     where i.collaboration_id = $1 and x.benefit_class = 'financial' and ($2::uuid is null or f.member_id = $2)
     group by f.member_id, e.initiative_id`,
    [collaborationId, memberId],
  )

export interface MemberIndicatorRow {
  initiativeId: string
  indicatorId: string
  name: string
  unit: string
  benefitClass: BenefitClass
  direction: 'increase' | 'decrease'
  baseline: number | null
  target: number | null
  latest: number | null
}

/** Every indicator of the initiatives the member takes part in or has figures for, with its figures. */
export const memberIndicators = (db: Queryable, collaborationId: string, memberId: string) =>
  db.query<MemberIndicatorRow>(
    `with ${latest}
     select e.initiative_id as "initiativeId", x.id as "indicatorId", x.name, x.unit, x.benefit_class as "benefitClass", x.direction,
       f.baseline_value as baseline, f.target_value as target, l.value as latest
     from benefit_indicator x join benefit_effect e on e.id = x.effect_id join initiative i on i.id = e.initiative_id
     left join benefit_indicator_member f on f.indicator_id = x.id and f.member_id = $2
     left join latest l on l.indicator_id = x.id and l.member_id = $2
     where i.collaboration_id = $1 and (f.member_id is not null or exists (
       select 1 from initiative_participant p where p.initiative_id = i.id and p.member_id = $2 and p.state in ('active', 'joining')))
     order by e.position, x.position, x.name, x.id`,
    [collaborationId, memberId],
  )

export interface GainInitiativeRow {
  initiativeId: string
  title: string
  phase: string
}

/** The initiatives of the member's view: those it takes part in, has figures for or pays for (`paidFor`), with the phase's Swedish name. */
export const memberInitiatives = (db: Queryable, collaborationId: string, memberId: string, paidFor: string[], locale: 'sv' | 'en') =>
  db.query<GainInitiativeRow>(
    `select i.id as "initiativeId", i.title,
       coalesce((select ph->>$4 from jsonb_array_elements(pm.definition->'phases') ph where ph->>'key' = i.phase_key limit 1), i.phase_key) as phase
     from initiative i join process_model pm on pm.id = i.process_model_id
     where i.collaboration_id = $1 and (i.id = any($3::uuid[])
       or exists (select 1 from initiative_participant p where p.initiative_id = i.id and p.member_id = $2 and p.state in ('active', 'joining'))
       or exists (select 1 from benefit_indicator_member f join benefit_indicator x on x.id = f.indicator_id join benefit_effect e on e.id = x.effect_id
                  where e.initiative_id = i.id and f.member_id = $2))
     order by i.title, i.id`,
    [collaborationId, memberId, paidFor, locale === 'en' ? 'nameEn' : 'nameSv'],
  )

export const listMembers = (db: Queryable, collaborationId: string) =>
  db.query<{ memberId: string; name: string }>(`select id as "memberId", name from member where collaboration_id = $1 order by name collate "C", id`, [collaborationId])
