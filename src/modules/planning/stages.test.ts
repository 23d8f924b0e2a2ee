import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ACTIONS, allowed, allowedActions, currentStage, defaultTimetable, STAGES, validateTimetable, type DatedStage, type StageKey } from './stages'

const plan2026 = defaultTimetable(2026)
const on = (today: string, manual?: { key: StageKey; at: string } | null) => currentStage(plan2026, today, manual)

describe('the stages of a planning round', () => {
  it('defaults to VästKom’s timetable, run in the autumn before the plan year', () => {
    expect(plan2026.map((s) => `${s.key} ${s.startsOn}`)).toEqual([
      'proposals_open 2025-10-03',
      'proposals_closed 2025-10-28',
      'screened 2025-10-29',
      'published 2025-10-31',
      'prioritisation_closed 2025-11-08',
      'results_compiled 2025-11-10',
      'presented_to_preparing_body 2025-11-15',
      'proposed_to_steering_body 2025-12-15',
      'plan_adopted 2026-01-15',
      'approved_by_members 2026-04-01',
    ])
  })

  it('gives a valid timetable for any plan year, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 9999 }), (year) => {
        expect(validateTimetable(defaultTimetable(year))).toEqual([])
      }),
    )
    expect(() => defaultTimetable(2026.5)).toThrow(RangeError)
  })

  it('lists a stage out of order, a missing stage, a repeated stage and an impossible date', () => {
    const swapped = plan2026.map((s) => (s.key === 'published' ? { ...s, startsOn: '2025-10-20' } : s))
    expect(validateTimetable(swapped)).toEqual([{ index: 3, key: 'published', code: 'not_in_order' }])

    const withoutScreening = plan2026.filter((s) => s.key !== 'screened')
    expect(validateTimetable(withoutScreening)).toEqual([{ index: 2, key: 'screened', code: 'missing_stage' }])

    const twice = [...plan2026, { key: 'published' as const, startsOn: '2025-11-01' }]
    expect(validateTimetable(twice)).toEqual([{ index: 10, key: 'published', code: 'duplicate_stage' }])

    const feb30 = plan2026.map((s) => (s.key === 'plan_adopted' ? { ...s, startsOn: '2026-02-30' } : s))
    expect(validateTimetable(feb30)).toEqual([{ index: 8, key: 'plan_adopted', code: 'invalid_date' }])
  })

  it('accepts a timetable exactly when every stage is there once with dates that never go backwards', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10))
    const timetable = fc.array(fc.record({ key: fc.constantFrom(...STAGES), startsOn: day }), { minLength: 8, maxLength: 12 })
    fc.assert(
      fc.property(timetable, (stages) => {
        const keys = stages.map((s) => s.key)
        const complete = keys.length === STAGES.length && STAGES.every((k) => keys.includes(k))
        const byOrder = [...stages].sort((a, b) => STAGES.indexOf(a.key) - STAGES.indexOf(b.key))
        const ordered = byOrder.every((s, i) => i === 0 || byOrder[i - 1]!.startsOn <= s.startsOn)
        expect(validateTimetable(stages).length === 0).toBe(complete && ordered)
      }),
    )
  })

  it('follows the dates: nothing before the round opens, the last day for proposals still open, closed the day after', () => {
    expect(on('2025-10-02')).toBe('not_started')
    expect(on('2025-10-03')).toBe('proposals_open')
    expect(on('2025-10-27')).toBe('proposals_open')
    expect(on('2025-10-28')).toBe('proposals_closed')
    expect(on('2025-11-07')).toBe('published')
    expect(on('2025-11-08')).toBe('prioritisation_closed')
    expect(on('2026-06-01')).toBe('approved_by_members')
  })

  it('is, on any day of a valid timetable, the last stage that has started', () => {
    const day = fc.integer({ min: 0, max: 200 }).map((n) => new Date(Date.UTC(2025, 8, 1 + n)).toISOString().slice(0, 10))
    fc.assert(
      fc.property(fc.array(day, { minLength: STAGES.length, maxLength: STAGES.length }), day, (dates, today) => {
        const stages: DatedStage[] = [...dates].sort().map((startsOn, i) => ({ key: STAGES[i]!, startsOn }))
        const stage = currentStage(stages, today)
        if (stage === 'not_started') {
          expect(stages[0]!.startsOn > today).toBe(true)
          return
        }
        const i = STAGES.indexOf(stage)
        expect(stages[i]!.startsOn <= today).toBe(true)
        if (i + 1 < STAGES.length) expect(stages[i + 1]!.startsOn > today).toBe(true)
      }),
    )
  })

  it('lets the coordinator close a stage early, but never set the round back or move it before the move is made', () => {
    // Prioritisation closed two days early.
    expect(on('2025-11-05', { key: 'prioritisation_closed', at: '2025-11-05T14:30:00Z' })).toBe('prioritisation_closed')
    expect(on('2025-11-04', { key: 'prioritisation_closed', at: '2025-11-05T14:30:00Z' })).toBe('published')
    // An old manual move is overtaken by the dates.
    expect(on('2025-11-10', { key: 'proposals_closed', at: '2025-10-20' })).toBe('results_compiled')
    // A round without dates yet, opened by hand.
    expect(currentStage([], '2025-09-01', { key: 'proposals_open', at: '2025-09-01' })).toBe('proposals_open')
    expect(on('2025-11-10', null)).toBe('results_compiled')
  })

  it('opens each action only in its stages', () => {
    expect(allowedActions('not_started')).toEqual([])
    expect(allowedActions('proposals_open')).toEqual(['submit_proposal', 'cosign'])
    expect(allowedActions('proposals_closed')).toEqual(['screen'])
    expect(allowedActions('screened')).toEqual(['screen'])
    expect(allowedActions('published')).toEqual(['prioritise'])
    expect(allowedActions('prioritisation_closed')).toEqual(['see_all_priorities', 'see_results'])
    expect(allowedActions('proposed_to_steering_body')).toEqual(['see_all_priorities', 'see_results', 'adopt_plan'])
    expect(allowedActions('plan_adopted')).toEqual(['see_all_priorities', 'see_results', 'adopt_plan', 'approve_plan'])
    expect(allowedActions('approved_by_members')).toEqual(['see_all_priorities', 'see_results', 'approve_plan'])
  })

  it('never shows anyone’s priorities while members can still prioritise', () => {
    for (const stage of STAGES) {
      if (allowed(stage, 'prioritise')) expect(allowed(stage, 'see_all_priorities') || allowed(stage, 'see_results')).toBe(false)
      if (allowed(stage, 'submit_proposal')) expect(allowed(stage, 'prioritise')).toBe(false)
    }
    for (const action of ACTIONS) expect(STAGES.some((stage) => allowed(stage, action))).toBe(true)
  })
})
