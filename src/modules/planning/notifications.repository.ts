import type { Queryable } from '../../server/db/database'
import type { StageKey } from './stages'

/** The planning rounds of the person's collaborations with their stages: what decides which stage each round is in. */
export async function roundsWithStages(db: Queryable, collaborationIds: string[]) {
  const [rounds, stages] = await Promise.all([
    db.query<{ id: string; collaborationId: string; collaborationName: string; title: string; manualStage: StageKey | null; manualStageAt: string | null }>(
      `select r.id, r.collaboration_id as "collaborationId", c.name as "collaborationName", r.title, r.manual_stage as "manualStage", r.manual_stage_at::text as "manualStageAt"
       from planning_round r join collaboration c on c.id = r.collaboration_id where r.collaboration_id = any($1::uuid[]) order by r.year desc, r.id`,
      [collaborationIds],
    ),
    db.query<{ roundId: string; key: StageKey; startsOn: string }>(
      `select s.round_id as "roundId", s.key, s.starts_on as "startsOn" from planning_stage s join planning_round r on r.id = s.round_id
       where r.collaboration_id = any($1::uuid[]) order by s.starts_on`,
      [collaborationIds],
    ),
  ])
  return { rounds, stages }
}

/** Proposals of these rounds that invite one of these members to co-sign, where that member has not yet. */
export const unsignedInvitations = (db: Queryable, roundIds: string[], memberIds: string[]) =>
  roundIds.length && memberIds.length
    ? db.query<{ proposalId: string; roundId: string; number: number; title: string; proposingMemberName: string; submittedAt: string; memberId: string }>(
        `select p.id as "proposalId", p.round_id as "roundId", p.number, p.title, m.name as "proposingMemberName", p.submitted_at::text as "submittedAt", invited.member_id as "memberId"
         from proposal p join member m on m.id = p.proposing_member_id
         cross join lateral unnest(p.invited_member_ids) with ordinality as invited (member_id, place)
         where p.round_id = any($1::uuid[]) and invited.member_id = any($2::uuid[])
           and not exists (select 1 from proposal_cosigner c where c.proposal_id = p.id and c.member_id = invited.member_id)
         order by p.round_id, p.number, invited.place`,
        [roundIds, memberIds],
      )
    : Promise.resolve([])

/** Which of these members have handed in a ballot in which of these rounds. */
export const ballotsHandedIn = (db: Queryable, roundIds: string[], memberIds: string[]) =>
  roundIds.length && memberIds.length
    ? db.query<{ roundId: string; memberId: string }>(`select round_id as "roundId", member_id as "memberId" from priority_ballot where round_id = any($1::uuid[]) and member_id = any($2::uuid[])`, [roundIds, memberIds])
    : Promise.resolve([])
