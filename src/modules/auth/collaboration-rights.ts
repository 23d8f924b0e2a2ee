import type { Actor } from '../../server/http/access'

/** Starting a collaboration is for administrators and for people who already coordinate one. */
export const mayCreateCollaboration = (actor: Actor) =>
  Boolean(actor.user?.isAdmin) || actor.grants.some((grant) => grant.role === 'coordinator')
