import type { Duty, DutySource } from '../duties'
import * as repo from './risks.repository'

/** How many days before its review date a review appears in Att göra (so the reminders before it can go out). */
export const REVIEW_NOTICE_DAYS = 14

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * Reviews of open risks: the risk's owner (a person with a role in the collaboration) owes it on its next review
 * date — or, when the owner is only a name or no longer has a role there, the coordinators do. Recording a review
 * moves the date forward, which discharges it.
 */
export const riskDuties: DutySource = {
  name: 'risks',
  kinds: ['risk_review'],
  async list(db, scope) {
    const due = await repo.listReviewsDue(db, scope.collaborationIds, addDays(scope.today, REVIEW_NOTICE_DAYS))
    return due.map(
      (r): Duty => ({
        key: `risk_review:${r.id}:${r.nextReview}`,
        kind: 'risk_review',
        collaborationId: r.collaborationId,
        owners: r.ownerUserId && r.ownerHasRole ? [{ userId: r.ownerUserId }] : [{ role: 'coordinator' }],
        member: r.memberId && r.memberName ? { id: r.memberId, name: r.memberName } : null,
        subject: `${r.title} (${r.initiativeTitle})`,
        detail: null,
        link: `/collaborations/${r.collaborationId}/initiatives/${r.initiativeId}#risks`,
        dueOn: r.nextReview,
        since: [addDays(r.nextReview, -REVIEW_NOTICE_DAYS), r.createdOn].sort().at(-1)!,
      }),
    )
  },
}
