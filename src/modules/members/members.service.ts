import type { Queryable } from '../../server/db/database'
import type { Actor } from '../../server/http/access'
import type { Ctx } from '../../server/http/context'
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../server/http/errors'
import { recordChange } from '../audit'
import * as repo from './members.repository'
import { populationTotals } from './population'
import type { AddMembersBody, Member, UpdateMemberBody } from './members.schema'

export const listReferenceOrganisations = (ctx: Ctx, filter: Parameters<typeof repo.listOrganisations>[1]) =>
  repo.listOrganisations(ctx.db, filter)

export const listCounties = (ctx: Ctx) => repo.listCounties(ctx.db)
export const listPopulationYears = (ctx: Ctx) => repo.listPopulationYears(ctx.db)

export async function listMembers(ctx: Ctx, collaborationId: string, query: { includeLeft: boolean; year?: number }) {
  const members = await repo.listMembers(ctx.db, collaborationId, query)
  const years = members.map((member) => member.populationYear).filter((year): year is number => year !== null)
  return {
    members,
    populationYear: years.length ? Math.max(...years) : null,
    ...populationTotals(members),
  }
}

/** Adds municipalities and regions by official code; used when a collaboration is created too. */
export async function addReferenceMembers(tx: Queryable, actor: Actor, collaborationId: string, codes: string[], joinedOn: string) {
  const unique = [...new Set(codes)]
  const found = await repo.findOrganisations(tx, unique)
  const missing = unique.find((code) => !found.some((organisation) => organisation.code === code))
  if (missing) throw new AppError(422, 'unknown_organisation', { code: missing })
  const already = (await repo.listMembers(tx, collaborationId, { includeLeft: false })).find((member) => member.code && unique.includes(member.code))
  if (already) throw new AppError(409, 'member_already_in', { name: already.name })

  const ids: string[] = []
  for (const organisation of found) {
    const id = await repo.insertMember(tx, { collaborationId, kind: organisation.kind, code: organisation.code, name: organisation.name, joinedOn })
    await recordChange(tx, actor, {
      collaborationId,
      action: 'member.added',
      entityType: 'member',
      entityId: id,
      after: { code: organisation.code, name: organisation.name, joinedOn },
    })
    ids.push(id)
  }
  return ids
}

export async function addMembers(ctx: Ctx, collaborationId: string, body: AddMembersBody): Promise<Member[]> {
  const ids = await ctx.db.transaction(async (tx) => {
    if (body.kind === 'reference') return addReferenceMembers(tx, ctx.actor, collaborationId, body.codes, body.joinedOn)
    const id = await repo.insertMember(tx, { collaborationId, kind: body.kind, code: null, name: body.name, orgNumber: body.orgNumber, joinedOn: body.joinedOn })
    await recordChange(tx, ctx.actor, { collaborationId, action: 'member.added', entityType: 'member', entityId: id, after: body })
    return [id]
  })
  const members = await repo.listMembers(ctx.db, collaborationId, { includeLeft: true })
  return members.filter((member) => ids.includes(member.id))
}

const contactFields = ['contactName', 'contactEmail'] as const

export async function updateMember(ctx: Ctx, collaborationId: string, memberId: string, body: UpdateMemberBody): Promise<Member> {
  // A member representative keeps the contact details; membership dates are the coordinator's.
  const changesMembership = body.joinedOn !== undefined || body.leftOn !== undefined
  if (ctx.onlyMemberIds && changesMembership) throw forbidden()

  return ctx.db.transaction(async (tx) => {
    const before = await repo.findMember(tx, collaborationId, memberId)
    if (!before) throw notFound('member')
    const next = {
      joinedOn: body.joinedOn ?? before.joinedOn,
      leftOn: body.leftOn === undefined ? before.leftOn : body.leftOn,
      contactName: body.contactName ?? before.contactName,
      contactEmail: body.contactEmail ?? before.contactEmail,
    }
    if (next.leftOn && next.leftOn < next.joinedOn) {
      throw fieldError(ctx.locale, 'body.leftOn', 'left_before_joined')
    }
    if (!(await repo.updateMember(tx, memberId, body.version, next))) throw staleVersion()
    const after = (await repo.findMember(tx, collaborationId, memberId))!
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== before[key])
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: changed.every((key) => (contactFields as readonly string[]).includes(key)) ? 'member.contact_updated' : 'member.updated',
      entityType: 'member',
      entityId: memberId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    })
    return after
  })
}
