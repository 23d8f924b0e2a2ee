import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { budgetTotal, lateJoiners, memberTotals, referenceDate, splitFinance } from './budget-split'
import type { FinanceRecords } from './finance.loader'
import type { JoinedParticipation as ParticipationRow } from '../initiatives'
import type { MemberFigures } from '../members'
import type { BudgetRow, CostLineRow } from './finance.repository'
import type { CostKey } from './finance.schema'

const equalKey: CostKey = {
  id: 'key-equal',
  lineageId: 'lineage-equal',
  versionNo: 1,
  latest: true,
  name: 'Lika delar',
  description: '',
  kind: 'equal',
  populationYear: null,
  unitName: '',
  fixedFeeOre: null,
  perInhabitantOre: null,
  weights: [],
  exempt: [],
  fixedAmounts: [],
  minimumOre: null,
  maximumOre: null,
  createdAt: '2025-01-01',
  createdBy: 'test',
  usedBy: 0,
}

const budget = (id: string, year: number, initiativeId: string | null = null): BudgetRow => ({
  id,
  initiativeId,
  scopeName: initiativeId ? 'E-arkiv' : 'Samverkan',
  year,
  status: 'draft',
  adoptedOn: null,
  adoptionReference: null,
  adoptionMeetingItemId: null,
  adoptionExternal: null,
  adoptionRecordedBy: null,
  note: '',
  version: 1,
  initiativeStatus: initiativeId ? 'active' : null,
})

const line = (id: string, budgetId: string, amountOre: number): CostLineRow => ({ id, budgetId, category: 'staff', description: `Rad ${id}`, amountOre, costKeyId: equalKey.id, paidInAdvance: false, indexSeries: null, indexBaseYear: null, version: 1 })

const member = (memberId: string, year: number, over: Partial<MemberFigures> = {}): MemberFigures => ({ memberId, name: `Kommun ${memberId}`, code: memberId, joinedOn: '2020-01-01', leftOn: null, year, population: 1000, populationYear: year, ...over })

function records(over: Partial<FinanceRecords>): FinanceRecords {
  const budgets = over.budgets ?? []
  return { collaborationId: 'c', today: '2026-06-15', participations: [], splitBudgets: budgets, lines: [], keys: [equalKey], indexValues: [], funding: [], inKind: [], figures: [], usage: [], ...over, budgets }
}

describe('who shares a budget and what each member pays', () => {
  it('reads who shares a year on its last day, or today for the year that is running', () => {
    expect(referenceDate(2025, '2026-06-15')).toBe('2025-12-31')
    expect(referenceDate(2026, '2026-06-15')).toBe('2026-06-15')
    expect(referenceDate(2027, '2026-06-15')).toBe('2026-06-15')
  })

  it('splits the collaboration’s budget over its members on the reference day: one that left earlier pays nothing', () => {
    const figures = [member('m1', 2026), member('m2', 2026), member('m3', 2026, { leftOn: '2026-03-31' })]
    const data = splitFinance(records({ budgets: [budget('b', 2026)], lines: [line('l', 'b', 100)], figures }))
    expect(data.sharingMembers(data.budgetsById.get('b')!)).toEqual(['m1', 'm2'])
    expect(budgetTotal(data, 'b')).toBe(100)
    expect(Object.fromEntries(memberTotals(data, 2026, null))).toEqual({ m1: 50, m2: 50, m3: 0 })
  })

  it('a member that joins an initiative at a gate buys into its earlier budgets, and the earlier participants are credited what it pays', () => {
    const participation = (memberId: string, joinedOn: string, joinedAtPhase: string | null = null): ParticipationRow => ({ initiativeId: 'i', memberId, joinedOn, joinedAtPhase, leftOn: null })
    const figures = ['m1', 'm2', 'm3'].flatMap((id) => [member(id, 2025), member(id, 2026)])
    const data = splitFinance(
      records({
        budgets: [budget('b25', 2025, 'i'), budget('b26', 2026, 'i')],
        lines: [line('l25', 'b25', 90_000), line('l26', 'b26', 30_000)],
        participations: [participation('m1', '2025-01-10'), participation('m2', '2025-01-10'), participation('m3', '2026-02-01', 'concept')],
        figures,
      }),
    )
    const [joiner] = lateJoiners(data)
    expect(joiner).toMatchObject({ memberId: 'm3', year: 2026, buyInOre: 30_000 })
    expect(joiner!.credits.map((c) => [c.memberId, c.creditOre])).toEqual([
      ['m1', 15_000],
      ['m2', 15_000],
    ])
    // The buy-in and its credits cancel out: the year's totals are the year's budget.
    expect(Object.fromEntries(memberTotals(data, 2026, null))).toEqual({ m1: 10_000 - 15_000, m2: 10_000 - 15_000, m3: 10_000 + 30_000 })
  })

  it('never loses or invents an öre: the members’ totals for a year are the year’s budgets', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), (amounts, memberCount, quarterly) => {
        const figures = Array.from({ length: memberCount }, (_, i) => member(`m${i}`, 2026))
        const data = splitFinance(records({ budgets: [budget('b', 2026)], lines: amounts.map((amount, i) => line(`l${i}`, 'b', amount)), figures }))
        let paid = 0
        for (const quarter of quarterly ? [1, 2, 3, 4] : [null]) for (const amount of memberTotals(data, 2026, quarter).values()) paid += amount
        expect(paid).toBe(budgetTotal(data, 'b'))
        expect(budgetTotal(data, 'b')).toBe(amounts.reduce((a, b) => a + b, 0))
      }),
    )
  })
})
