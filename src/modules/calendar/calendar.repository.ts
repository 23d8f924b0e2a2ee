import type { Queryable } from '../../server/db/database'

/** Replaces the person's feed token (the old address stops working at once). */
export async function saveFeedToken(db: Queryable, userId: string, tokenHash: string) {
  const [row] = await db.query<{ createdAt: string }>(
    `insert into calendar_feed (user_id, token_hash, created_at) values ($1, $2, now())
     on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
     returning to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"`,
    [userId, tokenHash],
  )
  return row!
}

export async function findFeed(db: Queryable, userId: string) {
  const [row] = await db.query<{ createdAt: string }>(`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt" from calendar_feed where user_id = $1`, [userId])
  return row
}

export async function deleteFeed(db: Queryable, userId: string) {
  const rows = await db.query('delete from calendar_feed where user_id = $1 returning user_id', [userId])
  return rows.length === 1
}

/** The account whose feed this token hash opens, unless the account is deactivated. */
export async function findFeedOwner(db: Queryable, tokenHash: string) {
  const [row] = await db.query<{ userId: string; locale: 'sv' | 'en'; name: string }>(
    `select u.id as "userId", u.locale, u.name from calendar_feed f join app_user u on u.id = f.user_id where f.token_hash = $1 and u.deactivated_at is null`,
    [tokenHash],
  )
  return row
}

/** The names of these collaborations, for the events' titles. */
export async function collaborationNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<{ id: string; name: string }>('select id, name from collaboration where id = any($1::uuid[])', [ids])
  return new Map(rows.map((row) => [row.id, row.name]))
}
