import type { Queryable } from '../../server/db/database'
import type { Area } from '../../shared/initiatives'
import type { StageKey } from './stages'
import type { ProposalBody, RoundBody } from './planning.schema'

export interface RoundRow {
  id: string
  collaborationId: string
  year: number
  title: string
  ballotKind: 'points' | 'ranking'
  pointsPerMember: number
  method: 'points' | 'borda'
  weighting: 'equal' | 'population'
  minMembers: number
  budgetFrameOre: number
  costKeyId: string | null
  manualStage: StageKey | null
  manualStageAt: string | null
  goals: string
  adoptedOn: string | null
  adoptedReference: string
  version: number
}

const roundColumns = `r.id, r.collaboration_id as "collaborationId", r.year, r.title, r.ballot_kind as "ballotKind", r.points_per_member as "pointsPerMember",
  r.method, r.weighting, r.min_members as "minMembers", r.budget_frame_ore as "budgetFrameOre", r.cost_key_id as "costKeyId",
  r.manual_stage as "manualStage", r.manual_stage_at::text as "manualStageAt", r.goals, r.adopted_on as "adoptedOn",
  r.adopted_reference as "adoptedReference", r.version`

export const listRounds = (db: Queryable, collaborationIds: string[]) =>
  db.query<RoundRow & { proposals: number; ballots: number }>(
    `select ${roundColumns},
       (select count(*) from proposal p where p.round_id = r.id)::int as proposals,
       (select count(*) from priority_ballot b where b.round_id = r.id)::int as ballots
     from planning_round r where r.collaboration_id = any($1::uuid[]) order by r.year desc`,
    [collaborationIds],
  )

export async function findRound(db: Queryable, collaborationId: string, id: string, forUpdate = false) {
  const [row] = await db.query<RoundRow>(`select ${roundColumns} from planning_round r where r.collaboration_id = $1 and r.id = $2 ${forUpdate ? 'for update' : ''}`, [collaborationId, id])
  return row
}

export async function insertRound(tx: Queryable, collaborationId: string, round: Omit<RoundBody, 'stages'>) {
  const [row] = await tx.query<{ id: string }>(
    `insert into planning_round (collaboration_id, year, title, ballot_kind, points_per_member, method, weighting, min_members, budget_frame_ore, cost_key_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [collaborationId, round.year, round.title, round.ballotKind, round.pointsPerMember, round.method, round.weighting, round.minMembers, round.budgetFrameOre, round.costKeyId],
  )
  return row!.id
}

export async function updateRound(tx: Queryable, round: RoundRow) {
  const rows = await tx.query(
    `update planning_round set title = $3, method = $4, weighting = $5, min_members = $6, budget_frame_ore = $7, cost_key_id = $8,
       manual_stage = $9, manual_stage_at = $10, goals = $11, adopted_on = $12, adopted_reference = $13, version = version + 1
     where id = $1 and version = $2 returning id`,
    [round.id, round.version, round.title, round.method, round.weighting, round.minMembers, round.budgetFrameOre, round.costKeyId, round.manualStage, round.manualStageAt, round.goals, round.adoptedOn, round.adoptedReference],
  )
  return rows.length === 1
}

export const listStages = (db: Queryable, roundIds: string[]) =>
  db.query<{ roundId: string; key: StageKey; startsOn: string }>(`select round_id as "roundId", key, starts_on as "startsOn" from planning_stage where round_id = any($1::uuid[]) order by starts_on`, [roundIds])

export async function setStages(tx: Queryable, roundId: string, stages: { key: string; startsOn: string }[]) {
  await tx.query('delete from planning_stage where round_id = $1', [roundId])
  for (const stage of stages) await tx.query('insert into planning_stage (round_id, key, starts_on) values ($1, $2, $3)', [roundId, stage.key, stage.startsOn])
}

export interface ProposalRow {
  id: string
  roundId: string
  number: number
  title: string
  need: string
  expectedBenefit: string
  areas: Area[]
  estimatedCostOre: number
  estimatedEffortHours: number
  proposingMemberId: string
  proposingMemberName: string
  itSupported: boolean
  jurisdictionIntact: boolean
  notInEarlierPlan: boolean
  criteriaComment: string
  screening: 'pending' | 'accepted' | 'merged' | 'rejected'
  screeningReason: string
  mergedIntoId: string | null
  carriedFromId: string | null
  invitedMemberIds: string[]
  outcome: 'funded' | 'bank' | null
  planRank: number | null
  initiativeId: string | null
  submittedBy: string
  submittedAt: string
  version: number
}

const proposalColumns = `p.id, p.round_id as "roundId", p.number, p.title, p.need, p.expected_benefit as "expectedBenefit", p.areas,
  p.estimated_cost_ore as "estimatedCostOre", p.estimated_effort_hours as "estimatedEffortHours", p.proposing_member_id as "proposingMemberId",
  m.name as "proposingMemberName", p.it_supported as "itSupported", p.jurisdiction_intact as "jurisdictionIntact",
  p.not_in_earlier_plan as "notInEarlierPlan", p.criteria_comment as "criteriaComment", p.screening, p.screening_reason as "screeningReason",
  p.merged_into_id as "mergedIntoId", p.carried_from_id as "carriedFromId", p.invited_member_ids as "invitedMemberIds", p.outcome, p.plan_rank as "planRank", p.initiative_id as "initiativeId",
  p.submitted_by_name as "submittedBy", p.submitted_at::text as "submittedAt", p.version`

export const listProposals = (db: Queryable, roundId: string) =>
  db.query<ProposalRow>(`select ${proposalColumns} from proposal p join member m on m.id = p.proposing_member_id where p.round_id = $1 order by p.number`, [roundId])

export const listCosigners = (db: Queryable, roundId: string) =>
  db.query<{ proposalId: string; memberId: string; name: string; signedAt: string }>(
    `select c.proposal_id as "proposalId", c.member_id as "memberId", m.name, c.signed_at::text as "signedAt"
     from proposal_cosigner c join proposal p on p.id = c.proposal_id join member m on m.id = c.member_id where p.round_id = $1 order by c.signed_at`,
    [roundId],
  )

export async function insertProposal(tx: Queryable, roundId: string, memberId: string, body: ProposalBody, invited: string[], by: string) {
  const [row] = await tx.query<{ id: string }>(
    `insert into proposal (round_id, number, title, need, expected_benefit, areas, estimated_cost_ore, estimated_effort_hours, proposing_member_id,
       it_supported, jurisdiction_intact, not_in_earlier_plan, criteria_comment, carried_from_id, invited_member_ids, submitted_by_name)
     values ($1, (select coalesce(max(number), 0) + 1 from proposal where round_id = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
    [roundId, body.title, body.need, body.expectedBenefit, body.areas, body.estimatedCostOre, body.estimatedEffortHours, memberId, body.itSupported, body.jurisdictionIntact, body.notInEarlierPlan, body.criteriaComment, body.carriedFromId, invited, by],
  )
  return row!.id
}

export async function updateProposal(tx: Queryable, id: string, version: number, body: Omit<ProposalBody, 'cosignerIds' | 'carriedFromId'>) {
  const rows = await tx.query(
    `update proposal set title = $3, need = $4, expected_benefit = $5, areas = $6, estimated_cost_ore = $7, estimated_effort_hours = $8,
       it_supported = $9, jurisdiction_intact = $10, not_in_earlier_plan = $11, criteria_comment = $12, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, body.title, body.need, body.expectedBenefit, body.areas, body.estimatedCostOre, body.estimatedEffortHours, body.itSupported, body.jurisdictionIntact, body.notInEarlierPlan, body.criteriaComment],
  )
  return rows.length === 1
}

export async function screenProposal(tx: Queryable, id: string, version: number, screening: string, reason: string, mergedIntoId: string | null) {
  const rows = await tx.query(`update proposal set screening = $3, screening_reason = $4, merged_into_id = $5, version = version + 1 where id = $1 and version = $2 returning id`, [id, version, screening, reason, mergedIntoId])
  return rows.length === 1
}

export async function setOutcome(tx: Queryable, id: string, outcome: 'funded' | 'bank', rank: number, initiativeId: string | null) {
  await tx.query(`update proposal set outcome = $2, plan_rank = $3, initiative_id = $4, version = version + 1 where id = $1`, [id, outcome, rank, initiativeId])
}

export async function addCosigner(tx: Queryable, proposalId: string, memberId: string, by: string) {
  await tx.query('insert into proposal_cosigner (proposal_id, member_id, signed_by_name) values ($1, $2, $3) on conflict do nothing', [proposalId, memberId, by])
}

export async function removeCosigner(tx: Queryable, proposalId: string, memberId: string) {
  await tx.query('delete from proposal_cosigner where proposal_id = $1 and member_id = $2', [proposalId, memberId])
}

export interface BallotRow {
  memberId: string
  memberName: string
  points: Record<string, number> | null
  ranking: string[] | null
  submittedBy: string
  submittedAt: string
  version: number
}
const ballotColumns = `b.member_id as "memberId", m.name as "memberName", b.points, b.ranking, b.submitted_by_name as "submittedBy", b.submitted_at::text as "submittedAt", b.version`

export const listBallots = (db: Queryable, roundId: string) =>
  db.query<BallotRow>(`select ${ballotColumns} from priority_ballot b join member m on m.id = b.member_id where b.round_id = $1 order by m.name`, [roundId])

/** A page of a round's ballots by member name, with how many there are in all. */
export async function listBallotPage(db: Queryable, roundId: string, window: { limit: number; offset: number }) {
  const rows = await db.query<BallotRow & { total: number }>(
    `select ${ballotColumns}, count(*) over ()::int as total from priority_ballot b join member m on m.id = b.member_id where b.round_id = $1
     order by m.name, b.member_id limit $2 offset $3`,
    [roundId, window.limit, window.offset],
  )
  const total = rows[0]?.total ?? (window.offset > 0 ? ((await db.query<{ n: number }>('select count(*)::int as n from priority_ballot where round_id = $1', [roundId]))[0]?.n ?? 0) : 0)
  return { rows: rows.map(({ total: _, ...row }) => row), total }
}

/** Saves a ballot; nothing is returned when `version` is not the stored one (or a ballot appeared meanwhile). */
export async function upsertBallot(tx: Queryable, roundId: string, memberId: string, ballot: { points: Record<string, number> | null; ranking: string[] | null }, version: number | null, by: string) {
  const values = [roundId, memberId, ballot.points && JSON.stringify(ballot.points), ballot.ranking && JSON.stringify(ballot.ranking), by]
  const rows =
    version === null
      ? await tx.query(`insert into priority_ballot (round_id, member_id, points, ranking, submitted_by_name) values ($1, $2, $3, $4, $5) on conflict do nothing returning member_id`, values)
      : await tx.query(
          `update priority_ballot set points = $3, ranking = $4, submitted_by_name = $5, submitted_at = now(), version = version + 1
           where round_id = $1 and member_id = $2 and version = $6 returning member_id`,
          [...values, version],
        )
  return rows.length === 1
}

export const listApprovals = (db: Queryable, roundId: string) =>
  db.query<{ memberId: string; outcome: 'approve' | 'reject'; decidedOn: string; reference: string }>(
    `select member_id as "memberId", outcome, decided_on as "decidedOn", reference from plan_approval where round_id = $1`,
    [roundId],
  )

export async function upsertApproval(tx: Queryable, roundId: string, memberId: string, approval: { outcome: string; decidedOn: string; reference: string }, by: string) {
  await tx.query(
    `insert into plan_approval (round_id, member_id, outcome, decided_on, reference, recorded_by_name) values ($1, $2, $3, $4, $5, $6)
     on conflict (round_id, member_id) do update set outcome = excluded.outcome, decided_on = excluded.decided_on, reference = excluded.reference, recorded_by_name = excluded.recorded_by_name`,
    [roundId, memberId, approval.outcome, approval.decidedOn, approval.reference, by],
  )
}

/** Earlier proposals whose title or need shares words with `text` (Swedish stemming), best match first. */
export const similarProposals = (db: Queryable, collaborationId: string, text: string) =>
  db.query<{ id: string; roundYear: number; number: number; title: string; outcome: 'funded' | 'bank' | null; screening: ProposalRow['screening']; initiativeId: string | null }>(
    `with words as (
       select to_tsquery('swedish', string_agg(lexeme, ' | ')) as query from unnest(to_tsvector('swedish', $2)) as t(lexeme, positions, weights)
     )
     select p.id, r.year as "roundYear", p.number, p.title, p.outcome, p.screening, p.initiative_id as "initiativeId"
     from proposal p join planning_round r on r.id = p.round_id, words
     where r.collaboration_id = $1 and words.query is not null and to_tsvector('swedish', p.title || ' ' || p.need) @@ words.query
     order by ts_rank(to_tsvector('swedish', p.title || ' ' || p.need), words.query) desc, r.year desc limit 10`,
    [collaborationId, text],
  )

export const listBank = (db: Queryable, collaborationId: string) =>
  db.query<{ proposalId: string; roundId: string; year: number; number: number; title: string; need: string; estimatedCostOre: number; proposingMemberName: string; carriedInto: number | null }>(
    `select p.id as "proposalId", p.round_id as "roundId", r.year, p.number, p.title, p.need, p.estimated_cost_ore as "estimatedCostOre", m.name as "proposingMemberName",
       (select min(r2.year) from proposal c join planning_round r2 on r2.id = c.round_id where c.carried_from_id = p.id) as "carriedInto"
     from proposal p join planning_round r on r.id = p.round_id join member m on m.id = p.proposing_member_id
     where r.collaboration_id = $1 and p.outcome = 'bank' order by r.year desc, p.plan_rank`,
    [collaborationId],
  )

export async function findProposalIn(db: Queryable, collaborationId: string, id: string) {
  const [row] = await db.query<{ id: string; roundId: string; year: number; outcome: string | null }>(
    `select p.id, p.round_id as "roundId", r.year, p.outcome from proposal p join planning_round r on r.id = p.round_id where r.collaboration_id = $1 and p.id = $2`,
    [collaborationId, id],
  )
  return row
}

export const listReadKeys = async (db: Queryable, userId: string) => new Set((await db.query<{ key: string }>('select key from notification_read where user_id = $1', [userId])).map((r) => r.key))

export async function markRead(db: Queryable, userId: string, key: string) {
  await db.query('insert into notification_read (user_id, key) values ($1, $2) on conflict do nothing', [userId, key])
}

export const collaborationNames = (db: Queryable, ids: string[]) =>
  db.query<{ id: string; name: string }>('select id, name from collaboration where id = any($1::uuid[])', [ids])
