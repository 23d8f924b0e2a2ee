import type { Queryable } from '../../server/db/database'

/**
 * Which members have a baseline for every benefit indicator of an initiative (and it has at least one): what a
 * gate that requires baselines checks. The benefits module knows it, but sits above this one (it needs the
 * participants), so the app wires it in here, as decisions gets the meetings' §§. Unwired, no member has one,
 * and such a gate stays shut rather than opening on facts nobody read.
 */
export type MembersWithBaselines = (db: Queryable, collaborationId: string, initiativeIds: string[] | null) => Promise<{ initiativeId: string; memberId: string }[]>

let source: MembersWithBaselines = async () => []

export function provideMembersWithBaselines(port: MembersWithBaselines) {
  source = port
}

export const membersWithBaselines: MembersWithBaselines = (db, collaborationId, initiativeIds) => source(db, collaborationId, initiativeIds)
