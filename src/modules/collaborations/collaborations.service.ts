import type { Ctx } from '../../server/http/context'
import { actingUserId } from '../../server/http/context'
import { AppError, fieldError, forbidden, notFound, staleVersion } from '../../server/http/errors'
import { recordChange } from '../audit'
import { HOST_RULE } from '../governance'
import { copyDefaultDecisionKinds } from '../governance'
import { adoptDefaultModel } from '../processes'
import { addReferenceMembers } from '../members'
import { findMember, listMembers } from '../members'
import { insertRoleAssignment } from '../users'
import { mayCreateCollaboration } from '../auth'
import * as repo from './collaborations.repository'
import type { Collaboration, CreateCollaborationBody, UpdateCollaborationBody } from './collaborations.schema'

export async function listMyCollaborations(ctx: Ctx) {
  return repo.listCollaborationsFor(ctx.db, actingUserId(ctx), ctx.actor.user!.isAdmin)
}

export async function getCollaboration(ctx: Ctx, collaborationId: string): Promise<Collaboration> {
  const collaboration = await repo.findCollaboration(ctx.db, collaborationId)
  if (!collaboration) throw notFound('collaboration')
  return collaboration
}

/**
 * Creates a collaboration with its first members; whoever creates it becomes its coordinator. Its default process
 * model has a neutral name; `defaultProcessNamedAfterTemplate` keeps the template's (Norrbotten's own demo collaboration).
 */
export async function createCollaboration(ctx: Ctx, body: CreateCollaborationBody, options: { defaultProcessNamedAfterTemplate?: boolean } = {}): Promise<Collaboration> {
  const userId = actingUserId(ctx)
  if (!mayCreateCollaboration(ctx.actor)) throw forbidden()
  if (body.hostCode && HOST_RULE[body.legalForm] === 'none') throw fieldError(ctx.locale, 'body.hostCode', 'host_not_for_form')
  if (body.hostCode && !body.memberCodes.includes(body.hostCode)) throw fieldError(ctx.locale, 'body.hostCode', 'host_not_member')

  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.prefixTaken(tx, body.prefix, null)) throw new AppError(409, 'prefix_taken', { prefix: body.prefix })
    const id = await repo.insertCollaboration(tx, body)
    await recordChange(tx, ctx.actor, {
      collaborationId: id,
      action: 'collaboration.created',
      entityType: 'collaboration',
      entityId: id,
      after: { name: body.name, prefix: body.prefix, legalForm: body.legalForm, description: body.description },
    })
    await copyDefaultDecisionKinds(tx, id)
    await adoptDefaultModel(tx, ctx, id, options.defaultProcessNamedAfterTemplate)
    await addReferenceMembers(tx, ctx.actor, id, body.memberCodes, body.joinedOn)
    if (body.hostCode) {
      const host = (await listMembers(tx, id, { includeLeft: false })).find((member) => member.code === body.hostCode)!
      await repo.setHost(tx, id, host.id)
      await recordChange(tx, ctx.actor, { collaborationId: id, action: 'collaboration.host_set', entityType: 'collaboration', entityId: id, after: { hostMemberId: host.id, host: host.name } })
    }
    const roleId = await insertRoleAssignment(tx, { collaborationId: id, userId, role: 'coordinator', memberId: null })
    await recordChange(tx, ctx.actor, { collaborationId: id, action: 'role.assigned', entityType: 'role_assignment', entityId: roleId, after: { userId, role: 'coordinator' } })
    return id
  })
  return getCollaboration(ctx, id)
}

export async function updateCollaboration(ctx: Ctx, collaborationId: string, body: UpdateCollaborationBody): Promise<Collaboration> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCollaboration(tx, collaborationId)
    if (!before) throw notFound('collaboration')
    const next = {
      name: body.name ?? before.name,
      prefix: body.prefix ?? before.prefix,
      legalForm: body.legalForm ?? before.legalForm,
      description: body.description ?? before.description,
      hostMemberId: body.hostMemberId === undefined ? before.hostMemberId : body.hostMemberId,
      recordsPublicSetting: body.recordsPublicSetting === undefined ? before.recordsPublicSetting : body.recordsPublicSetting,
    }
    if (next.hostMemberId && HOST_RULE[next.legalForm] === 'none') throw fieldError(ctx.locale, 'body.hostMemberId', 'host_not_for_form')
    if (next.hostMemberId && !(await findMember(tx, collaborationId, next.hostMemberId))) {
      throw fieldError(ctx.locale, 'body.hostMemberId', 'host_not_member')
    }
    if (next.prefix !== before.prefix && (await repo.prefixTaken(tx, next.prefix, collaborationId))) {
      throw new AppError(409, 'prefix_taken', { prefix: next.prefix })
    }
    if (!(await repo.updateCollaboration(tx, collaborationId, body.version, next))) throw staleVersion()
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== before[key])
    await recordChange(tx, ctx.actor, {
      collaborationId,
      action: 'collaboration.updated',
      entityType: 'collaboration',
      entityId: collaborationId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, next[key]])),
    })
  })
  return getCollaboration(ctx, collaborationId)
}
