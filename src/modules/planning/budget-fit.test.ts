import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BudgetFitError, fitToBudget } from './budget-fit'

const kr = (amount: number) => amount * 100

describe('fitting the ranked list to the budget frame', () => {
  it('skips a proposal that does not fit and funds a cheaper one further down', () => {
    const fit = fitToBudget(
      [
        { proposalId: 'e-arkiv', costOre: kr(1_200_000) },
        { proposalId: 'chattbot', costOre: kr(900_000) },
        { proposalId: 'öppna data', costOre: kr(500_000) },
        { proposalId: 'e-tjänster', costOre: kr(300_000) },
        { proposalId: 'skolplattform', costOre: kr(400_000) },
      ],
      kr(2_000_000),
    )
    expect(fit.funded).toEqual([
      { proposalId: 'e-arkiv', costOre: kr(1_200_000), cumulativeOre: kr(1_200_000) },
      { proposalId: 'öppna data', costOre: kr(500_000), cumulativeOre: kr(1_700_000) },
      { proposalId: 'e-tjänster', costOre: kr(300_000), cumulativeOre: kr(2_000_000) },
    ])
    expect(fit.bank).toEqual([
      { proposalId: 'chattbot', costOre: kr(900_000), reason: 'does_not_fit' },
      { proposalId: 'skolplattform', costOre: kr(400_000), reason: 'does_not_fit' },
    ])
    expect([fit.usedOre, fit.leftOre]).toEqual([kr(2_000_000), 0])
  })

  it('funds a proposal that costs exactly what is left, and refuses amounts that are not whole öre', () => {
    expect(fitToBudget([{ proposalId: 'a', costOre: 100 }], 100).funded).toHaveLength(1)
    expect(() => fitToBudget([{ proposalId: 'a', costOre: 10.5 }], 100)).toThrow(BudgetFitError)
    expect(() => fitToBudget([{ proposalId: 'a', costOre: 1 }], -1)).toThrow(BudgetFitError)
    expect(() => fitToBudget([{ proposalId: 'a', costOre: 1 }, { proposalId: 'a', costOre: 2 }], 5)).toThrow(BudgetFitError)
  })

  const ranked = fc.uniqueArray(fc.record({ proposalId: fc.string({ minLength: 1, maxLength: 4 }), costOre: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 })) }), { maxLength: 15, selector: (p) => p.proposalId })
  const frame = fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 5_000_000_000_000 }))

  it('never spends beyond the frame, and places every proposal once, funded or banked, in rank order', () => {
    fc.assert(
      fc.property(ranked, frame, (list, frameOre) => {
        const fit = fitToBudget(list, frameOre)
        const fundedCost = fit.funded.reduce((sum, p) => sum + p.costOre, 0)
        expect(fundedCost).toBe(fit.usedOre)
        expect(fit.usedOre).toBeLessThanOrEqual(frameOre)
        expect(fit.usedOre + fit.leftOre).toBe(frameOre)
        const placed = [...fit.funded, ...fit.bank].map((p) => p.proposalId)
        expect([...placed].sort()).toEqual(list.map((p) => p.proposalId).sort())
        const rankOf = (id: string) => list.findIndex((p) => p.proposalId === id)
        for (const part of [fit.funded, fit.bank]) part.forEach((p, i) => i === 0 || expect(rankOf(part[i - 1]!.proposalId)).toBeLessThan(rankOf(p.proposalId)))
      }),
    )
  })

  it('banks a proposal only when it costs more than what was left at its turn, and funds it otherwise', () => {
    fc.assert(
      fc.property(ranked, frame, (list, frameOre) => {
        const fit = fitToBudget(list, frameOre)
        const funded = new Set(fit.funded.map((p) => p.proposalId))
        // Walk the list as a person would, keeping the money left.
        let left = frameOre
        for (const proposal of list) {
          expect(funded.has(proposal.proposalId)).toBe(proposal.costOre <= left)
          if (funded.has(proposal.proposalId)) left -= proposal.costOre
          else expect(fit.bank.find((b) => b.proposalId === proposal.proposalId)).toEqual({ ...proposal, reason: 'does_not_fit' })
        }
        fit.funded.forEach((p, i) => expect(p.cumulativeOre).toBe(fit.funded.slice(0, i + 1).reduce((sum, q) => sum + q.costOre, 0)))
        expect(fit.leftOre).toBe(left)
      }),
    )
  })
})
