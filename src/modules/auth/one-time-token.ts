import { randomBytes } from 'node:crypto'
import { now } from '../../server/clock'
import type { Queryable } from '../../server/db/database'
import { hashToken } from '../../server/http/access-hooks'

/** What a one-time link is for: the first administrator, an invitation, or a forgotten password. */
export type TokenPurpose = 'setup' | 'invitation' | 'password_reset'

/**
 * Makes a one-time token and stores only its hash. Earlier unused tokens of the same purpose for the
 * same person (or the earlier setup token) stop working: the newest link is the only one that does.
 * Returns the token itself, to be put in a link and never stored.
 */
export async function issueToken(tx: Queryable, input: { purpose: TokenPurpose; userId: string | null; hours: number; createdByUserId?: string | null }) {
  const at = now()
  await tx.query(
    `update account_token set used_at = $3 where purpose = $1 and user_id is not distinct from $2 and used_at is null`,
    [input.purpose, input.userId, at],
  )
  const token = randomBytes(32).toString('base64url')
  await tx.query(
    `insert into account_token (token_hash, purpose, user_id, created_by_user_id, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $5::timestamptz + make_interval(hours => $6))`,
    [hashToken(token), input.purpose, input.userId, input.createdByUserId ?? null, at, input.hours],
  )
  return token
}

export interface TokenRow {
  purpose: TokenPurpose
  userId: string | null
  expiresAt: Date
}

/** The live token's row, without using it up (to show the page the link leads to); undefined if unknown, used or expired. */
export async function peekToken(db: Queryable, purpose: TokenPurpose, token: string): Promise<TokenRow | undefined> {
  const [row] = await db.query<TokenRow>(
    `select purpose, user_id as "userId", expires_at as "expiresAt" from account_token
     where token_hash = $1 and purpose = $2 and used_at is null and expires_at > $3`,
    [hashToken(token), purpose, now()],
  )
  return row
}

/**
 * Uses the token up, in the caller's transaction: of two requests with the same link only one gets
 * the row (the update takes the row's lock), so a link works exactly once.
 */
export async function consumeToken(tx: Queryable, purpose: TokenPurpose, token: string): Promise<TokenRow | undefined> {
  const at = now()
  const [row] = await tx.query<TokenRow>(
    `update account_token set used_at = $3
     where token_hash = $1 and purpose = $2 and used_at is null and expires_at > $3
     returning purpose, user_id as "userId", expires_at as "expiresAt"`,
    [hashToken(token), purpose, at],
  )
  return row
}
