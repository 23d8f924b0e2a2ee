import type { Ctx } from '../../server/http/context'

/** Confidential details are for the people who work in the collaboration; the public sees the ground only. */
export const seesConfidential = (ctx: Ctx, collaborationId: string) =>
  Boolean(ctx.actor.user?.isAdmin) || ctx.actor.grants.some((grant) => grant.collaborationId === collaborationId)
