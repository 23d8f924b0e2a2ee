import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessmentProblems, buildMatrix, currentCell, currentScore, escalates, levelOf, levelRange, RISK_LEVELS, score, startingBody, type Strategy } from './risk-score'

const grade = fc.integer({ min: 1, max: 5 })
const assessment = fc.record({ probabilityBefore: grade, consequenceBefore: grade, probabilityAfter: fc.option(grade, { nil: null }), consequenceAfter: fc.option(grade, { nil: null }) })

describe('risk scores', () => {
  it('are 1..25 and the same whichever way round probability and consequence are', () => {
    fc.assert(
      fc.property(grade, grade, (p, c) => {
        expect(score(p, c)).toBeGreaterThanOrEqual(1)
        expect(score(p, c)).toBeLessThanOrEqual(25)
        expect(score(p, c)).toBe(score(c, p))
      }),
    )
  })

  it('are taken after measures once both are assessed, before them until then — even when measures made it worse', () => {
    expect(currentScore({ probabilityBefore: 4, consequenceBefore: 4, probabilityAfter: null, consequenceAfter: null })).toBe(16)
    expect(currentScore({ probabilityBefore: 4, consequenceBefore: 4, probabilityAfter: 2, consequenceAfter: 3 })).toBe(6)
    expect(currentScore({ probabilityBefore: 2, consequenceBefore: 2, probabilityAfter: 5, consequenceAfter: 5 })).toBe(25)
    fc.assert(fc.property(assessment, (a) => {
        expect(currentScore(a)).toBe(score(currentCell(a).probability, currentCell(a).consequence))
      }),
    )
  })

  it('fall in the bands low 1–4, medium 5–9, high 10–16 and very high 20–25', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(levelOf)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'very_high', 'very_high'])
    fc.assert(
      fc.property(grade, grade, (p, c) => {
        const [low, high] = levelRange(levelOf(score(p, c)))
        expect(score(p, c)).toBeGreaterThanOrEqual(low)
        expect(score(p, c)).toBeLessThanOrEqual(high)
      }),
    )
    expect(RISK_LEVELS.map(levelRange)).toEqual([[1, 4], [5, 9], [10, 16], [17, 25]])
  })
})

describe('the matrix', () => {
  it('has 25 cells whose counts sum to the number of open risks, each risk in its current cell', () => {
    fc.assert(
      fc.property(fc.array(assessment, { maxLength: 60 }), (risks) => {
        const matrix = buildMatrix(risks.map((r) => ({ ...currentCell(r), count: 1 })))
        expect(matrix).toHaveLength(25)
        expect(matrix.reduce((sum, cell) => sum + cell.count, 0)).toBe(risks.length)
        for (const cell of matrix) expect(cell.count).toBe(risks.filter((r) => currentCell(r).probability === cell.probability && currentCell(r).consequence === cell.consequence).length)
      }),
    )
  })

  it('lists the most probable row first, and every cell carries its score and level in words', () => {
    const matrix = buildMatrix([{ probability: 5, consequence: 4, count: 2 }])
    expect(matrix[0]).toEqual({ probability: 5, consequence: 1, score: 5, level: 'medium', count: 0 })
    expect(matrix.find((c) => c.probability === 5 && c.consequence === 4)).toEqual({ probability: 5, consequence: 4, score: 20, level: 'very_high', count: 2 })
  })
})

describe('the assessment rule', () => {
  const base = { probabilityBefore: 3, consequenceBefore: 3, kind: 'risk' as const, strategy: 'reduce' as Strategy, measures: 'Utbildning' }

  it('takes probability and consequence after measures together, and only with measures described', () => {
    expect(assessmentProblems({ ...base, probabilityAfter: 2, consequenceAfter: null })).toEqual([{ field: 'consequenceAfter', code: 'risk_after_both' }])
    expect(assessmentProblems({ ...base, probabilityAfter: null, consequenceAfter: 2 })).toEqual([{ field: 'probabilityAfter', code: 'risk_after_both' }])
    expect(assessmentProblems({ ...base, measures: '  ', probabilityAfter: 2, consequenceAfter: 2 })).toEqual([{ field: 'measures', code: 'risk_after_needs_measures' }])
    expect(assessmentProblems({ ...base, probabilityAfter: 5, consequenceAfter: 5 })).toEqual([])
  })

  it('accepts any after-measures score, higher or lower, when both are given with measures', () => {
    fc.assert(fc.property(grade, grade, grade, grade, (pb, cb, pa, ca) => {
        expect(assessmentProblems({ ...base, probabilityBefore: pb, consequenceBefore: cb, probabilityAfter: pa, consequenceAfter: ca })).toEqual([])
      }),
    )
  })

  it('holds a strategy to its kind', () => {
    expect(assessmentProblems({ ...base, probabilityAfter: null, consequenceAfter: null, strategy: 'exploit' })).toEqual([{ field: 'strategy', code: 'risk_strategy_of_kind' }])
    expect(assessmentProblems({ ...base, kind: 'opportunity', probabilityAfter: null, consequenceAfter: null, strategy: 'avoid' })).toEqual([{ field: 'strategy', code: 'risk_strategy_of_kind' }])
    expect(assessmentProblems({ ...base, kind: 'opportunity', probabilityAfter: null, consequenceAfter: null, strategy: 'accept' })).toEqual([])
  })
})

describe('escalation', () => {
  it('is raised once per crossing of the threshold', () => {
    const t = 15
    expect(escalates({ scoreNow: 16, scoreBefore: null, threshold: t, escalated: false, escalationOpen: false })).toBe(true)
    expect(escalates({ scoreNow: 15, scoreBefore: null, threshold: t, escalated: false, escalationOpen: false })).toBe(false)
    expect(escalates({ scoreNow: 20, scoreBefore: 16, threshold: t, escalated: true, escalationOpen: true })).toBe(false)
    expect(escalates({ scoreNow: 20, scoreBefore: 16, threshold: t, escalated: true, escalationOpen: false })).toBe(false)
    expect(escalates({ scoreNow: 20, scoreBefore: 12, threshold: t, escalated: true, escalationOpen: false })).toBe(true)
    expect(escalates({ scoreNow: 20, scoreBefore: 20, threshold: t, escalated: false, escalationOpen: false })).toBe(true)
  })

  it('never while the score is at or below the threshold, nor while one is open', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.option(fc.integer({ min: 1, max: 25 }), { nil: null }), fc.integer({ min: 1, max: 25 }), fc.boolean(), fc.boolean(), (now, before, threshold, escalated, open) => {
        const raised = escalates({ scoreNow: now, scoreBefore: before, threshold, escalated, escalationOpen: open })
        if (now <= threshold || open) expect(raised).toBe(false)
      }),
    )
  })
})

describe('where an escalation starts', () => {
  it('is the lowest rung of the escalation chain: the body with the most bodies above it', () => {
    const bodies = [
      { id: 'direktion', escalatesToBodyId: null },
      { id: 'referensgrupp', escalatesToBodyId: null },
      { id: 'styrgrupp', escalatesToBodyId: 'direktion' },
      { id: 'beredningsgrupp', escalatesToBodyId: 'styrgrupp' },
    ]
    expect(startingBody(bodies)).toBe('beredningsgrupp')
    expect(startingBody(bodies.slice(0, 2))).toBe('direktion')
    expect(startingBody([])).toBeNull()
  })
})
