import type { Database } from '../../../src/server/db/database'
import { createRound, getRound, moveStage, screenProposal, submitBallot, submitProposal } from '../../../src/modules/planning'
import { ProposalBody, RoundBody } from '../../../src/modules/planning'
import { STAGES, type StageKey } from '../../../src/modules/planning'
import { officeCtx } from './people'

const thisYear = () => Number(new Date().toISOString().slice(0, 4))

/** A proposal of a round: submitted for `memberId` (its `cosignerIds` sign with it) and screened before publishing. */
export interface ProposalSpec {
  key: string
  memberId: string
  title: string
  estimatedCostOre: number
  cosignerIds?: string[]
  /** Applied when the round moves past `proposals_closed`; accepted unless told. */
  screening?: { screening: 'accepted' } | { screening: 'merged'; mergedInto: string; reason: string } | { screening: 'rejected'; reason: string }
}

/**
 * A planning round built through the planning use cases as the coordinator runs one, moved by hand
 * to `stage`: `proposals` are submitted once proposals open, screened when the round moves past
 * `proposals_closed`, and `points` (per member, per proposal key) given once it is published.
 * Its stages are all dated next year, so the round moves only when moved by hand.
 */
export async function buildRound(
  db: Database,
  collaborationId: string,
  overrides: Partial<RoundBody> & { stage?: StageKey | 'not_started'; proposals?: ProposalSpec[]; points?: Record<string, Record<string, number>> } = {},
) {
  const ctx = await officeCtx(db)
  const { stage = 'not_started', proposals = [], points = {}, ...fields } = overrides
  const year = fields.year ?? thisYear() + 1
  const stages = STAGES.map((key, i) => ({ key, startsOn: `${year}-0${1 + Math.floor(i / 3)}-${String(10 + (i % 3) * 5)}` }))
  const { id } = await createRound(ctx, collaborationId, RoundBody.parse({ year, title: `Handlingsplan ${year}`, ballotKind: 'points', method: 'points', budgetFrameOre: 0, stages, ...fields }))
  const proposalIds: Record<string, string> = {}
  const move = async (to: StageKey) => moveStage(ctx, collaborationId, id, { version: (await getRound(ctx, collaborationId, id)).version, stage: to })
  const reach = stage === 'not_started' ? -1 : STAGES.indexOf(stage)
  const reaches = (key: StageKey) => reach >= STAGES.indexOf(key)

  if (reaches('proposals_open')) {
    await move('proposals_open')
    for (const p of proposals) {
      const body = ProposalBody.parse({ title: p.title, need: `Behovet bakom ${p.title.toLowerCase()} är stort i alla kommuner.`, areas: ['shared_services'], estimatedCostOre: p.estimatedCostOre, itSupported: true, jurisdictionIntact: true, notInEarlierPlan: true, cosignerIds: p.cosignerIds ?? [] })
      proposalIds[p.key] = (await submitProposal(ctx, collaborationId, id, p.memberId, body)).id
    }
  }
  if (reaches('proposals_closed')) await move('proposals_closed')
  if (reaches('screened') || reaches('published')) {
    for (const p of proposals) {
      const screening = p.screening ?? { screening: 'accepted' }
      await screenProposal(ctx, collaborationId, id, proposalIds[p.key]!, {
        version: 1,
        screening: screening.screening,
        reason: 'reason' in screening ? screening.reason : '',
        mergedIntoId: screening.screening === 'merged' ? proposalIds[screening.mergedInto]! : null,
      })
    }
  }
  if (stage === 'screened') await move('screened')
  if (reaches('published')) {
    await move('published')
    for (const [memberId, given] of Object.entries(points)) {
      await submitBallot(ctx, collaborationId, id, memberId, { points: Object.fromEntries(Object.entries(given).map(([key, n]) => [proposalIds[key]!, n])), version: null })
    }
  }
  if (reaches('prioritisation_closed')) await move('prioritisation_closed')
  // Later stages are moved to straight away, as a coordinator may.
  if (reach > STAGES.indexOf('prioritisation_closed')) await move(stage as StageKey)
  return { round: await getRound(ctx, collaborationId, id), proposalIds }
}
