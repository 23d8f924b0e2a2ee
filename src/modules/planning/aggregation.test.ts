import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregate, AggregationError, describeMethod, validateBallot, type AggregationOptions, type Ballot, type Method, type ProposalRef, type Weighting } from './aggregation'

const proposals: ProposalRef[] = [1, 2, 3, 4].map((number) => ({ id: `P${number}`, number }))
// Göteborg agrees with neither of two small neighbours: it puts nearly everything on P4.
const goteborg: Ballot = { memberId: 'goteborg', code: '1480', population: 600_000, points: { P1: 10, P2: 20, P4: 70 } }
const alingsas: Ballot = { memberId: 'alingsas', code: '1489', population: 42_000, points: { P1: 50, P2: 30, P3: 20, P4: 0 } }
const lerum: Ballot = { memberId: 'lerum', code: '1441', population: 43_000, points: { P1: 40, P2: 20, P3: 40 } }
const ballots = [goteborg, alingsas, lerum]
const round = (method: Method, weighting: Weighting): AggregationOptions => ({ method, weighting, pointsPerMember: 100 })
const summary = (result: ReturnType<typeof aggregate>) => result.map((r) => [r.rank, r.proposalId, r.score, r.supporters, r.tieBrokenBy])

describe('aggregating the members’ priorities', () => {
  it('sums 100 points from each of three members, breaking a tie by the number of supporters', () => {
    const result = aggregate(proposals, ballots, round('points', 'equal'))
    expect(summary(result)).toEqual([
      [1, 'P1', 100, 3, null],
      [2, 'P2', 70, 3, null],
      [3, 'P4', 70, 1, 'supporters'],
      [4, 'P3', 60, 2, null],
    ])
    // Each member's part, ordered by member code: Lerum 1441, Göteborg 1480, Alingsås 1489.
    expect(result[0]!.perMember).toEqual([
      { memberId: 'lerum', score: 40 },
      { memberId: 'goteborg', score: 10 },
      { memberId: 'alingsas', score: 50 },
    ])
  })

  it('counts the same points by Borda, doubled: each member’s points give its ranking, equal points share places', () => {
    // Göteborg P4 > P2 > P1 > P3: 6, 4, 2, 0. Alingsås P1 > P2 > P3 > P4: 6, 4, 2, 0. Lerum P1 = P3 > P2 > P4: 5, 5, 2, 0.
    expect(summary(aggregate(proposals, ballots, round('borda', 'equal')))).toEqual([
      [1, 'P1', 13, 3, null],
      [2, 'P2', 10, 3, null],
      [3, 'P3', 7, 2, null],
      [4, 'P4', 6, 1, null],
    ])
  })

  it('lets Göteborg’s population outweigh the two small municipalities', () => {
    // P4: 600 000 × 70; P2: 600 000 × 20 + 42 000 × 30 + 43 000 × 20; P1: 600 000 × 10 + 42 000 × 50 + 43 000 × 40; P3: 42 000 × 20 + 43 000 × 40.
    expect(summary(aggregate(proposals, ballots, round('points', 'population')))).toEqual([
      [1, 'P4', 42_000_000, 1, null],
      [2, 'P2', 14_120_000, 3, null],
      [3, 'P1', 9_820_000, 3, null],
      [4, 'P3', 2_560_000, 2, null],
    ])
    expect(aggregate(proposals, ballots, round('borda', 'population')).map((r) => [r.proposalId, r.score])).toEqual([
      ['P4', 3_600_000],
      ['P2', 2_654_000],
      ['P1', 1_667_000],
      ['P3', 299_000],
    ])
  })

  it('lets unranked proposals share the places left, and breaks a full tie by the earlier proposal', () => {
    const partial: Ballot = { memberId: 'kungalv', code: '1482', population: 48_000, ranking: ['P3', 'P1'] }
    // P3 first (3 → 6), P1 second (2 → 4), P2 and P4 share third and fourth place ((1 + 0) / 2 → 1).
    expect(summary(aggregate(proposals, [partial], { method: 'borda', weighting: 'equal' }))).toEqual([
      [1, 'P3', 6, 1, null],
      [2, 'P1', 4, 1, null],
      [3, 'P2', 1, 1, null],
      [4, 'P4', 1, 1, 'number'],
    ])
  })

  it('refuses a ranking in a points round, a member voting twice, and a proposal listed twice, with a typed error', () => {
    const ranked: Ballot = { memberId: 'kungalv', code: '1482', population: 48_000, ranking: ['P1'] }
    const refused = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return error instanceof AggregationError ? [error.code, error.memberId, error.problems] : error
      }
      return 'accepted'
    }
    expect(refused(() => aggregate(proposals, [goteborg, ranked], round('points', 'equal')))).toEqual(['invalid_ballot', 'kungalv', [{ path: 'ranking', code: 'ranking_not_allowed' }]])
    expect(refused(() => aggregate(proposals, [goteborg, goteborg], round('points', 'equal')))).toEqual(['duplicate_member', 'goteborg', []])
    expect(refused(() => aggregate([...proposals, proposals[0]!], ballots, round('points', 'equal')))).toEqual(['duplicate_proposal', null, []])
    expect(refused(() => aggregate(proposals, ballots, { method: 'points', weighting: 'equal' }))).toEqual(['invalid_options', null, []])
  })

  it('names every invalid field of a ballot by its path', () => {
    const options = round('borda', 'equal')
    expect(validateBallot({ ...goteborg, points: { P1: 60, P2: -5, P3: 2.5, P9: 1, P4: 50 } }, proposals, options)).toEqual([
      { path: 'points.P2', code: 'negative' },
      { path: 'points.P3', code: 'not_integer' },
      { path: 'points.P9', code: 'unknown_proposal' },
      { path: 'points', code: 'too_many_points' },
    ])
    expect(validateBallot({ ...goteborg, points: undefined, ranking: ['P2', 'P9', 'P2'] }, proposals, options)).toEqual([
      { path: 'ranking.1', code: 'unknown_proposal' },
      { path: 'ranking.2', code: 'duplicate' },
    ])
    expect(validateBallot({ ...goteborg, points: undefined }, proposals, { method: 'borda', weighting: 'equal' })).toEqual([{ path: 'ranking', code: 'missing' }])
    expect(validateBallot(goteborg, proposals, { method: 'borda', weighting: 'equal' })).toEqual([{ path: 'points', code: 'points_not_allowed' }])
    expect(validateBallot({ ...goteborg, points: { P1: 100 } }, proposals, options)).toEqual([])
  })

  it('accepts points exactly when they are whole, not negative, on published proposals and within the budget', () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 60 }), fc.constantFrom(0.5, Number.NaN))
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5'), value), (points) => {
        const values = Object.values(points)
        const valid = Object.keys(points).every((id) => id !== 'P5') && values.every((v) => Number.isInteger(v) && v >= 0) && values.reduce((a, b) => a + b, 0) <= 100
        expect(validateBallot({ ...goteborg, points }, proposals, round('points', 'equal')).length === 0).toBe(valid)
      }),
    )
  })

  it('documents the method, weighting and tie rule in Swedish and English', () => {
    expect(describeMethod(round('points', 'equal'), 'sv')).toBe(
      'Förslagen rangordnas efter summan av poäng: varje medlem fördelar högst 100 poäng mellan förslagen, och ett förslags resultat är summan av de poäng medlemmarna har gett det. ' +
        'Varje medlem väger lika: en medlem, en röst. ' +
        'Vid lika resultat går det förslag först som fler medlemmar har gett mer än 0 poäng; är även det lika går det förslag först som lämnades in tidigast (lägst förslagsnummer).',
    )
    expect(describeMethod({ method: 'borda', weighting: 'population' }, 'en')).toBe(
      'Proposals are ranked by Borda count: with n published proposals, a member’s first place gives n − 1 points, second place n − 2, and so on down to 0 for the last place. Proposals a member has not ranked share the remaining places equally. ' +
        'Scores are shown doubled, so that shared places stay whole numbers. ' +
        'Each member’s points are multiplied by its population, so members with more inhabitants weigh more. ' +
        'On an equal result, the proposal that more members gave more than 0 points goes first; if that is equal too, the proposal submitted first (the lowest proposal number) goes first.',
    )
    expect(describeMethod(round('borda', 'equal'), 'sv')).toContain('Varje medlem fördelar högst 100 poäng; medlemmens poäng ger dess rangordning')
  })
})

// ---- An independent reference, in exact fractions, and random rounds to hold the implementation to it. ----

type Fraction = { n: bigint; d: bigint }
const fraction = (n: bigint, d = 1n): Fraction => ({ n, d })
const plus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d })
const compare = (a: Fraction, b: Fraction) => Math.sign(Number(a.n * b.d - b.n * a.d))

/** Each member's score for each proposal, unweighted: points as given, or the Borda average of the places it holds. */
function referenceScores(proposalList: ProposalRef[], ballot: Ballot, method: Method): Map<string, Fraction> {
  const ids = proposalList.map((p) => p.id)
  if (method === 'points') return new Map(ids.map((id) => [id, fraction(BigInt(ballot.points?.[id] ?? 0))]))
  // A smaller key is a better place: the ranking position (unranked last, all alike), or fewer points.
  const key = (id: string) => (ballot.ranking ? (ballot.ranking.includes(id) ? ballot.ranking.indexOf(id) : ids.length) : -(ballot.points?.[id] ?? 0))
  const sorted = [...ids].sort((a, b) => key(a) - key(b))
  const n = ids.length
  return new Map(
    ids.map((id) => {
      const places = sorted.map((other, place) => (key(other) === key(id) ? place : -1)).filter((place) => place >= 0)
      const sum = places.reduce((total, place) => total + (n - 1 - place), 0)
      return [id, fraction(BigInt(sum), BigInt(places.length))]
    }),
  )
}

function reference(proposalList: ProposalRef[], ballotList: Ballot[], method: Method, weighting: Weighting) {
  const scores = ballotList.map((ballot) => ({ ballot, scores: referenceScores(proposalList, ballot, method) }))
  const rows = proposalList.map((proposal) => {
    let total = fraction(0n)
    let supporters = 0
    for (const { ballot, scores: s } of scores) {
      const own = s.get(proposal.id)!
      total = plus(total, { n: own.n * BigInt(weighting === 'population' ? ballot.population : 1), d: own.d })
      if (own.n > 0n) supporters += 1
    }
    return { proposal, total, supporters }
  })
  rows.sort((a, b) => compare(b.total, a.total) || b.supporters - a.supporters || a.proposal.number - b.proposal.number)
  return rows
}

const randomRound = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `p${i + 1}`)
  const numbers = Array.from({ length: n }, (_, i) => i + 1)
  return fc.record({
    // Submission numbers in another order than the ids, so the tie rule cannot lean on the ids.
    proposals: fc.shuffledSubarray(numbers, { minLength: n, maxLength: n }).map((order) => ids.map((id, i) => ({ id, number: order[i]! }))),
    ballots: fc.uniqueArray(
      fc.record({
        code: fc.integer({ min: 1400, max: 1499 }).map(String),
        population: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1_000, max: 700_000 })),
        byRanking: fc.boolean(),
        points: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), { minLength: n, maxLength: n }),
        ranking: fc.shuffledSubarray(ids),
      }),
      { maxLength: 6, selector: (b) => b.code },
    ),
    method: fc.constantFrom<Method>('points', 'borda'),
    weighting: fc.constantFrom<Weighting>('equal', 'population'),
  }).map(({ proposals: list, ballots: raw, method, weighting }) => ({
    proposals: list,
    ballots: raw.map(
      (b): Ballot => ({
        memberId: `m${b.code}`,
        code: b.code,
        population: b.population,
        // Only the points method forbids rankings.
        ...(b.byRanking && method === 'borda' ? { ranking: b.ranking } : { points: Object.fromEntries(ids.flatMap((id, i) => (b.points[i] === undefined ? [] : [[id, b.points[i]!]]))) }),
      }),
    ),
    options: { method, weighting, pointsPerMember: 100 } as AggregationOptions,
  }))
})

const shuffled = <T>(list: T[]) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })

describe('aggregation against a reference', () => {
  it('agrees with the reference on every score, supporter count and place', () => {
    fc.assert(
      fc.property(randomRound, ({ proposals: list, ballots: given, options }) => {
        const result = aggregate(list, given, options)
        const expected = reference(list, given, options.method, options.weighting)
        expect(result.map((r) => r.proposalId)).toEqual(expected.map((e) => e.proposal.id))
        const scale = options.method === 'borda' ? 2n : 1n
        result.forEach((r, i) => {
          const e = expected[i]!
          expect(BigInt(r.score) * e.total.d).toBe(scale * e.total.n)
          expect(r.supporters).toBe(e.supporters)
        })
      }),
      { numRuns: 500 },
    )
  })

  it('gives the same result whatever order the ballots and proposals come in', () => {
    const withShuffles = randomRound.chain((r) => fc.tuple(fc.constant(r), shuffled(r.proposals), shuffled(r.ballots)))
    fc.assert(
      fc.property(withShuffles, ([r, proposalsShuffled, ballotsShuffled]) => {
        expect(aggregate(proposalsShuffled, ballotsShuffled, r.options)).toEqual(aggregate(r.proposals, r.ballots, r.options))
      }),
    )
  })

  it('ranks 1 … n once each, with each tie-break named by the rule that decided it', () => {
    fc.assert(
      fc.property(randomRound, ({ proposals: list, ballots: given, options }) => {
        const result = aggregate(list, given, options)
        expect(result.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1))
        const number = (id: string) => list.find((p) => p.id === id)!.number
        result.forEach((r, i) => {
          expect(r.perMember.reduce((sum, m) => sum + m.score, 0)).toBe(r.score)
          expect(r.perMember.map((m) => m.memberId)).toEqual([...given].sort((a, b) => (a.code < b.code ? -1 : 1)).map((b) => b.memberId))
          const above = result[i - 1]
          if (!above || above.score !== r.score) {
            expect(r.tieBrokenBy).toBeNull()
            if (above) expect(above.score).toBeGreaterThan(r.score)
          } else if (above.supporters !== r.supporters) {
            expect(r.tieBrokenBy).toBe('supporters')
            expect(above.supporters).toBeGreaterThan(r.supporters)
          } else {
            expect(r.tieBrokenBy).toBe('number')
            expect(number(above.proposalId)).toBeLessThan(number(r.proposalId))
          }
        })
      }),
    )
  })

  it('follows a single member’s ballot when every member counts the same', () => {
    fc.assert(
      fc.property(randomRound, ({ proposals: list, ballots: given, options }) => {
        const ballot = given[0]
        if (!ballot) return
        const result = aggregate(list, [ballot], { ...options, weighting: 'equal' }).map((r) => r.proposalId)
        if (ballot.ranking) {
          // The ranked ones in the member's order, then the rest in submission order.
          const rest = list.filter((p) => !ballot.ranking!.includes(p.id)).sort((a, b) => a.number - b.number)
          expect(result).toEqual([...ballot.ranking, ...rest.map((p) => p.id)])
        } else {
          const points = (id: string) => ballot.points?.[id] ?? 0
          expect(result).toEqual([...list].sort((a, b) => points(b.id) - points(a.id) || a.number - b.number).map((p) => p.id))
        }
      }),
    )
  })
})
