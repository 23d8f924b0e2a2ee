import type { Ctx } from '../../server/http/context'
import { forbidden } from '../../server/http/errors'
import type { Role } from '../../shared/roles'

/**
 * The collaboration's budgets are changed by its own office: a coordinator, or a finance officer of the
 * collaboration itself. A finance officer tied to a member (a municipality's ekonom) reads every budget and
 * books what was spent, but does not change the budgets its municipality pays by. The route's policy says
 * who may call; this checks the grant the actor holds, which the policy cannot see.
 */
export function requireBudgetOffice(ctx: Ctx, collaborationId: string, roles: readonly Role[] = ['coordinator', 'finance_officer']) {
  const own = ctx.actor.grants.filter((grant) => grant.collaborationId === collaborationId && roles.includes(grant.role))
  if (!own.some((grant) => grant.role === 'coordinator' || grant.memberId === null)) throw forbidden()
}
