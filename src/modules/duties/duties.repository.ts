import type { Queryable } from '../../server/db/database'

/** The names of these collaborations, for the to-do list's groups. */
export async function collaborationNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<{ id: string; name: string }>('select id, name from collaboration where id = any($1::uuid[])', [ids])
  return new Map(rows.map((row) => [row.id, row.name]))
}
