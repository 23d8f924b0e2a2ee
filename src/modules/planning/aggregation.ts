/**
 * Aggregating the members' priorities into one ranked list of proposals (issue 7, SPEC §3.6). Pure, and in
 * whole numbers only: Borda scores are doubled so that shared positions never leave a fraction.
 */

export interface Ballot {
  memberId: string
  /** The member's official code (kommunkod); orders the per-member lists. */
  code: string
  /** Inhabitants, used when the round weights by population. */
  population: number
  /** Points per proposal id, in a round prioritised by points; a proposal left out has 0. */
  points?: Record<string, number>
  /** Proposal ids, best first, in a round prioritised by ranking; proposals left out share the remaining places. */
  ranking?: string[]
}

export interface ProposalRef {
  id: string
  /** 1, 2, 3 … in submission order; the last tie-break. */
  number: number
}

export type Method = 'points' | 'borda'
export type Weighting = 'equal' | 'population'

export interface AggregationOptions {
  method: Method
  weighting: Weighting
  /**
   * The points each member distributes at most, when the round is prioritised by points; null or left out
   * when the round asks for a ranking (points ballots are then refused). Required for the points method.
   */
  pointsPerMember?: number | null
}

export interface RankedProposal {
  proposalId: string
  /** 1-based, no two proposals share one. */
  rank: number
  /**
   * The proposal's total: the sum of `perMember`. Points method: points × weight. Borda: twice the Borda
   * score × weight (doubled so that shared places stay whole). Weight: 1, or the member's population.
   */
  score: number
  /**
   * Members that gave the proposal a score above 0 (before weighting). In Borda only the last place scores 0,
   * so a proposal a member left unranked among others still counts that member, as it shares higher places.
   */
  supporters: number
  /** Each member's weighted contribution to `score`, ordered by member code. */
  perMember: { memberId: string; score: number }[]
  /** The rule that put this proposal below the one ranked just above it on an equal score, if any. */
  tieBrokenBy: null | 'supporters' | 'number'
}

export type BallotProblemCode =
  | 'missing'
  | 'both_points_and_ranking'
  | 'ranking_not_allowed'
  | 'points_not_allowed'
  | 'unknown_proposal'
  | 'not_integer'
  | 'negative'
  | 'too_many_points'
  | 'duplicate'

export interface BallotProblem {
  /** The field at fault: `points`, `points.<proposalId>`, `ranking` or `ranking.<index>`. */
  path: string
  code: BallotProblemCode
}

export class AggregationError extends Error {
  constructor(
    readonly code: 'invalid_options' | 'invalid_ballot' | 'duplicate_member' | 'duplicate_proposal' | 'invalid_population' | 'score_too_large',
    readonly memberId: string | null = null,
    readonly problems: BallotProblem[] = [],
  ) {
    super(memberId ? `${code}: ${memberId}` : code)
  }
}

function checkOptions(options: AggregationOptions) {
  const budget = options.pointsPerMember
  if (budget != null && !(Number.isSafeInteger(budget) && budget > 0)) throw new AggregationError('invalid_options')
  if (options.method === 'points' && budget == null) throw new AggregationError('invalid_options')
}

/** Every problem with one member's ballot, with the path of the field at fault. */
export function validateBallot(ballot: Ballot, proposals: readonly ProposalRef[], options: AggregationOptions): BallotProblem[] {
  checkOptions(options)
  const published = new Set(proposals.map((p) => p.id))
  const problems: BallotProblem[] = []
  if (!ballot.points && !ballot.ranking) return [{ path: options.method === 'points' || options.pointsPerMember != null ? 'points' : 'ranking', code: 'missing' }]
  if (ballot.points && ballot.ranking) problems.push({ path: 'ranking', code: 'both_points_and_ranking' })
  if (ballot.ranking && options.method === 'points') problems.push({ path: 'ranking', code: 'ranking_not_allowed' })
  if (ballot.points && options.pointsPerMember == null) problems.push({ path: 'points', code: 'points_not_allowed' })

  if (ballot.points) {
    let sum = 0
    for (const [id, value] of Object.entries(ballot.points)) {
      const path = `points.${id}`
      if (!published.has(id)) problems.push({ path, code: 'unknown_proposal' })
      if (!Number.isSafeInteger(value)) problems.push({ path, code: 'not_integer' })
      else if (value < 0) problems.push({ path, code: 'negative' })
      else sum += value
    }
    if (options.pointsPerMember != null && sum > options.pointsPerMember) problems.push({ path: 'points', code: 'too_many_points' })
  }
  if (ballot.ranking) {
    const seen = new Set<string>()
    ballot.ranking.forEach((id, index) => {
      const path = `ranking.${index}`
      if (!published.has(id)) problems.push({ path, code: 'unknown_proposal' })
      else if (seen.has(id)) problems.push({ path, code: 'duplicate' })
      seen.add(id)
    })
  }
  return problems
}

/** The points a ballot gives a proposal; own keys only, so an id like `constructor` is never inherited. */
const pointsFor = (ballot: Ballot, id: string) => (ballot.points && Object.hasOwn(ballot.points, id) ? ballot.points[id]! : 0)

/**
 * A ballot as places: groups of proposal ids that share places, best first. A ranking gives one group per
 * ranked id and one last group of all it left out; points give one group per distinct number of points.
 */
function tiers(ballot: Ballot, proposals: readonly ProposalRef[]): string[][] {
  if (ballot.ranking) {
    const ranked = new Set(ballot.ranking)
    const rest = proposals.filter((p) => !ranked.has(p.id)).map((p) => p.id)
    return [...ballot.ranking.map((id) => [id]), ...(rest.length ? [rest] : [])]
  }
  const points = (id: string) => pointsFor(ballot, id)
  const levels = [...new Set(proposals.map((p) => points(p.id)))].sort((a, b) => b - a)
  return levels.map((level) => proposals.filter((p) => points(p.id) === level).map((p) => p.id))
}

/**
 * Twice each proposal's Borda score on one ballot: with n proposals, place k (from 0) is worth n − 1 − k;
 * a group sharing places a … b gets their average, (value(a) + value(b)) / 2, so doubled it is whole.
 */
function doubledBorda(ballot: Ballot, proposals: readonly ProposalRef[]): Map<string, number> {
  const n = proposals.length
  const scores = new Map<string, number>()
  let place = 0
  for (const group of tiers(ballot, proposals)) {
    const best = n - 1 - place
    const worst = n - 1 - (place + group.length - 1)
    for (const id of group) scores.set(id, best + worst)
    place += group.length
  }
  return scores
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The proposals ranked by the members' ballots. Ties on score go to the proposal with more supporters, then
 * to the lower proposal number (submitted first), so the ranking is the same whatever order the input has.
 * Throws an AggregationError on an invalid ballot, a member voting twice or a repeated proposal.
 */
export function aggregate(proposals: readonly ProposalRef[], ballots: readonly Ballot[], options: AggregationOptions): RankedProposal[] {
  checkOptions(options)
  if (new Set(proposals.map((p) => p.id)).size !== proposals.length) throw new AggregationError('duplicate_proposal')
  const members = new Set<string>()
  for (const ballot of ballots) {
    if (members.has(ballot.memberId)) throw new AggregationError('duplicate_member', ballot.memberId)
    members.add(ballot.memberId)
    const problems = validateBallot(ballot, proposals, options)
    if (problems.length) throw new AggregationError('invalid_ballot', ballot.memberId, problems)
    if (options.weighting === 'population' && !(Number.isSafeInteger(ballot.population) && ballot.population >= 0)) {
      throw new AggregationError('invalid_population', ballot.memberId)
    }
  }

  const voters = [...ballots].sort((a, b) => compareText(a.code, b.code) || compareText(a.memberId, b.memberId))
  const raw = voters.map((ballot) => (options.method === 'points' ? new Map(proposals.map((p) => [p.id, pointsFor(ballot, p.id)])) : doubledBorda(ballot, proposals)))
  const weight = (ballot: Ballot) => (options.weighting === 'population' ? ballot.population : 1)

  const totals = proposals.map((proposal) => {
    const perMember = voters.map((ballot, i) => ({ memberId: ballot.memberId, score: (raw[i]!.get(proposal.id) ?? 0) * weight(ballot) }))
    // All terms are whole and non-negative, so a safe total means every step on the way was exact.
    const score = perMember.reduce((sum, m) => sum + m.score, 0)
    if (!Number.isSafeInteger(score)) throw new AggregationError('score_too_large')
    const supporters = raw.filter((scores) => (scores.get(proposal.id) ?? 0) > 0).length
    return { proposal, score, supporters, perMember }
  })

  totals.sort((a, b) => b.score - a.score || b.supporters - a.supporters || a.proposal.number - b.proposal.number || compareText(a.proposal.id, b.proposal.id))
  return totals.map((t, i) => {
    const above = totals[i - 1]
    const tieBrokenBy = !above || above.score !== t.score ? null : above.supporters !== t.supporters ? 'supporters' : 'number'
    return { proposalId: t.proposal.id, rank: i + 1, score: t.score, supporters: t.supporters, perMember: t.perMember, tieBrokenBy }
  })
}

/** The method, weighting and tie rule in words, for the results page. */
export function describeMethod(options: AggregationOptions, locale: 'sv' | 'en'): string {
  const budget = options.pointsPerMember
  const sv = locale === 'sv'
  const method =
    options.method === 'points'
      ? sv
        ? `Förslagen rangordnas efter summan av poäng: varje medlem fördelar högst ${budget} poäng mellan förslagen, och ett förslags resultat är summan av de poäng medlemmarna har gett det.`
        : `Proposals are ranked by their sum of points: each member distributes at most ${budget} points among the proposals, and a proposal's result is the sum of the points the members gave it.`
      : [
          sv
            ? 'Förslagen rangordnas med Bordametoden: med n publicerade förslag ger en medlems förstaplats n − 1 poäng, andraplatsen n − 2 och så vidare ned till 0 för sista platsen. Förslag som en medlem inte har rangordnat delar lika på de platser som återstår.'
            : 'Proposals are ranked by Borda count: with n published proposals, a member’s first place gives n − 1 points, second place n − 2, and so on down to 0 for the last place. Proposals a member has not ranked share the remaining places equally.',
          budget != null
            ? sv
              ? `Varje medlem fördelar högst ${budget} poäng; medlemmens poäng ger dess rangordning, och förslag med lika många poäng delar på sina platser.`
              : `Each member distributes at most ${budget} points; the points give the member’s ranking, and proposals with equal points share their places.`
            : '',
          sv ? 'Poängen visas dubblerade, så att delade platser blir hela tal.' : 'Scores are shown doubled, so that shared places stay whole numbers.',
        ]
          .filter(Boolean)
          .join(' ')
  const weighting =
    options.weighting === 'equal'
      ? sv
        ? 'Varje medlem väger lika: en medlem, en röst.'
        : 'Every member counts the same: one member, one voice.'
      : sv
        ? 'Varje medlems poäng multipliceras med medlemmens folkmängd, så att medlemmar med fler invånare väger tyngre.'
        : 'Each member’s points are multiplied by its population, so members with more inhabitants weigh more.'
  const ties = sv
    ? 'Vid lika resultat går det förslag först som fler medlemmar har gett mer än 0 poäng; är även det lika går det förslag först som lämnades in tidigast (lägst förslagsnummer).'
    : 'On an equal result, the proposal that more members gave more than 0 points goes first; if that is equal too, the proposal submitted first (the lowest proposal number) goes first.'
  return `${method} ${weighting} ${ties}`
}
