import type { Queryable } from '../../server/db/database'
import type { DutySource } from '../duties'

/**
 * What members owe for benefits, from two queries for all the collaborations:
 * - a follow-up measurement: after go-live — which in our process models is entering the model's last phase
 *   (förvaltning, drift), the phase a live solution is managed in — each participating member with a baseline owes
 *   a measurement of each indicator when its last measurement (or go-live, if later) is measureEveryMonths old;
 *   due on that day;
 * - a baseline: at a gate that requires baselines, each participating member owes its missing ones, by the gate's due date.
 */
export const benefitDuties: DutySource = {
  name: 'benefits',
  kinds: ['benefit_measurement', 'benefit_baseline'],
  async list(db, scope) {
    const [measurements, baselines] = [await measurementsOwed(db, scope.collaborationIds, scope.today), await baselinesOwed(db, scope.collaborationIds)]
    return [
      ...measurements.map((m) => ({
        key: `benefit_measurement:${m.indicatorId}:${m.memberId}:${m.dueOn}`,
        kind: 'benefit_measurement' as const,
        collaborationId: m.collaborationId,
        owners: [{ role: 'member_representative' as const, memberId: m.memberId }],
        member: { id: m.memberId, name: m.memberName },
        subject: m.title,
        detail: { sv: m.indicator, en: m.indicator },
        link: `/collaborations/${m.collaborationId}/initiatives/${m.initiativeId}`,
        dueOn: m.dueOn,
        since: m.since,
      })),
      ...baselines.map((b) => ({
        key: `benefit_baseline:${b.initiativeId}:${b.phaseEntry}:${b.memberId}`,
        kind: 'benefit_baseline' as const,
        collaborationId: b.collaborationId,
        owners: [{ role: 'member_representative' as const, memberId: b.memberId }],
        member: { id: b.memberId, name: b.memberName },
        subject: b.title,
        detail: null,
        link: `/collaborations/${b.collaborationId}/initiatives/${b.initiativeId}`,
        dueOn: b.dueOn,
        since: b.since,
      })),
    ]
  },
}

interface MeasurementOwed {
  collaborationId: string
  initiativeId: string
  title: string
  indicatorId: string
  indicator: string
  memberId: string
  memberName: string
  dueOn: string
  since: string
}

const measurementsOwed = (db: Queryable, collaborationIds: string[], today: string) =>
  db.query<MeasurementOwed>(
    `select * from (
       select i.collaboration_id as "collaborationId", i.id as "initiativeId", i.title, x.id as "indicatorId", x.name as indicator,
         m.id as "memberId", m.name as "memberName",
         (greatest(i.phase_entered_on, (select max(s.measured_on) from benefit_measurement s where s.indicator_id = f.indicator_id and s.member_id = f.member_id))
           + make_interval(months => x.measure_every_months))::date as "dueOn",
         i.phase_entered_on as since
       from initiative i
       join process_model pm on pm.id = i.process_model_id
       join benefit_effect e on e.initiative_id = i.id
       join benefit_indicator x on x.effect_id = e.id
       join benefit_indicator_member f on f.indicator_id = x.id
       join initiative_participant p on p.initiative_id = i.id and p.member_id = f.member_id and p.state in ('active', 'joining')
       join member m on m.id = f.member_id
       where i.collaboration_id = any($1::uuid[]) and i.status = 'active' and pm.definition->'phases'->-1->>'key' = i.phase_key
     ) owed where owed."dueOn" <= $2::date`,
    [collaborationIds, today],
  )

interface BaselineOwed {
  collaborationId: string
  initiativeId: string
  title: string
  phaseEntry: number
  memberId: string
  memberName: string
  dueOn: string | null
  since: string
}

const baselinesOwed = (db: Queryable, collaborationIds: string[]) =>
  db.query<BaselineOwed>(
    `select i.collaboration_id as "collaborationId", i.id as "initiativeId", i.title, i.phase_entry as "phaseEntry", m.id as "memberId", m.name as "memberName",
       i.gate_due_on as "dueOn", i.phase_entered_on as since
     from initiative i
     join process_model pm on pm.id = i.process_model_id
     join initiative_participant p on p.initiative_id = i.id and p.state in ('active', 'joining')
     join member m on m.id = p.member_id
     where i.collaboration_id = any($1::uuid[]) and i.status = 'active'
       and exists (select 1 from jsonb_array_elements(pm.definition->'phases') ph where ph->>'key' = i.phase_key and (ph->'gate'->>'requiresBaselines')::boolean)
       and exists (select 1 from benefit_indicator x join benefit_effect e on e.id = x.effect_id
                   where e.initiative_id = i.id and not exists (select 1 from benefit_indicator_member f where f.indicator_id = x.id and f.member_id = p.member_id))`,
    [collaborationIds],
  )
