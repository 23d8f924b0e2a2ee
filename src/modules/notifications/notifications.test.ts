import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Duty } from '../duties'
import { digestPeriods, notificationsDue } from './notifications'

const day = (offset: number) => new Date(Date.parse('2026-12-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10)

const duty = (key: string, dueOn: string | null): Duty => ({
  key,
  kind: 'member_decision',
  collaborationId: '00000000-0000-4000-8000-000000000001',
  owners: [{ role: 'member_representative', memberId: '00000000-0000-4000-8000-000000000002' }],
  member: { id: '00000000-0000-4000-8000-000000000002', name: 'Kalix' },
  subject: 'E-arkiv',
  detail: null,
  link: '/collaborations/x/initiatives/y',
  dueOn,
  since: '2026-12-01',
})

/** Runs the sweep on each of these days in turn, keeping what it made, as the table does: returns everything made, in order. */
function sweepDays(duties: Duty[], days: number[], intervals: number[]) {
  const made = new Set<string>()
  const all: { key: string; kind: string; on: number; daysLeft: number | null }[] = []
  for (const on of days) {
    for (const due of notificationsDue(duties, made, day(on), intervals)) {
      all.push({ key: due.key, kind: due.kind, on, daysLeft: due.daysLeft })
      made.add(due.key)
    }
  }
  return all
}

const intervalsArb = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 4 })
const dutiesArb = fc.uniqueArray(fc.record({ key: fc.stringMatching(/^[a-z0-9]{1,6}$/), due: fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }) }), { selector: (d) => d.key, maxLength: 6 })
/** The days sweeps run on: in order, some days skipped, some run twice. */
const sweepDaysArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 40 }).map((steps) => steps.reduce<number[]>((days, step) => [...days, (days.at(-1) ?? 0) + step], []))

describe('which notifications a sweep makes', () => {
  it('never makes one twice, whatever days it runs on and however often', () => {
    fc.assert(
      fc.property(dutiesArb, sweepDaysArb, intervalsArb, (specs, days, intervals) => {
        const made = sweepDays(specs.map((s) => duty(s.key, s.due === null ? null : day(s.due))), days, intervals)
        expect(new Set(made.map((m) => m.key)).size).toBe(made.length)
        // One "new" per duty, and at most one overdue notice per duty.
        expect(made.filter((m) => m.kind === 'new_duty')).toHaveLength(specs.length)
        for (const spec of specs) expect(made.filter((m) => m.kind === 'overdue' && m.key.includes(`:${spec.key}:`)).length).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('reminds only inside an interval, of the nearest one, and says overdue only after the due date', () => {
    fc.assert(
      fc.property(dutiesArb, sweepDaysArb, intervalsArb, (specs, days, intervals) => {
        for (const m of sweepDays(specs.map((s) => duty(s.key, s.due === null ? null : day(s.due))), days, intervals)) {
          if (m.kind === 'overdue') expect(m.daysLeft!).toBeLessThan(0)
          if (m.kind === 'reminder') {
            const interval = Number(m.key.split(':').at(-1))
            expect(intervals).toContain(interval)
            expect(m.daysLeft!).toBeGreaterThanOrEqual(0)
            expect(m.daysLeft!).toBeLessThanOrEqual(interval)
            // No interval lies between the days left and the one reminded of.
            expect(intervals.filter((i) => i >= m.daysLeft! && i < interval)).toEqual([])
          }
        }
      }),
    )
  })

  it('swept every day from its start to past its due date, a duty is reminded once at each interval it had ahead, and once overdue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), intervalsArb, (due, intervals) => {
        const made = sweepDays([duty('d', day(due))], Array.from({ length: due + 3 }, (_, i) => i), intervals)
        const reminded = made.filter((m) => m.kind === 'reminder').map((m) => Number(m.key.split(':').at(-1)))
        // The intervals still ahead on the first day, and the nearest one already entered (its reminder comes at once).
        const entered = intervals.filter((i) => i >= due).sort((a, b) => a - b)[0]
        const expected = [...intervals.filter((i) => i < due), ...(entered === undefined ? [] : [entered])].sort((a, b) => b - a)
        expect(reminded).toEqual(expected)
        expect(made.filter((m) => m.kind === 'overdue')).toHaveLength(1)
      }),
    )
  })

  it('starts the reminders anew when the due date moves', () => {
    const first = sweepDays([duty('d', day(10))], [0, 8], [3])
    expect(first.map((m) => m.kind)).toEqual(['new_duty', 'reminder'])
    const made = new Set(first.map((m) => m.key))
    expect(notificationsDue([duty('d', day(20))], made, day(18), [3]).map((m) => m.key)).toEqual([`reminder:d:${day(20)}:3`])
  })
})

describe('digest periods', () => {
  it('starts the day at 06:00 and the week on Monday at 06:00, in Swedish time', () => {
    expect(digestPeriods('2026-12-08', 5)).toEqual({ daily: null, weekly: 'weekly:2026-12-07' })
    expect(digestPeriods('2026-12-08', 6)).toEqual({ daily: 'daily:2026-12-08', weekly: 'weekly:2026-12-07' })
    expect(digestPeriods('2026-12-07', 5)).toEqual({ daily: null, weekly: null })
    expect(digestPeriods('2026-12-07', 7)).toEqual({ daily: 'daily:2026-12-07', weekly: 'weekly:2026-12-07' })
    expect(digestPeriods('2026-12-13', 23)).toEqual({ daily: 'daily:2026-12-13', weekly: 'weekly:2026-12-07' })
  })
})
