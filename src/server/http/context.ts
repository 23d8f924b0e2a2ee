import type { FastifyRequest } from 'fastify'
import type { Database } from '../db/database'
import type { Actor } from './access'
import { deliverOutbox } from '../mail/mail'
import { resolveAuditKey } from '../audit-key'
import { localeOf } from './errors'
import type { Locale } from './messages'

/** What every use case receives first: who acts, on which database, in which language. */
export interface Ctx {
  db: Database
  actor: Actor
  locale: Locale
  /** Set when the actor may act only for these members (a member representative); null means any member. */
  onlyMemberIds: string[] | null
  /** Delivers queued e-mail after a commit; absent where nothing is sent (seeding, scripts). */
  deliverMail?: () => Promise<unknown>
  /** Where links in e-mail point. */
  publicUrl?: string
  /** The key that signs audit checkpoints; absent outside a server (seeding, scripts), where the configured one is read. */
  auditKey?: Buffer
}

export function ctxOf(request: FastifyRequest): Ctx {
  return {
    db: request.server.db,
    actor: request.actor,
    locale: localeOf(request),
    onlyMemberIds: request.onlyMemberIds,
    deliverMail: () => deliverOutbox(request.server.db, request.server.mailer),
    publicUrl: request.server.config.publicUrl,
    auditKey: resolveAuditKey(request.server.config),
  }
}

/** The actor's user id; routes that reach a use case needing it are never public. */
export function actingUserId(ctx: Ctx): string {
  if (!ctx.actor.user) throw new Error('use case reached without a signed-in user')
  return ctx.actor.user.id
}

/** The name kept on records the actor writes (documents, decisions, timelines); "Samverka" for the system itself. */
export const actorName = (ctx: Pick<Ctx, 'actor'>) => ctx.actor.user?.name ?? 'Samverka'
