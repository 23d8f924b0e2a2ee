import type { AuditArea } from '../../shared/audit-areas'
import type { Queryable } from '../../server/db/database'
import type { Ctx } from '../../server/http/context'
import { verifyChain } from './audit-chain'
import { listAudit, readChain } from './audit.repository'

export const listCollaborationAudit = (ctx: Ctx, collaborationId: string, page: { beforeId?: number; limit: number; area?: AuditArea }) =>
  listAudit(ctx.db, { collaborationId, ...page })

export const listAllAudit = (ctx: Ctx, page: { beforeId?: number; limit: number; area?: AuditArea }) => listAudit(ctx.db, { collaborationId: null, ...page })

/** Recomputes every hash of the chain; used by the auditor page and `npm run audit:verify`. */
export const verifyAuditChain = (db: Queryable) => verifyChain(readChain(db))
