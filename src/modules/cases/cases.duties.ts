import type { DutySource } from '../duties'
import * as repo from './cases.repository'

/**
 * Cases ready for decision that no meeting's agenda holds yet, from one query for all the collaborations: the
 * office that prepares meetings (coordinator, secretary) owes putting them before the deciding body. A
 * confidential case is named by its number only, as the text may go out by e-mail.
 */
export const caseDuties: DutySource = {
  name: 'cases',
  kinds: ['case_ready'],
  async list(db, scope) {
    const cases = await repo.listCasesAwaitingAgenda(db, scope.collaborationIds)
    return cases.map((c) => ({
      key: `case_ready:${c.id}`,
      kind: 'case_ready',
      collaborationId: c.collaborationId,
      owners: [{ role: 'secretary' }, { role: 'coordinator' }],
      member: null,
      subject: c.confidential ? c.number : `${c.number} ${c.title}`,
      detail: null,
      link: `/collaborations/${c.collaborationId}/cases/${c.id}`,
      dueOn: null,
      since: c.registeredOn,
    }))
  },
}
