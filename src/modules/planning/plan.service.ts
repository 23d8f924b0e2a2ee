import { today } from '../../server/clock'
import { withinTransaction, type Queryable } from '../../server/db/database'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, staleVersion } from '../../server/http/errors'
import { sqlWindow, type PageQuery, type Paged } from '../../server/http/paging'
import { recordChange } from '../audit'
import * as finance from '../finance'
import { createInitiative } from '../initiatives'
import { aggregate, describeMethod, type Ballot } from './aggregation'
import { fitToBudget } from './budget-fit'
import * as repo from './planning.repository'
import type { AdoptPlanBody, MemberInput, Plan, Results } from './planning.schema'
import { checkMembers, loadRound, moveStageIn, published, requireStage, roundMembers, STAGE_NAMES } from './planning.service'
import { allowed } from './stages'

// The round's outcome: its results fitted to the budget frame, the adopted plan, the members' approvals and the project bank.

type View = { method: 'points' | 'borda'; weighting: 'equal' | 'population' }

/** The ballots as the aggregation reads them: with each member's code and population for the plan's year. */
function ballotsOf(rows: repo.BallotRow[], members: Awaited<ReturnType<typeof roundMembers>>): Ballot[] {
  const byId = new Map(members.map((m) => [m.memberId, m]))
  return rows.map((b) => {
    const member = byId.get(b.memberId)
    return { memberId: b.memberId, code: member?.code ?? b.memberName, population: member?.population ?? 0, points: b.points ?? undefined, ranking: b.ranking ?? undefined }
  })
}

// A ranking round has no points to distribute, whatever the column holds.
const optionsOf = (round: repo.RoundRow, view: View) => ({ ...view, pointsPerMember: round.ballotKind === 'points' ? round.pointsPerMember : null })

async function computeResults(db: Queryable, round: repo.RoundRow, options: View, locale: 'sv' | 'en'): Promise<Results> {
  const proposals = published(await repo.listProposals(db, round.id))
  const members = await roundMembers(db, round.collaborationId, round.year)
  const ballotRows = await repo.listBallots(db, round.id)
  const ballots = ballotsOf(ballotRows, members)
  const full = optionsOf(round, options)
  const ranked = aggregate(
    proposals.map((p) => ({ id: p.id, number: p.number })),
    ballots,
    full,
  )
  const byId = new Map(proposals.map((p) => [p.id, p]))
  const fit = fitToBudget(
    ranked.map((r) => ({ proposalId: r.proposalId, costOre: byId.get(r.proposalId)!.estimatedCostOre })),
    round.budgetFrameOre,
  )
  const funded = new Map(fit.funded.map((f) => [f.proposalId, f.cumulativeOre]))
  const voted = new Set(ballotRows.map((b) => b.memberId))
  return {
    ...options,
    description: describeMethod(full, locale),
    budgetFrameOre: round.budgetFrameOre,
    ranking: ranked.map(({ perMember: _, ...r }) => {
      const proposal = byId.get(r.proposalId)!
      return {
        ...r,
        number: proposal.number,
        title: proposal.title,
        proposingMemberName: proposal.proposingMemberName,
        estimatedCostOre: proposal.estimatedCostOre,
        fit: funded.has(r.proposalId) ? ('funded' as const) : ('bank' as const),
        cumulativeOre: funded.get(r.proposalId) ?? null,
      }
    }),
    usedOre: fit.usedOre,
    leftOre: fit.leftOre,
    voted: ballotRows.length,
    abstained: members.filter((m) => !voted.has(m.memberId)).map((m) => ({ memberId: m.memberId, name: m.name })),
  }
}

/** A round whose results may be seen, and the view asked for (the round's own method and weighting by default). */
async function resultsRound(ctx: Ctx, collaborationId: string, roundId: string, query: Partial<View>) {
  const { round, stage } = await loadRound(ctx.db, collaborationId, roundId)
  if (stage === 'not_started' || !allowed(stage, 'see_results')) throw new AppError(409, 'results_not_yet', { stage: STAGE_NAMES[ctx.locale][stage] })
  if (query.method === 'points' && round.ballotKind === 'ranking') throw fieldError(ctx.locale, 'querystring.method', 'points_need_points')
  return { round, view: { method: query.method ?? round.method, weighting: query.weighting ?? round.weighting } }
}

export async function roundResults(ctx: Ctx, collaborationId: string, roundId: string, query: Partial<View>) {
  const { round, view } = await resultsRound(ctx, collaborationId, roundId, query)
  return computeResults(ctx.db, round, view, ctx.locale)
}

/** A page of the members' priorities with what each gave each proposal: a member's scores depend on its own ballot only. */
export async function memberInputs(ctx: Ctx, collaborationId: string, roundId: string, query: Partial<View> & PageQuery): Promise<Paged<MemberInput>> {
  const { round, view } = await resultsRound(ctx, collaborationId, roundId, query)
  const { rows, total } = await repo.listBallotPage(ctx.db, roundId, sqlWindow(query))
  const proposals = published(await repo.listProposals(ctx.db, round.id))
  const ranked = aggregate(
    proposals.map((p) => ({ id: p.id, number: p.number })),
    ballotsOf(rows, await roundMembers(ctx.db, collaborationId, round.year)),
    optionsOf(round, view),
  )
  const scores = new Map(rows.map((b) => [b.memberId, [] as MemberInput['scores']]))
  for (const proposal of ranked) for (const m of proposal.perMember) scores.get(m.memberId)!.push({ proposalId: proposal.proposalId, score: m.score })
  const items = rows.map(({ memberId, memberName, points, ranking, submittedAt }) => ({ memberId, memberName, points, ranking, submittedAt, scores: scores.get(memberId)! }))
  return { items, total, page: query.page, limit: query.limit }
}

// ---- The plan ------------------------------------------------------------------------------------

export async function adoptPlan(ctx: Ctx, collaborationId: string, roundId: string, body: AdoptPlanBody) {
  await ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId, true)
    requireStage(ctx, stage, 'adopt_plan')
    if (round.adoptedOn) throw new AppError(409, 'plan_already_adopted', { adoptedOn: round.adoptedOn })
    if (body.adoptedOn > today()) throw fieldError(ctx.locale, 'body.adoptedOn', 'decision_in_future')
    const results = await computeResults(tx, round, round, ctx.locale)
    const inTx: Ctx = { ...ctx, db: withinTransaction(ctx.db, tx), onlyMemberIds: null }
    const cosigners = await repo.listCosigners(tx, roundId)
    const proposals = await repo.listProposals(tx, roundId)
    for (const entry of results.ranking) {
      const proposal = proposals.find((p) => p.id === entry.proposalId)!
      if (entry.fit === 'bank') {
        await repo.setOutcome(tx, proposal.id, 'bank', entry.rank, null)
        continue
      }
      // A funded activity becomes an initiative in the first phase, with the proposer and its co-signers taking part.
      const initiative = await createInitiative(inTx, collaborationId, {
        title: proposal.title,
        need: proposal.need,
        description: proposal.expectedBenefit,
        areas: proposal.areas,
        proposingMemberId: proposal.proposingMemberId,
        participantMemberIds: cosigners.filter((c) => c.proposalId === proposal.id).map((c) => c.memberId),
        projectManager: '',
        registeredOn: body.adoptedOn,
      })
      await repo.setOutcome(tx, proposal.id, 'funded', entry.rank, initiative.id)
      if (round.costKeyId) {
        const budget = await finance.createBudget(inTx, collaborationId, { initiativeId: initiative.id, year: round.year, note: `Verksamhetsplan ${round.year}, förslag ${proposal.number}` })
        await finance.addCostLine(inTx, collaborationId, budget.id, { category: 'other', description: proposal.title, amountOre: proposal.estimatedCostOre, costKeyId: round.costKeyId, paidInAdvance: false, indexSeries: null, indexBaseYear: null })
      }
    }
    const adopted = { ...round, goals: body.goals || round.goals, adoptedOn: body.adoptedOn, adoptedReference: body.reference, version: body.version }
    if (!(await repo.updateRound(tx, adopted))) throw staleVersion()
    await moveStageIn(ctx, tx, { ...adopted, version: body.version + 1 }, stage, 'plan_adopted', body.version + 1)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'plan.adopted', entityType: 'planning_round', entityId: roundId, after: { ...body, funded: results.ranking.filter((r) => r.fit === 'funded').map((r) => r.proposalId) } })
  })
  return getPlan(ctx, collaborationId, roundId)
}

export async function getPlan(ctx: Ctx, collaborationId: string, roundId: string): Promise<Plan> {
  const { round } = await loadRound(ctx.db, collaborationId, roundId)
  const [collaboration] = await repo.collaborationNames(ctx.db, [collaborationId])
  const proposals = (await repo.listProposals(ctx.db, roundId)).filter((p) => p.outcome).sort((a, b) => a.planRank! - b.planRank!)
  const cosigners = await repo.listCosigners(ctx.db, roundId)
  const budgets = await finance.listBudgets(ctx, collaborationId, { year: round.year })
  const approvals = await repo.listApprovals(ctx.db, roundId)
  const members = await roundMembers(ctx.db, collaborationId, round.year)
  const funded = proposals.filter((p) => p.outcome === 'funded')
  return {
    roundId,
    collaborationName: collaboration!.name,
    year: round.year,
    title: round.title,
    goals: round.goals,
    adoptedOn: round.adoptedOn,
    adoptedReference: round.adoptedReference,
    budgetFrameOre: round.budgetFrameOre,
    fundedOre: funded.reduce((sum, p) => sum + p.estimatedCostOre, 0),
    activities: funded.map((p) => ({
      proposalId: p.id,
      number: p.number,
      title: p.title,
      rank: p.planRank!,
      estimatedCostOre: p.estimatedCostOre,
      participants: [p.proposingMemberName, ...cosigners.filter((c) => c.proposalId === p.id && c.memberId !== p.proposingMemberId).map((c) => c.name)],
      initiativeId: p.initiativeId,
      budgetId: budgets.find((b) => b.initiativeId === p.initiativeId)?.id ?? null,
    })),
    bank: proposals.filter((p) => p.outcome === 'bank').map((p) => ({ proposalId: p.id, number: p.number, title: p.title, rank: p.planRank!, estimatedCostOre: p.estimatedCostOre })),
    approvals: members.map((m) => {
      const approval = approvals.find((a) => a.memberId === m.memberId)
      return { memberId: m.memberId, name: m.name, outcome: approval?.outcome ?? null, decidedOn: approval?.decidedOn ?? null, reference: approval?.reference ?? '' }
    }),
  }
}

export async function recordApproval(ctx: Ctx, collaborationId: string, roundId: string, memberId: string, body: { outcome: 'approve' | 'reject'; decidedOn: string; reference: string }) {
  await ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId)
    requireStage(ctx, stage, 'approve_plan')
    if (body.decidedOn < round.adoptedOn!) throw fieldError(ctx.locale, 'body.decidedOn', 'approval_before_adoption', { adoptedOn: round.adoptedOn! })
    if (body.decidedOn > today()) throw fieldError(ctx.locale, 'body.decidedOn', 'decision_in_future')
    await checkMembers(ctx, tx, collaborationId, round.year, [memberId], 'params.memberId')
    await repo.upsertApproval(tx, roundId, memberId, body, actorName(ctx))
    await recordChange(tx, ctx.actor, { collaborationId, action: 'plan.member_decided', entityType: 'planning_round', entityId: roundId, after: { memberId, ...body } })
  })
  return getPlan(ctx, collaborationId, roundId)
}

export const projectBank = (ctx: Ctx, collaborationId: string) => repo.listBank(ctx.db, collaborationId)
