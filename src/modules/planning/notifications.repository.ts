import type { Queryable } from '../../server/db/database'
import type { StageKey } from './stages'
import { notLeftBySql } from '../members'

/** The planning rounds of the person's collaborations with their stages: what decides which stage each round is in. */
export async function roundsWithStages(db: Queryable, collaborationIds: string[]) {
  const [rounds, stages] = await Promise.all([
    db.query<{ id: string; collaborationId: string; collaborationName: string; title: string; manualStage: StageKey | null; manualStageAt: string | null; manualStageSince: string | null }>(
      `select r.id, r.collaboration_id as "collaborationId", c.name as "collaborationName", r.title, r.manual_stage as "manualStage", r.manual_stage_at::text as "manualStageAt",
         (select n.since from planning_notice n where n.key = 'stage:' || r.id || ':' || r.manual_stage) as "manualStageSince"
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

/** The stored requests of these rounds' proposals to these members to co-sign, where that member has not yet. */
export const unsignedInvitations = (db: Queryable, roundIds: string[], memberIds: string[]) =>
  roundIds.length && memberIds.length
    ? db.query<{ proposalId: string; roundId: string; number: number; title: string; proposingMemberName: string; since: string; memberId: string }>(
        `select p.id as "proposalId", p.round_id as "roundId", p.number, p.title, m.name as "proposingMemberName", n.since, n.member_id as "memberId"
         from planning_notice n join proposal p on p.id = n.proposal_id join member m on m.id = p.proposing_member_id
         where n.kind = 'cosign_requested' and n.round_id = any($1::uuid[]) and n.member_id = any($2::uuid[])
           and not exists (select 1 from proposal_cosigner c where c.proposal_id = p.id and c.member_id = n.member_id)
         order by p.round_id, p.number, array_position(p.invited_member_ids, n.member_id)`,
        [roundIds, memberIds],
      )
    : Promise.resolve([])

/** Stores the request to each invited member to co-sign the proposal, dated the Swedish day it was submitted. */
export async function storeCosignRequests(tx: Queryable, proposalId: string, memberIds: string[], since: (submittedAt: string) => string) {
  const [proposal] = await tx.query<{ roundId: string; collaborationId: string; submittedAt: string }>(
    `select p.round_id as "roundId", r.collaboration_id as "collaborationId", p.submitted_at::text as "submittedAt" from proposal p join planning_round r on r.id = p.round_id where p.id = $1`,
    [proposalId],
  )
  // A proposal removed since (its round deleted) asks nobody.
  if (!proposal) return
  for (const memberId of memberIds) {
    await tx.query(
      `insert into planning_notice (key, kind, collaboration_id, round_id, proposal_id, member_id, since) values ($1, 'cosign_requested', $2, $3, $4, $5, $6) on conflict (key) do nothing`,
      [`cosign:${proposalId}:${memberId}`, proposal.collaborationId, proposal.roundId, proposalId, memberId, since(proposal.submittedAt)],
    )
  }
}

/** Stores that a stage of the round opened by hand on this date (a later move to the same stage dates it anew). */
export async function storeStageOpened(tx: Queryable, roundId: string, stage: string, since: string) {
  await tx.query(
    `insert into planning_notice (key, kind, collaboration_id, round_id, stage, since)
     select $1, 'stage_opened', r.collaboration_id, r.id, $3, $4 from planning_round r where r.id = $2
     on conflict (key) do update set since = excluded.since`,
    [`stage:${roundId}:${stage}`, roundId, stage, since],
  )
}

/** Which of these members have handed in a ballot in which of these rounds. */
export const ballotsHandedIn = (db: Queryable, roundIds: string[], memberIds: string[]) =>
  roundIds.length && memberIds.length
    ? db.query<{ roundId: string; memberId: string }>(`select round_id as "roundId", member_id as "memberId" from priority_ballot where round_id = any($1::uuid[]) and member_id = any($2::uuid[])`, [roundIds, memberIds])
    : Promise.resolve([])

/** Members on `today` of the collaboration, as the round's members are counted (joined, not yet left). */
const memberOn = (alias: string, date: string) => `${alias}.joined_on <= ${date}::date and ${notLeftBySql(alias, date)}`

/** Every member invited to co-sign a proposal of these rounds that has not (or no longer) signed, with the day it was asked. */
export const unsignedInvitationsOfRounds = (db: Queryable, roundIds: string[], today: string) =>
  roundIds.length
    ? db.query<{ proposalId: string; roundId: string; number: number; title: string; memberId: string; memberName: string; since: string }>(
        `select p.id as "proposalId", p.round_id as "roundId", p.number, p.title, m.id as "memberId", m.name as "memberName",
           (p.submitted_at at time zone 'Europe/Stockholm')::date::text as since
         from proposal p cross join lateral unnest(p.invited_member_ids) as invited(member_id) join member m on m.id = invited.member_id
         where p.round_id = any($1::uuid[]) and ${memberOn('m', '$2')}
           and not exists (select 1 from proposal_cosigner c where c.proposal_id = p.id and c.member_id = m.id)
         order by p.round_id, p.number, m.name`,
        [roundIds, today],
      )
    : Promise.resolve([])

/** The members of these rounds' collaborations that have handed in no priorities, in rounds with proposals to prioritise. */
export const membersWithoutBallot = (db: Queryable, roundIds: string[], today: string) =>
  roundIds.length
    ? db.query<{ roundId: string; memberId: string; memberName: string }>(
        `select r.id as "roundId", m.id as "memberId", m.name as "memberName"
         from planning_round r join member m on m.collaboration_id = r.collaboration_id
         where r.id = any($1::uuid[]) and ${memberOn('m', '$2')}
           and exists (select 1 from proposal p where p.round_id = r.id and p.screening = 'accepted')
           and not exists (select 1 from priority_ballot b where b.round_id = r.id and b.member_id = m.id)
         order by r.id, m.name`,
        [roundIds, today],
      )
    : Promise.resolve([])
