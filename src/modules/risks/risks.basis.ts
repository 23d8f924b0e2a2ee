import type { Queryable } from '../../server/db/database'
import type { Strategy } from '../../shared/risks'
import * as repo from './risks.repository'

/** The decision basis is a Swedish official document: the strategy in its Swedish word. */
const STRATEGY_SV: Record<Strategy, string> = { avoid: 'Undvika', reduce: 'Reducera', transfer: 'Överföra', accept: 'Acceptera', exploit: 'Utnyttja', enhance: 'Förstärka', share: 'Dela' }

export interface BasisRisk {
  title: string
  kind: 'risk' | 'opportunity'
  category: string
  cause: string
  consequence: string
  probabilityBefore: number
  consequenceBefore: number
  scoreBefore: number
  probabilityAfter: number | null
  consequenceAfter: number | null
  scoreAfter: number | null
  strategy: string
  measures: string
  ownerName: string
  memberId: string | null
  memberName: string | null
  nextReview: string | null
  status: 'open' | 'closed'
}

/** The initiative's risks, highest current score first (for the decision basis). */
export async function risksForDecisionBasis(db: Queryable, collaborationId: string, initiativeId: string): Promise<BasisRisk[]> {
  const rows = await repo.listInitiativeRisks(db, collaborationId, initiativeId)
  return rows
    .sort((a, b) => b.currentScore - a.currentScore || a.title.localeCompare(b.title, 'sv') || (a.id < b.id ? -1 : 1))
    .map((r) => ({
      title: r.title,
      kind: r.kind,
      category: r.category,
      cause: r.cause,
      consequence: r.consequence,
      probabilityBefore: r.probabilityBefore,
      consequenceBefore: r.consequenceBefore,
      scoreBefore: r.probabilityBefore * r.consequenceBefore,
      probabilityAfter: r.probabilityAfter,
      consequenceAfter: r.consequenceAfter,
      scoreAfter: r.probabilityAfter !== null && r.consequenceAfter !== null ? r.probabilityAfter * r.consequenceAfter : null,
      strategy: STRATEGY_SV[r.strategy],
      measures: r.measures,
      ownerName: r.ownerName,
      memberId: r.memberId,
      memberName: r.memberName,
      nextReview: r.nextReview,
      status: r.status,
    }))
}
