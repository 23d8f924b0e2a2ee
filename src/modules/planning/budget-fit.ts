/**
 * Fitting the ranked proposals to the year's budget frame (issue 7, SPEC §3.6). Pure, in whole öre.
 * Skip and continue: in rank order, a proposal that costs more than what is left goes to the project bank,
 * and the next one is tried, so a cheaper proposal further down may still be funded.
 */

export interface FundedProposal {
  proposalId: string
  costOre: number
  /** What the funded proposals cost together, up to and including this one. */
  cumulativeOre: number
}

export interface BankedProposal {
  proposalId: string
  costOre: number
  reason: 'does_not_fit'
}

export interface BudgetFit {
  /** In rank order. */
  funded: FundedProposal[]
  /** In rank order. */
  bank: BankedProposal[]
  usedOre: number
  leftOre: number
}

export class BudgetFitError extends Error {
  constructor(readonly code: 'invalid_amount' | 'duplicate_proposal') {
    super(code)
  }
}

const isOre = (value: number) => Number.isSafeInteger(value) && value >= 0

/** `ranked` (best first) fitted into `frameOre`: what is funded, what goes to the bank, and the money used and left. */
export function fitToBudget(ranked: readonly { proposalId: string; costOre: number }[], frameOre: number): BudgetFit {
  if (!isOre(frameOre) || !ranked.every((p) => isOre(p.costOre))) throw new BudgetFitError('invalid_amount')
  if (new Set(ranked.map((p) => p.proposalId)).size !== ranked.length) throw new BudgetFitError('duplicate_proposal')
  const funded: FundedProposal[] = []
  const bank: BankedProposal[] = []
  let usedOre = 0
  for (const { proposalId, costOre } of ranked) {
    if (costOre <= frameOre - usedOre) {
      usedOre += costOre
      funded.push({ proposalId, costOre, cumulativeOre: usedOre })
    } else {
      bank.push({ proposalId, costOre, reason: 'does_not_fit' })
    }
  }
  return { funded, bank, usedOre, leftOre: frameOre - usedOre }
}
