import type { Ctx } from '../../server/http/context'
import { notFound } from '../../server/http/errors'
import { groupBy } from '../../shared/group-by'
import { memberCostsPerInitiative } from '../finance'
import { findMember } from '../members'
import type { BenefitsSummary, MemberGains } from './benefits.schema'
import * as repo from './gains.repository'
import { exactSum, realisationBasisPoints } from './realisation'

type Money = { cost: number; financialTarget: number; financialRealised: number }
const total = (rows: Money[]): Money => ({
  cost: exactSum(rows.map((r) => r.cost)),
  financialTarget: exactSum(rows.map((r) => r.financialTarget)),
  financialRealised: exactSum(rows.map((r) => r.financialRealised)),
})

/** What one member gained, per initiative and in total, against what it pays for those initiatives (finance's split). */
export async function memberGains(ctx: Ctx, collaborationId: string, memberId: string): Promise<MemberGains> {
  const member = await findMember(ctx.db, collaborationId, memberId)
  if (!member) throw notFound('member')
  const costs = await memberCostsPerInitiative(ctx.db, collaborationId)
  const paidFor = [...costs].filter(([, byMember]) => (byMember.get(memberId) ?? 0) !== 0).map(([initiativeId]) => initiativeId)
  const initiatives = await repo.memberInitiatives(ctx.db, collaborationId, memberId, paidFor, ctx.locale)
  const financial = new Map((await repo.financialTotals(ctx.db, collaborationId, memberId)).map((row) => [row.initiativeId, row]))
  const indicatorsOf = groupBy(await repo.memberIndicators(ctx.db, collaborationId, memberId), (row) => row.initiativeId)
  const rows = initiatives.map((initiative) => ({
    initiativeId: initiative.initiativeId,
    title: initiative.title,
    phase: initiative.phase,
    cost: costs.get(initiative.initiativeId)?.get(memberId) ?? 0,
    financialTarget: financial.get(initiative.initiativeId)?.financialTarget ?? 0,
    financialRealised: financial.get(initiative.initiativeId)?.financialRealised ?? 0,
    indicators: (indicatorsOf.get(initiative.initiativeId) ?? []).map((x) => ({
      indicatorId: x.indicatorId,
      name: x.name,
      unit: x.unit,
      benefitClass: x.benefitClass,
      baseline: x.baseline,
      target: x.target,
      latest: x.latest,
      realisationBasisPoints: x.baseline === null || x.target === null ? null : realisationBasisPoints(x.direction, x.baseline, x.target, x.latest),
    })),
  }))
  return { memberId, memberName: member.name, initiatives: rows, totals: total(rows) }
}

/** Every member's financial target, realised benefit and cost over the whole portfolio, and the collaboration's totals. */
export async function benefitsSummary(ctx: Ctx, collaborationId: string): Promise<BenefitsSummary> {
  const members = await repo.listMembers(ctx.db, collaborationId)
  const costs = await memberCostsPerInitiative(ctx.db, collaborationId)
  const financialOf = groupBy(await repo.financialTotals(ctx.db, collaborationId, null), (row) => row.memberId)
  const rows = members.map((m) => {
    const financial = financialOf.get(m.memberId) ?? []
    return {
      memberId: m.memberId,
      name: m.name,
      cost: exactSum([...costs.values()].map((byMember) => byMember.get(m.memberId) ?? 0)),
      financialTarget: exactSum(financial.map((row) => row.financialTarget)),
      financialRealised: exactSum(financial.map((row) => row.financialRealised)),
    }
  })
  return { members: rows, totals: total(rows) }
}
