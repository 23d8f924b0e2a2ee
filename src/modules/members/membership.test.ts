import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasLeftBy, isMemberOn, takesPartOn } from './membership'

const dayMs = 86_400_000
const iso = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10)
/** A day between 2000 and 2040, as a day number and its ISO date. */
const day = fc.integer({ min: 10_957, max: 25_567 })

describe('who is a member on a date', () => {
  it('a member is a member on its leaving date (its last day) and not the day after', () => {
    const member = { joinedOn: '2016-01-01', leftOn: '2026-12-07' }
    expect(isMemberOn(member, '2026-12-07')).toBe(true)
    expect(isMemberOn(member, '2026-12-08')).toBe(false)
    expect(hasLeftBy(member, '2026-12-07')).toBe(false)
    expect(hasLeftBy(member, '2026-12-08')).toBe(true)
  })

  it('is a member exactly on the days from its joining date to its leaving date, both included', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), day, (joined, stay, on) => {
        const member = { joinedOn: iso(joined), leftOn: iso(joined + stay) }
        expect(isMemberOn(member, iso(on))).toBe(joined <= on && on <= joined + stay)
      }),
    )
  })

  it('a member without a leaving date stays a member from its joining date on', () => {
    fc.assert(
      fc.property(day, day, (joined, on) => {
        expect(isMemberOn({ joinedOn: iso(joined), leftOn: null }, iso(on))).toBe(joined <= on)
        expect(hasLeftBy({ leftOn: null }, iso(on))).toBe(false)
      }),
    )
  })

  it('once left, a member stays out on every later day', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 4000 }), (left, on, later) => {
        fc.pre(hasLeftBy({ leftOn: iso(left) }, iso(on)))
        expect(hasLeftBy({ leftOn: iso(left) }, iso(on + later))).toBe(true)
      }),
    )
  })
})

describe('who takes part in an initiative on a date', () => {
  it('takes part from its joining day up to the day before the gate it left at', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 4000 }), day, (joined, stay, on) => {
        const participation = { joinedOn: iso(joined), leftOn: iso(joined + stay) }
        expect(takesPartOn(participation, iso(on))).toBe(joined <= on && on < joined + stay)
      }),
    )
  })

  it('does not take part before it has joined', () => {
    expect(takesPartOn({ joinedOn: null, leftOn: null }, '2026-12-07')).toBe(false)
  })
})
