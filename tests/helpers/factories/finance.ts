import type { Database } from '../../../src/server/db/database'
import { addCostLine, createBudget, createCostKey, getBudget } from '../../../src/modules/finance'
import { BudgetBody, CostKeyBody, CostLineBody } from '../../../src/modules/finance'
import { officeCtx } from './people'

/** A cost key through the finance use case; an equal split unless told. */
export async function buildCostKey(db: Database, collaborationId: string, overrides: Partial<CostKeyBody> = {}) {
  return createCostKey(await officeCtx(db, collaborationId), collaborationId, CostKeyBody.parse({ name: 'Lika delar', kind: 'equal', ...overrides }))
}

/**
 * A draft budget for `year` with its cost lines (by default one base-funding line of 900 000 kr split in
 * equal parts on a cost key of its own), built as the coordinator would.
 */
export async function buildBudget(
  db: Database,
  collaborationId: string,
  overrides: Partial<BudgetBody> & { year: number; costKeyId?: string; lines?: Partial<CostLineBody>[] },
) {
  const ctx = await officeCtx(db, collaborationId)
  const { lines = [{ description: 'E-samordnare', amountOre: 90_000_000 }], costKeyId, ...budget } = overrides
  const keyId = costKeyId ?? (await buildCostKey(db, collaborationId)).id
  const { id } = await createBudget(ctx, collaborationId, BudgetBody.parse(budget))
  for (const line of lines) await addCostLine(ctx, collaborationId, id, CostLineBody.parse({ category: 'base_funding', costKeyId: keyId, ...line }))
  return getBudget(ctx, collaborationId, id)
}
