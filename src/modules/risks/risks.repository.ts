import type { Queryable } from '../../server/db/database'
import type { PageQuery } from '../../server/http/paging'
import { sqlWindow } from '../../server/http/paging'
import { levelRange, type RiskLevel } from './risk-score'
import type { CreateRiskBody } from './risks.schema'

const utc = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`

const columns = `r.id, r.collaboration_id as "collaborationId", r.subject_type as "subjectType", r.initiative_id as "initiativeId", i.title as "initiativeTitle",
  r.kind, r.title, r.category, r.cause, r.consequence,
  r.probability_before::int as "probabilityBefore", r.consequence_before::int as "consequenceBefore",
  r.probability_after::int as "probabilityAfter", r.consequence_after::int as "consequenceAfter", r.current_score::int as "currentScore",
  r.owner_user_id as "ownerUserId", coalesce(u.name, r.owner_name) as "ownerName", r.strategy, r.measures,
  r.next_review as "nextReview", r.last_reviewed_on as "lastReviewedOn", r.member_id as "memberId", m.name as "memberName",
  r.status, r.closed_reason as "closedReason", r.escalation_id as "escalationId", d.status as "escalationStatus", b.name as "escalationBodyName",
  ${utc('r.created_at')} as "createdAt", ${utc('r.updated_at')} as "updatedAt", r.version`

const joins = `from risk r
  join initiative i on i.id = r.initiative_id
  left join app_user u on u.id = r.owner_user_id
  left join member m on m.id = r.member_id
  left join disagreement d on d.id = r.escalation_id
  left join body b on b.id = d.current_body_id`

export interface RiskRow {
  id: string
  collaborationId: string
  subjectType: 'initiative'
  initiativeId: string
  initiativeTitle: string
  kind: 'risk' | 'opportunity'
  title: string
  category: CreateRiskBody['category']
  cause: string
  consequence: string
  probabilityBefore: number
  consequenceBefore: number
  probabilityAfter: number | null
  consequenceAfter: number | null
  currentScore: number
  ownerUserId: string | null
  ownerName: string
  strategy: CreateRiskBody['strategy']
  measures: string
  nextReview: string | null
  lastReviewedOn: string | null
  memberId: string | null
  memberName: string | null
  status: 'open' | 'closed'
  closedReason: string
  escalationId: string | null
  escalationStatus: 'open' | 'resolved' | null
  escalationBodyName: string | null
  createdAt: string
  updatedAt: string
  version: number
}

/** Highest current score first; the title and id break ties, so pages never shift. */
const ORDER = 'order by r.current_score desc, r.title, r.id'

export async function findRisk(db: Queryable, collaborationId: string, initiativeId: string, riskId: string, forUpdate = false) {
  // `for update of r`: the outer joins cannot be locked, and the risk row is what is changed.
  const [row] = await db.query<RiskRow>(`select ${columns} ${joins} where r.collaboration_id = $1 and r.initiative_id = $2 and r.id = $3${forUpdate ? ' for update of r' : ''}`, [collaborationId, initiativeId, riskId])
  return row
}

export const listInitiativeRisks = (db: Queryable, collaborationId: string, initiativeId: string, withholdSecurity = false) =>
  db.query<RiskRow>(`select ${columns} ${joins} where r.collaboration_id = $1 and r.initiative_id = $2${withholdSecurity ? ` and ${NOT_SECURITY}` : ''} order by r.status = 'closed', r.current_score desc, r.title, r.id`, [collaborationId, initiativeId])

export interface PortfolioFilter {
  level?: RiskLevel
  initiativeId?: string
  memberId?: string
  kind?: 'risk' | 'opportunity'
  status?: 'open' | 'closed'
  /** Only those whose next review is before this day. */
  overdueBefore?: string
  /** Leave out information-security risks (for readers outside the collaboration: OSL 18:8). */
  withholdSecurity?: boolean
}

/** Risks to information security are covered by secrecy (OSL 18 kap. 8 §): never shown to readers outside the collaboration. */
const NOT_SECURITY = "r.category <> 'information_security'"

function where(collaborationId: string, filter: PortfolioFilter) {
  const params: unknown[] = [collaborationId]
  const conditions = ['r.collaboration_id = $1']
  const add = (sql: (at: string) => string, value: unknown) => {
    params.push(value)
    conditions.push(sql(`$${params.length}`))
  }
  add((at) => `r.status = ${at}`, filter.status ?? 'open')
  if (filter.level) {
    const [low, high] = levelRange(filter.level)
    add((at) => `r.current_score >= ${at}`, low)
    add((at) => `r.current_score <= ${at}`, high)
  }
  if (filter.initiativeId) add((at) => `r.initiative_id = ${at}`, filter.initiativeId)
  if (filter.memberId) add((at) => `r.member_id = ${at}`, filter.memberId)
  if (filter.kind) add((at) => `r.kind = ${at}`, filter.kind)
  if (filter.overdueBefore) add((at) => `r.next_review < ${at}::date`, filter.overdueBefore)
  if (filter.withholdSecurity) conditions.push(NOT_SECURITY)
  return { sql: conditions.join(' and '), params }
}

export async function listPortfolioRisks(db: Queryable, collaborationId: string, filter: PortfolioFilter, page: PageQuery) {
  const { sql, params } = where(collaborationId, filter)
  const { limit, offset } = sqlWindow(page)
  const [rows, [count]] = await Promise.all([
    db.query<RiskRow>(`select ${columns} ${joins} where ${sql} ${ORDER} limit ${limit} offset ${offset}`, params),
    db.query<{ total: number }>(`select count(*)::int as total from risk r where ${sql}`, params),
  ])
  return { rows, total: count?.total ?? 0 }
}

/** Open risks per current cell of the matrix, counted in SQL. */
export async function countMatrix(db: Queryable, collaborationId: string, filter: PortfolioFilter) {
  const { sql, params } = where(collaborationId, { ...filter, status: 'open' })
  return db.query<{ probability: number; consequence: number; count: number }>(
    `select r.current_probability::int as probability, r.current_consequence::int as consequence, count(*)::int as count from risk r where ${sql} group by 1, 2`,
    params,
  )
}

export type RiskFields = Omit<CreateRiskBody, 'ownerName'> & { ownerName: string }

export async function insertRisk(tx: Queryable, collaborationId: string, initiativeId: string, risk: RiskFields) {
  const [row] = await tx.query<{ id: string }>(
    `insert into risk (collaboration_id, subject_type, initiative_id, kind, title, category, cause, consequence, probability_before, consequence_before,
       probability_after, consequence_after, owner_user_id, owner_name, strategy, measures, next_review, member_id)
     values ($1, 'initiative', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) returning id`,
    [collaborationId, initiativeId, risk.kind, risk.title, risk.category, risk.cause, risk.consequence, risk.probabilityBefore, risk.consequenceBefore, risk.probabilityAfter, risk.consequenceAfter, risk.ownerUserId, risk.ownerName, risk.strategy, risk.measures, risk.nextReview, risk.memberId],
  )
  return row!.id
}

export async function updateRisk(tx: Queryable, riskId: string, version: number, risk: RiskFields) {
  const rows = await tx.query(
    `update risk set kind = $3, title = $4, category = $5, cause = $6, consequence = $7, probability_before = $8, consequence_before = $9,
       probability_after = $10, consequence_after = $11, owner_user_id = $12, owner_name = $13, strategy = $14, measures = $15, next_review = $16, member_id = $17,
       updated_at = now(), version = version + 1
     where id = $1 and version = $2 returning id`,
    [riskId, version, risk.kind, risk.title, risk.category, risk.cause, risk.consequence, risk.probabilityBefore, risk.consequenceBefore, risk.probabilityAfter, risk.consequenceAfter, risk.ownerUserId, risk.ownerName, risk.strategy, risk.measures, risk.nextReview, risk.memberId],
  )
  return rows.length === 1
}

export async function reviewRisk(
  tx: Queryable,
  riskId: string,
  version: number,
  review: { probabilityBefore: number; consequenceBefore: number; probabilityAfter: number | null; consequenceAfter: number | null; nextReview: string; reviewedOn: string },
) {
  const rows = await tx.query(
    `update risk set probability_before = $3, consequence_before = $4, probability_after = $5, consequence_after = $6, next_review = $7, last_reviewed_on = $8,
       updated_at = now(), version = version + 1
     where id = $1 and version = $2 returning id`,
    [riskId, version, review.probabilityBefore, review.consequenceBefore, review.probabilityAfter, review.consequenceAfter, review.nextReview, review.reviewedOn],
  )
  return rows.length === 1
}

export async function closeRisk(tx: Queryable, riskId: string, version: number, reason: string) {
  const rows = await tx.query(`update risk set status = 'closed', closed_reason = $3, updated_at = now(), version = version + 1 where id = $1 and version = $2 and status = 'open' returning id`, [riskId, version, reason])
  return rows.length === 1
}

export const setEscalation = (tx: Queryable, riskId: string, disagreementId: string) => tx.query('update risk set escalation_id = $2 where id = $1', [riskId, disagreementId])

export async function findThreshold(db: Queryable, collaborationId: string) {
  const [row] = await db.query<{ threshold: number; version: number }>('select risk_escalation_threshold as threshold, version from collaboration where id = $1', [collaborationId])
  return row
}

export async function updateThreshold(tx: Queryable, collaborationId: string, version: number, threshold: number) {
  const rows = await tx.query('update collaboration set risk_escalation_threshold = $3, version = version + 1 where id = $1 and version = $2 returning id', [collaborationId, version, threshold])
  return rows.length === 1
}

/** The members taking part in the initiative now (or asking to, for its next gate). */
export const listParticipants = (db: Queryable, initiativeId: string) =>
  db.query<{ memberId: string; name: string }>(
    `select m.id as "memberId", m.name from initiative_participant p join member m on m.id = p.member_id
     where p.initiative_id = $1 and p.state in ('active', 'joining') order by m.name, m.id`,
    [initiativeId],
  )

/** Everyone with a role in the collaboration, who can therefore own a risk. */
export const listPeople = (db: Queryable, collaborationId: string) =>
  db.query<{ userId: string; name: string }>(
    `select distinct u.id as "userId", u.name from role_assignment a join app_user u on u.id = a.user_id where a.collaboration_id = $1 order by u.name, u.id`,
    [collaborationId],
  )

export async function personInCollaboration(db: Queryable, collaborationId: string, userId: string) {
  const [row] = await db.query<{ name: string }>(`select u.name from role_assignment a join app_user u on u.id = a.user_id where a.collaboration_id = $1 and a.user_id = $2 limit 1`, [collaborationId, userId])
  return row
}

/** Open risks of these collaborations due for review by `until` (Att göra); whether the owner still has a role there. */
export const listReviewsDue = (db: Queryable, collaborationIds: string[], until: string) =>
  db.query<{ id: string; collaborationId: string; initiativeId: string; initiativeTitle: string; title: string; ownerUserId: string | null; memberId: string | null; memberName: string | null; nextReview: string; createdOn: string; ownerHasRole: boolean }>(
    `select r.id, r.collaboration_id as "collaborationId", r.initiative_id as "initiativeId", i.title as "initiativeTitle", r.title,
       r.owner_user_id as "ownerUserId", r.member_id as "memberId", m.name as "memberName", r.next_review as "nextReview",
       (r.created_at at time zone 'Europe/Stockholm')::date as "createdOn",
       exists (select 1 from role_assignment a where a.user_id = r.owner_user_id and a.collaboration_id = r.collaboration_id) as "ownerHasRole"
     from risk r join initiative i on i.id = r.initiative_id left join member m on m.id = r.member_id
     where r.collaboration_id = any($1::uuid[]) and r.status = 'open' and r.next_review <= $2::date
     order by r.next_review, r.id`,
    [collaborationIds, until],
  )
