// The decision records an initiative's gates count. The decisions module records them and lists them in pages;
// the initiative reads them here to work out its gates, so that the initiatives need nothing of the decisions module.
import type { Queryable } from '../../server/db/database'
import type { Outcome } from '../../shared/initiatives'

export interface DecisionRow {
  id: string
  initiativeId: string | null
  initiativeTitle: string | null
  phaseKey: string | null
  phaseEntry: number | null
  decisionKindId: string
  kindNameSv: string
  kindNameEn: string
  bodyId: string | null
  bodyName: string | null
  memberId: string | null
  memberName: string | null
  decidedOn: string
  outcome: Outcome
  conditions: string
  reference: string
  attachmentId: string | null
  recordedBy: string
  recordedAt: string
  /** Set when the decision is a § of minutes kept in Samverka. */
  meetingItemId: string | null
  meetingId: string | null
  paragraph: number | null
}

/** A decision record as lists and pages show it, with the names of its kind, initiative, body or member and its §. */
export const DECISION_COLUMNS = `d.id, d.initiative_id as "initiativeId", i.title as "initiativeTitle", d.phase_key as "phaseKey", d.phase_entry as "phaseEntry",
  d.decision_kind_id as "decisionKindId", k.name_sv as "kindNameSv", k.name_en as "kindNameEn",
  d.body_id as "bodyId", b.name as "bodyName", d.member_id as "memberId", m.name as "memberName",
  d.decided_on as "decidedOn", d.outcome, d.conditions, d.reference, d.attachment_id as "attachmentId",
  d.recorded_by_name as "recordedBy", d.recorded_at::text as "recordedAt",
  d.meeting_item_id as "meetingItemId", ai.meeting_id as "meetingId", ai.paragraph`
export const DECISION_JOINS = `join decision_kind k on k.id = d.decision_kind_id
  left join agenda_item ai on ai.id = d.meeting_item_id
  left join initiative i on i.id = d.initiative_id
  left join body b on b.id = d.body_id
  left join member m on m.id = d.member_id`

/** Oldest first, so that a later decision by the same decider replaces an earlier one when read in order. */
export const listDecisions = (db: Queryable, collaborationId: string, filter: { initiativeId?: string; memberId?: string } = {}) =>
  db.query<DecisionRow>(
    `select ${DECISION_COLUMNS} from decision d ${DECISION_JOINS}
     where d.collaboration_id = $1 and ($2::uuid is null or d.initiative_id = $2) and ($3::uuid is null or d.member_id = $3)
     order by d.decided_on, d.recorded_at`,
    [collaborationId, filter.initiativeId ?? null, filter.memberId ?? null],
  )
