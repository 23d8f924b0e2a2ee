import { describe, expect, it } from 'vitest'
import { chartRows } from './chart-rows'
import type { MemberFigures } from './types'

const member = (over: Partial<MemberFigures>): MemberFigures => ({ memberId: 'a', memberName: 'A', baseline: null, target: null, measurements: [], realisationBasisPoints: null, realisedChange: null, ...over })

describe('an indicator over time', () => {
  it('puts baselines, measurements and targets on their dates, oldest first', () => {
    const rows = chartRows({
      members: [
        member({ baseline: { value: 1000, date: '2026-01-15', source: 's', version: 1 }, target: { value: 500, date: '2027-12-31' }, measurements: [{ id: 'x', value: 800, date: '2026-06-30', note: '' }] }),
        member({ memberId: 'b', measurements: [{ id: 'y', value: 250, date: '2026-03-01', note: '' }] }),
      ],
    })
    expect(rows.map((r) => r.date)).toEqual(['2026-01-15', '2026-03-01', '2026-06-30', '2027-12-31'])
    expect(rows[0]).toEqual({ date: '2026-01-15', m0: 10, t0: 10 })
    expect(rows[1]).toEqual({ date: '2026-03-01', m1: 2.5 })
    expect(rows[3]).toEqual({ date: '2027-12-31', t0: 5 })
  })

  it('draws no target line for a member without a baseline', () => {
    expect(chartRows({ members: [member({ target: { value: 5, date: '2027-01-01' } })] })).toEqual([])
  })
})
