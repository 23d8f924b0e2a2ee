import { now } from '../../server/clock'
import type { Ctx } from '../../server/http/context'
import { actingUserId } from '../../server/http/context'
import { AppError } from '../../server/http/errors'
import { recordChange } from '../audit'
import * as repo from './demo-data.repository'

/** What removing the demo would remove. */
export async function countDemoData(ctx: Ctx) {
  const collaborations = await repo.listDemoCollaborations(ctx.db)
  const accounts = await repo.listDemoAccounts(ctx.db)
  return {
    collaborations: collaborations.map((c) => c.name),
    records: await repo.countCollaborationRecords(ctx.db, collaborations.map((c) => c.id)),
    accounts: accounts.filter((a) => !a.deactivatedAt).length,
  }
}

/**
 * Removes every demo collaboration with everything in it, and the demo accounts, in one transaction and
 * one audit entry. The audit log keeps its entries about them: it is append-only. A demo account that
 * a real collaboration still refers to is deactivated instead of deleted.
 */
export async function removeDemoData(ctx: Ctx) {
  // A demo administrator would remove themselves half-way; a real administrator must do it.
  if (await repo.isDemoAccount(ctx.db, actingUserId(ctx))) throw new AppError(409, 'demo_removal_by_demo_account')
  return ctx.db.transaction(async (tx) => {
    const collaborations = await repo.listDemoCollaborations(tx)
    const removedRecords = await repo.deleteCollaborations(tx, collaborations.map((c) => c.id))
    const accounts = await repo.listDemoAccounts(tx)
    const inUse = await repo.findAccountsInUse(tx, accounts.map((a) => a.id))
    const removable = accounts.filter((a) => !inUse.has(a.id))
    const kept = accounts.filter((a) => inUse.has(a.id))
    await repo.removeAccounts(tx, accounts.map((a) => a.id), removable.map((a) => a.id), now())
    const result = {
      removedCollaborations: collaborations.map((c) => c.name),
      removedRecords,
      removedAccounts: removable.length,
      deactivatedAccounts: kept.map((a) => ({ email: a.email, name: a.name })),
    }
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'demo.removed', entityType: 'demo_data', entityId: 'demo', after: result })
    return result
  })
}
