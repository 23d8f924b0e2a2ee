import type { Database } from '../../server/db/database'
import { runAt } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { loadGrants } from '../auth'
import { dispatchDecisionBasis } from '../decision-basis'
import * as finance from '../finance'

const kr = (kronor: number) => Math.round(kronor * 100)

/**
 * Norrbottens e-nämnd's decision basis for starting the chattbot pre-study: a budget for the pre-study in 2027
 * split by population among Haparanda, Kalix and Överkalix, and the basis dispatched by the secretary after the
 * December notice, so that the agenda item of the December meeting and the register refer to its hash.
 */
export async function seedDemoDecisionBasis(ctx: Ctx, db: Database, collaborations: Map<string, string>) {
  const collaborationId = collaborations.get('EN')!
  const [initiative] = await db.query<{ id: string }>('select id from initiative where collaboration_id = $1 and title = $2', [collaborationId, 'Chattbot för medborgarservice'])
  const keys = await finance.listCostKeys(ctx, collaborationId)
  const population = keys.find((k) => k.name.startsWith('Befolkning'))!
  const equal = keys.find((k) => k.name === 'Lika delar')!
  const budget = await finance.createBudget(ctx, collaborationId, { initiativeId: initiative!.id, year: 2027, note: 'Förstudie januari–juni 2027.' })
  await finance.addCostLine(ctx, collaborationId, budget.id, { category: 'consultants', description: 'Förstudie: marknadsanalys och kravställning', amountOre: kr(240_000), costKeyId: population.id, paidInAdvance: false, indexSeries: null, indexBaseYear: null })
  await finance.addCostLine(ctx, collaborationId, budget.id, { category: 'base_funding', description: 'Förstudie: projektledning', amountOre: kr(150_000), costKeyId: equal.id, paidInAdvance: false, indexSeries: null, indexBaseYear: null })

  const [user] = await db.query<{ id: string; name: string; email: string }>('select id, name, email from app_user where email = $1', ['sekreterare@demo.samverka.se'])
  const secretary: Ctx = { ...ctx, actor: { user: { ...user!, isAdmin: false, locale: 'sv' }, grants: await loadGrants(db, user!.id) } }
  await runAt('2026-12-02T09:30:00+01:00', () => dispatchDecisionBasis(secretary, collaborationId, initiative!.id))
}
