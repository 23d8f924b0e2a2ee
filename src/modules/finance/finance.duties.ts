import type { DutySource } from '../duties'
import * as repo from './finance.repository'

/**
 * External funding applied for and not yet answered, from one query for all the collaborations: the budget's
 * office (coordinator, finance officer) owes recording the funder's answer. No answer date nor application date
 * is stored, so it has no due date and arose, as far as we know, with its budget's year.
 */
export const financeDuties: DutySource = {
  name: 'finance',
  kinds: ['funding_answer'],
  async list(db, scope) {
    const applications = await repo.listFundingAwaitingAnswer(db, scope.collaborationIds)
    return applications.map((f) => ({
      key: `funding_answer:${f.id}`,
      kind: 'funding_answer',
      collaborationId: f.collaborationId,
      owners: [{ role: 'coordinator' }, { role: 'finance_officer' }],
      member: null,
      subject: `${f.funder} (${f.initiativeTitle ? `${f.initiativeTitle} ${f.year}` : f.year})`,
      detail: null,
      link: `/collaborations/${f.collaborationId}/finance/budgets/${f.budgetId}`,
      dueOn: null,
      since: `${f.year}-01-01`,
    }))
  },
}
