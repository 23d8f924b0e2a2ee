import { today as clockToday } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { representedMembers } from '../../server/http/access'
import { actorName, type Ctx } from '../../server/http/context'
import { AppError, fieldError, forbidden, notFound, staleVersion, translate } from '../../server/http/errors'
import { requireInCollaboration } from '../../server/http/ownership'
import { recordChange } from '../audit'
import { isMemberOn, listMemberFigures } from '../members'
import { validateBallot } from './aggregation'
import * as repo from './planning.repository'
import type { ProposalBody, RoundBody, RoundDetail, RoundPatchBody } from './planning.schema'
import { allowed, allowedActions, currentStage, defaultTimetable, STAGES, validateTimetable, type PlanningAction as Action, type StageKey } from './stages'

export const STAGE_NAMES: Record<'sv' | 'en', Record<StageKey | 'not_started', string>> = {
  sv: {
    not_started: 'inte startad',
    proposals_open: 'förslag tas emot',
    proposals_closed: 'förslagen är stängda',
    screened: 'förslagen är sammanställda och granskade',
    published: 'prioritering pågår',
    prioritisation_closed: 'prioriteringen är stängd',
    results_compiled: 'resultatet är sammanställt',
    presented_to_preparing_body: 'presenterat för beredningen',
    proposed_to_steering_body: 'förslag till styrgruppen',
    plan_adopted: 'planen är fastställd',
    approved_by_members: 'medlemmarna godkänner planen',
  },
  en: {
    not_started: 'not started',
    proposals_open: 'taking proposals',
    proposals_closed: 'proposals closed',
    screened: 'proposals compiled and screened',
    published: 'prioritisation open',
    prioritisation_closed: 'prioritisation closed',
    results_compiled: 'results compiled',
    presented_to_preparing_body: 'presented to the preparing body',
    proposed_to_steering_body: 'proposed to the steering body',
    plan_adopted: 'plan adopted',
    approved_by_members: 'members approving the plan',
  },
}

/** A round with its stages and the stage it is in today. */
export async function loadRound(db: Queryable, collaborationId: string, roundId: string, forUpdate = false) {
  const round = await repo.findRound(db, collaborationId, roundId, forUpdate)
  if (!round) throw notFound('round')
  const stages = await repo.listStages(db, [round.id])
  const stage = currentStage(stages, clockToday(), round.manualStage ? { key: round.manualStage, at: round.manualStageAt! } : null)
  return { round, stages, stage }
}

export function requireStage(ctx: Ctx, stage: StageKey | 'not_started', action: Action) {
  if (stage === 'not_started' || !allowed(stage, action)) throw new AppError(409, 'stage_does_not_allow', { stage: STAGE_NAMES[ctx.locale][stage] })
}

/** The collaboration's current members with their population for the plan's year. */
export async function roundMembers(db: Queryable, collaborationId: string, year: number) {
  const today = clockToday()
  return (await listMemberFigures(db, collaborationId, [year])).filter((m) => isMemberOn(m, today))
}

function proposalViews(round: repo.RoundRow, rows: repo.ProposalRow[], cosigners: Awaited<ReturnType<typeof repo.listCosigners>>, names: Map<string, string>) {
  return rows.map(({ invitedMemberIds, ...row }) => {
    const signed = cosigners.filter((c) => c.proposalId === row.id).map(({ memberId, name, signedAt }) => ({ memberId, name, signedAt }))
    const membersConcerned = 1 + signed.filter((c) => c.memberId !== row.proposingMemberId).length
    const invited = invitedMemberIds.filter((id) => !signed.some((c) => c.memberId === id)).map((memberId) => ({ memberId, name: names.get(memberId) ?? '' }))
    return { ...row, cosigners: signed, invited, membersConcerned, enoughMembers: membersConcerned >= round.minMembers }
  })
}

const memberNames = async (db: Queryable, collaborationId: string, year: number) => new Map((await roundMembers(db, collaborationId, year)).map((m) => [m.memberId, m.name]))

export async function listRounds(ctx: Ctx, collaborationId: string) {
  const rounds = await repo.listRounds(ctx.db, [collaborationId])
  const stages = await repo.listStages(ctx.db, rounds.map((r) => r.id))
  const today = clockToday()
  const members = (await roundMembers(ctx.db, collaborationId, Number(today.slice(0, 4)))).length
  return rounds.map((r) => ({
    id: r.id,
    year: r.year,
    title: r.title,
    stage: currentStage(
      stages.filter((s) => s.roundId === r.id),
      today,
      r.manualStage ? { key: r.manualStage, at: r.manualStageAt! } : null,
    ),
    proposals: r.proposals,
    ballots: r.ballots,
    members,
    adoptedOn: r.adoptedOn,
    version: r.version,
  }))
}

export async function getRound(ctx: Ctx, collaborationId: string, roundId: string, db: Queryable = ctx.db): Promise<RoundDetail> {
  const { round, stages, stage } = await loadRound(db, collaborationId, roundId)
  const members = await roundMembers(db, collaborationId, round.year)
  const ballots = await repo.listBallots(db, roundId)
  const order = (key: StageKey) => STAGES.indexOf(key)
  return {
    ...round,
    stages: stages.map((s) => ({ key: s.key, startsOn: s.startsOn, current: s.key === stage, passed: stage !== 'not_started' && order(s.key) < order(stage) })),
    stage,
    allowed: allowedActions(stage),
    proposals: proposalViews(round, await repo.listProposals(db, roundId), await repo.listCosigners(db, roundId), new Map(members.map((m) => [m.memberId, m.name]))),
    prioritised: ballots.map((b) => ({ memberId: b.memberId, name: b.memberName, submittedAt: b.submittedAt })),
    members: members.map((m) => ({ memberId: m.memberId, name: m.name, code: m.code, population: m.population })),
  }
}

function checkTimetable(ctx: Ctx, stages: { key: StageKey; startsOn: string }[]) {
  const problem = validateTimetable(stages)[0]
  if (problem) throw fieldError(ctx.locale, `body.stages.${problem.index}`, `timetable_${problem.code}`)
}

/** A ranking gives no points to sum: a ranking round is counted by Borda. */
function checkMethod(ctx: Ctx, ballotKind: 'points' | 'ranking', method: 'points' | 'borda') {
  if (ballotKind === 'ranking' && method === 'points') throw fieldError(ctx.locale, 'body.method', 'points_need_points')
}

/** One round per year: a second is refused naming the round that has the year, and the next year that is free. */
async function checkYearFree(ctx: Ctx, tx: Queryable, collaborationId: string, year: number) {
  const rounds = await repo.listRounds(tx, [collaborationId])
  const existing = rounds.find((round) => round.year === year)
  if (!existing) return
  let next = year + 1
  while (rounds.some((round) => round.year === next)) next++
  const params = { title: existing.title, year, next }
  throw new AppError(409, 'invalid_request', {}, [{ path: 'body.year', message: translate(ctx.locale, 'round_year_taken', params) }])
}

export async function createRound(ctx: Ctx, collaborationId: string, body: RoundBody) {
  const stages = body.stages ?? defaultTimetable(body.year)
  checkTimetable(ctx, stages)
  checkMethod(ctx, body.ballotKind, body.method)
  const id = await ctx.db.transaction(async (tx) => {
    await requireInCollaboration(tx, ctx.locale, collaborationId, [{ path: 'body.costKeyId', kind: 'costKey', id: body.costKeyId }])
    await checkYearFree(ctx, tx, collaborationId, body.year)
    const id = await repo.insertRound(tx, collaborationId, body)
    await repo.setStages(tx, id, stages)
    await recordChange(tx, ctx.actor, { collaborationId, action: 'planning_round.created', entityType: 'planning_round', entityId: id, after: { ...body, stages } })
    return id
  })
  return getRound(ctx, collaborationId, id)
}

export async function updateRound(ctx: Ctx, collaborationId: string, roundId: string, body: RoundPatchBody) {
  await ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId, true)
    await requireInCollaboration(tx, ctx.locale, collaborationId, [{ path: 'body.costKeyId', kind: 'costKey', id: body.costKeyId }])
    // The method is stated before anyone prioritises; once the priorities are in it stays as published.
    const order = stage === 'not_started' ? -1 : STAGES.indexOf(stage)
    if ((body.method && body.method !== round.method) || (body.weighting && body.weighting !== round.weighting)) {
      if (order >= STAGES.indexOf('published')) throw new AppError(409, 'method_fixed')
      checkMethod(ctx, round.ballotKind, body.method ?? round.method)
    }
    if (body.stages) {
      checkTimetable(ctx, body.stages)
      await repo.setStages(tx, roundId, body.stages)
    }
    const { version, stages: _, ...changes } = body
    const next = { ...round, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), version }
    if (!(await repo.updateRound(tx, next))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'planning_round.updated', entityType: 'planning_round', entityId: roundId, before: round, after: body })
  })
  return getRound(ctx, collaborationId, roundId)
}

export async function moveStage(ctx: Ctx, collaborationId: string, roundId: string, body: { version: number; stage: StageKey }) {
  await ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId, true)
    await moveStageIn(ctx, tx, round, stage, body.stage, body.version)
  })
  return getRound(ctx, collaborationId, roundId)
}

export async function moveStageIn(ctx: Ctx, tx: Queryable, round: repo.RoundRow, from: StageKey | 'not_started', to: StageKey, version: number) {
  const at = new Date().toISOString()
  if (!(await repo.updateRound(tx, { ...round, manualStage: to, manualStageAt: at, version }))) throw staleVersion()
  // The bell's notice that the stage opened is stored by a subscriber of the event (notifications.subscribers.ts).
  await recordChange(tx, ctx.actor, {
    collaborationId: round.collaborationId,
    action: 'planning_round.stage_moved',
    entityType: 'planning_round',
    entityId: round.id,
    before: { stage: from },
    after: { stage: to },
    event: { type: 'planning_round.stage_moved', payload: { roundId: round.id, stage: to, at } },
  })
}

// ---- Proposals -----------------------------------------------------------------------------------

async function oneProposal(db: Queryable, round: repo.RoundRow, proposalId: string) {
  const view = proposalViews(round, await repo.listProposals(db, round.id), await repo.listCosigners(db, round.id), await memberNames(db, round.collaborationId, round.year)).find((p) => p.id === proposalId)
  if (!view) throw notFound('proposal')
  return view
}

export async function checkMembers(ctx: Ctx, db: Queryable, collaborationId: string, year: number, memberIds: string[], path: string) {
  const members = new Set((await roundMembers(db, collaborationId, year)).map((m) => m.memberId))
  const stranger = memberIds.findIndex((id) => !members.has(id))
  if (stranger >= 0) throw fieldError(ctx.locale, `${path}.${stranger}`, 'member_not_in_collaboration')
}

export async function submitProposal(ctx: Ctx, collaborationId: string, roundId: string, memberId: string, body: ProposalBody) {
  return ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId, true)
    requireStage(ctx, stage, 'submit_proposal')
    await checkMembers(ctx, tx, collaborationId, round.year, [memberId], 'params.memberId')
    const cosigners = body.cosignerIds.filter((id) => id !== memberId)
    await checkMembers(ctx, tx, collaborationId, round.year, cosigners, 'body.cosignerIds')
    if (body.carriedFromId) {
      const earlier = await repo.findProposalIn(tx, collaborationId, body.carriedFromId)
      if (!earlier || earlier.outcome !== 'bank' || earlier.year >= round.year) throw fieldError(ctx.locale, 'body.carriedFromId', 'not_in_project_bank')
    }
    // A representative invites co-signers, who each sign for their own member; the office may sign them in directly.
    const invited = ctx.onlyMemberIds ? cosigners : []
    const id = await repo.insertProposal(tx, roundId, memberId, body, invited, actorName(ctx))
    if (!ctx.onlyMemberIds) for (const cosigner of cosigners) await repo.addCosigner(tx, id, cosigner, actorName(ctx))
    // The invited members' request to co-sign is stored for the bell by a subscriber of the event.
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: 'proposal.submitted',
      entityType: 'proposal',
      entityId: id,
      after: { roundId, memberId, ...body },
      event: { type: 'proposal.submitted', payload: { roundId, proposalId: id, invitedMemberIds: invited } },
    })
    return oneProposal(tx, round, id)
  })
}

export async function updateProposal(ctx: Ctx, collaborationId: string, roundId: string, memberId: string, proposalId: string, body: Omit<ProposalBody, 'cosignerIds' | 'carriedFromId'> & { version: number }) {
  return ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId)
    requireStage(ctx, stage, 'submit_proposal')
    const before = await oneProposal(tx, round, proposalId)
    if (before.proposingMemberId !== memberId) throw forbidden()
    const { version, ...changes } = body
    if (!(await repo.updateProposal(tx, proposalId, version, changes))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'proposal.changed', entityType: 'proposal', entityId: proposalId, before, after: changes })
    return oneProposal(tx, round, proposalId)
  })
}

export async function cosign(ctx: Ctx, collaborationId: string, roundId: string, proposalId: string, memberId: string, sign: boolean) {
  return ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId)
    requireStage(ctx, stage, 'cosign')
    const proposal = await oneProposal(tx, round, proposalId)
    if (proposal.proposingMemberId === memberId) throw fieldError(ctx.locale, 'params.memberId', 'cosigner_is_proposer')
    await checkMembers(ctx, tx, collaborationId, round.year, [memberId], 'params.memberId')
    if (sign) await repo.addCosigner(tx, proposalId, memberId, actorName(ctx))
    else await repo.removeCosigner(tx, proposalId, memberId)
    await recordChange(tx, ctx.actor, { collaborationId, action: sign ? 'proposal.cosigned' : 'proposal.cosign_withdrawn', entityType: 'proposal', entityId: proposalId, after: { memberId } })
    return oneProposal(tx, round, proposalId)
  })
}

export async function screenProposal(ctx: Ctx, collaborationId: string, roundId: string, proposalId: string, body: { version: number; screening: 'accepted' | 'merged' | 'rejected'; reason: string; mergedIntoId: string | null }) {
  return ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId)
    requireStage(ctx, stage, 'screen')
    const before = await oneProposal(tx, round, proposalId)
    if (body.screening !== 'accepted' && body.reason === '') throw fieldError(ctx.locale, 'body.reason', 'screening_reason_required')
    const mergedIntoId = body.screening === 'merged' ? body.mergedIntoId : null
    if (body.screening === 'merged') {
      const target = mergedIntoId && mergedIntoId !== proposalId ? await oneProposal(tx, round, mergedIntoId).catch(() => null) : null
      if (!target || target.screening === 'merged' || target.screening === 'rejected') throw fieldError(ctx.locale, 'body.mergedIntoId', 'merge_target_invalid')
    }
    if (!(await repo.screenProposal(tx, proposalId, body.version, body.screening, body.reason, mergedIntoId))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: `proposal.${body.screening}`, entityType: 'proposal', entityId: proposalId, before: { screening: before.screening }, after: body })
    return oneProposal(tx, round, proposalId)
  })
}

export const similarProposals = (ctx: Ctx, collaborationId: string, text: string) => repo.similarProposals(ctx.db, collaborationId, text)

// ---- Priorities and results ----------------------------------------------------------------------

/** The proposals members prioritise: those the screening accepted. */
export const published = (proposals: repo.ProposalRow[]) => proposals.filter((p) => p.screening === 'accepted')

const represents = (ctx: Ctx, collaborationId: string, memberId: string) => representedMembers(ctx.actor, collaborationId).includes(memberId)

export async function getBallot(ctx: Ctx, collaborationId: string, roundId: string, memberId: string) {
  const { stage } = await loadRound(ctx.db, collaborationId, roundId)
  // Until the close a member sees only its own priorities, so no one is swayed by another's.
  if (!(stage !== 'not_started' && allowed(stage, 'see_all_priorities')) && !represents(ctx, collaborationId, memberId)) throw new AppError(403, 'priorities_sealed')
  return (await repo.listBallots(ctx.db, roundId)).find((b) => b.memberId === memberId) ?? null
}

export async function submitBallot(ctx: Ctx, collaborationId: string, roundId: string, memberId: string, body: { points?: Record<string, number>; ranking?: string[]; version: number | null }) {
  return ctx.db.transaction(async (tx) => {
    const { round, stage } = await loadRound(tx, collaborationId, roundId)
    requireStage(ctx, stage, 'prioritise')
    await checkMembers(ctx, tx, collaborationId, round.year, [memberId], 'params.memberId')
    const proposals = published(await repo.listProposals(tx, roundId))
    const ballot = { points: body.points ?? null, ranking: body.ranking ?? null }
    // A points round takes points; a ranking round a ranking, whatever method ranks them afterwards.
    const options = { method: round.ballotKind === 'points' ? ('points' as const) : ('borda' as const), weighting: round.weighting, pointsPerMember: round.ballotKind === 'points' ? round.pointsPerMember : null }
    const problems = validateBallot({ memberId, code: '', population: 0, points: ballot.points ?? undefined, ranking: ballot.ranking ?? undefined }, proposals.map((p) => ({ id: p.id, number: p.number })), options)
    if (problems.length > 0) throw new AppError(400, 'invalid_request', {}, problems.map((p) => ({ path: `body.${p.path}`, message: ballotMessage(ctx, p.code, round.pointsPerMember) })))
    if (!(await repo.upsertBallot(tx, roundId, memberId, ballot, body.version, actorName(ctx)))) throw staleVersion()
    await recordChange(tx, ctx.actor, { collaborationId, action: 'priorities.submitted', entityType: 'priority_ballot', entityId: `${roundId}/${memberId}`, after: ballot })
    return (await repo.listBallots(tx, roundId)).find((b) => b.memberId === memberId)!
  })
}

function ballotMessage(ctx: Ctx, code: string, points: number) {
  const sv: Record<string, string> = {
    too_many_points: `Fördela högst ${points} poäng.`,
    unknown_proposal: 'Förslaget finns inte bland de publicerade förslagen.',
    duplicate: 'Ett förslag kan bara rangordnas en gång.',
    negative: 'Poäng kan inte vara negativa.',
    not_integer: 'Poäng ges i hela tal.',
    missing: 'Ange poäng eller en rangordning.',
    both_points_and_ranking: 'Ange antingen poäng eller en rangordning, inte båda.',
    ranking_not_allowed: 'Den här rundan fördelar poäng; ange poäng per förslag.',
    points_not_allowed: 'Den här rundan rangordnar; ange förslagen i ordning.',
  }
  const en: Record<string, string> = {
    too_many_points: `Give at most ${points} points in all.`,
    unknown_proposal: 'The proposal is not among the published ones.',
    duplicate: 'A proposal can be ranked only once.',
    negative: 'Points cannot be negative.',
    not_integer: 'Points are whole numbers.',
    missing: 'Give points or a ranking.',
    both_points_and_ranking: 'Give either points or a ranking, not both.',
    ranking_not_allowed: 'This round distributes points; give points per proposal.',
    points_not_allowed: 'This round ranks; give the proposals in order.',
  }
  return (ctx.locale === 'sv' ? sv : en)[code] ?? code
}
