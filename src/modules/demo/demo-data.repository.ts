import type { Queryable } from '../../server/db/database'

/**
 * Demo data is found by following the database's own foreign keys from the demo collaborations, so a
 * table added by a later migration is removed with them without being named here. Only single-column
 * keys exist in Samverka's schema; table and column names come from the catalogue, never from input.
 */
interface ForeignKey {
  child: string
  column: string
  columnType: string
  parent: string
  parentColumn: string
  nullable: boolean
  /** Whether a check constraint reads the column: clearing it might break the check. */
  checked: boolean
  /** pg_constraint.confdeltype: 'a' no action, 'r' restrict, 'c' cascade, 'n' set null, 'd' set default. */
  onDelete: string
  deferrable: boolean
}

interface Schema {
  foreignKeys: ForeignKey[]
  /** Each table's single-column primary key and its type; tables keyed otherwise are absent. */
  primaryKeys: Map<string, { column: string; type: string }>
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

async function readSchema(db: Queryable): Promise<Schema> {
  const foreignKeys = await db.query<ForeignKey>(
    `select c.conrelid::regclass::text as child, a.attname as column, format_type(a.atttypid, a.atttypmod) as "columnType",
       c.confrelid::regclass::text as parent, pa.attname as "parentColumn", not a.attnotnull as nullable,
       exists (select 1 from pg_constraint k where k.conrelid = c.conrelid and k.contype = 'c' and a.attnum = any(k.conkey)) as checked,
       c.confdeltype as "onDelete", c.condeferrable as deferrable
     from pg_constraint c
     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
     where c.contype = 'f' and c.connamespace = 'public'::regnamespace and cardinality(c.conkey) = 1`,
  )
  const keys = await db.query<{ table: string; column: string; type: string }>(
    `select i.indrelid::regclass::text as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type
     from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
     join pg_class t on t.oid = i.indrelid
     where i.indisprimary and i.indnatts = 1 and t.relnamespace = 'public'::regnamespace`,
  )
  return { foreignKeys, primaryKeys: new Map(keys.map((k) => [k.table, { column: k.column, type: k.type }])) }
}

/** The rows to remove: primary keys per table, and rows of tables without one (by the key they point along). */
interface Doomed {
  byKey: Map<string, Set<string>>
  keyless: { table: string; column: string; columnType: string; values: string[] }[]
}

/**
 * Every row that depends, through any chain of foreign keys, on the given rows of `root`. References that
 * the database itself sets to null on delete are not followed: such a row stays.
 */
async function findDependents(db: Queryable, schema: Schema, root: string, ids: string[]): Promise<Doomed> {
  const byKey = new Map<string, Set<string>>([[root, new Set(ids)]])
  const keyless: Doomed['keyless'] = []
  let pending: [string, string[]][] = ids.length > 0 ? [[root, ids]] : []
  while (pending.length > 0) {
    const next: [string, string[]][] = []
    for (const [parent, values] of pending) {
      for (const fk of schema.foreignKeys.filter((k) => k.parent === parent && (k.onDelete === 'a' || k.onDelete === 'r' || k.onDelete === 'c'))) {
        if (schema.primaryKeys.get(parent)?.column !== fk.parentColumn) throw new Error(`${fk.child}.${fk.column} points at ${parent}.${fk.parentColumn}, which is not its primary key`)
        const childKey = schema.primaryKeys.get(fk.child)
        if (!childKey) {
          keyless.push({ table: fk.child, column: fk.column, columnType: fk.columnType, values })
          continue
        }
        const rows = await db.query<{ id: string }>(
          `select ${quote(childKey.column)}::text as id from ${fk.child} where ${quote(fk.column)} = any($1::${fk.columnType}[])`,
          [values],
        )
        const seen = byKey.get(fk.child) ?? new Set<string>()
        byKey.set(fk.child, seen)
        const fresh = rows.map((r) => r.id).filter((id) => !seen.has(id))
        for (const id of fresh) seen.add(id)
        if (fresh.length > 0) next.push([fk.child, fresh])
      }
    }
    pending = next
  }
  return { byKey, keyless }
}

async function countKeyless(db: Queryable, doomed: Doomed): Promise<number> {
  let total = 0
  for (const rows of doomed.keyless) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${rows.table} where ${quote(rows.column)} = any($1::${rows.columnType}[])`, [rows.values])
    total += row!.n
  }
  return total
}

/**
 * Deletes the rows, children before parents. Where two tables point at each other (a decision and its
 * agenda item), a nullable side that no check constraint reads is cleared first; deferred keys are checked at commit, when both are gone.
 */
async function deleteDoomed(tx: Queryable, schema: Schema, doomed: Doomed): Promise<void> {
  for (const rows of doomed.keyless) {
    await tx.query(`delete from ${rows.table} where ${quote(rows.column)} = any($1::${rows.columnType}[])`, [rows.values])
  }
  const remaining = new Set([...doomed.byKey].filter(([, ids]) => ids.size > 0).map(([table]) => table))
  let edges = schema.foreignKeys.filter((k) => !k.deferrable && k.child !== k.parent && remaining.has(k.child) && remaining.has(k.parent))
  const idsOf = (table: string) => [...doomed.byKey.get(table)!]
  const keyOf = (table: string) => schema.primaryKeys.get(table)!
  while (remaining.size > 0) {
    const free = [...remaining].find((table) => !edges.some((k) => k.parent === table && remaining.has(k.child)))
    if (free) {
      await tx.query(`delete from ${free} where ${quote(keyOf(free).column)} = any($1::${keyOf(free).type}[])`, [idsOf(free)])
      remaining.delete(free)
      continue
    }
    const candidates = edges.filter((k) => k.nullable && remaining.has(k.child) && remaining.has(k.parent))
    const breakable = candidates.find((k) => !k.checked) ?? candidates[0]
    if (!breakable) throw new Error(`cannot order the removal of ${[...remaining].join(', ')}: their references form a cycle of required keys`)
    const key = keyOf(breakable.child)
    await tx.query(`update ${breakable.child} set ${quote(breakable.column)} = null where ${quote(key.column)} = any($1::${key.type}[])`, [idsOf(breakable.child)])
    edges = edges.filter((k) => k !== breakable)
  }
}

export async function listDemoCollaborations(db: Queryable) {
  return db.query<{ id: string; name: string }>('select id, name from collaboration where is_demo order by name')
}

export async function listDemoAccounts(db: Queryable) {
  return db.query<{ id: string; email: string; name: string; deactivatedAt: Date | null }>(
    'select id, email, name, deactivated_at as "deactivatedAt" from app_user where is_demo order by email',
  )
}

export async function isDemoAccount(db: Queryable, userId: string): Promise<boolean> {
  const [row] = await db.query<{ isDemo: boolean }>('select is_demo as "isDemo" from app_user where id = $1', [userId])
  return row?.isDemo ?? false
}

/** How many rows removing these collaborations removes, the collaborations themselves included. */
export async function countCollaborationRecords(db: Queryable, collaborationIds: string[]): Promise<number> {
  const doomed = await findDependents(db, await readSchema(db), 'collaboration', collaborationIds)
  return [...doomed.byKey.values()].reduce((sum, ids) => sum + ids.size, 0) + (await countKeyless(db, doomed))
}

/** Deletes the collaborations with everything in them; returns how many rows went. */
export async function deleteCollaborations(tx: Queryable, collaborationIds: string[]): Promise<number> {
  const schema = await readSchema(tx)
  const doomed = await findDependents(tx, schema, 'collaboration', collaborationIds)
  const total = [...doomed.byKey.values()].reduce((sum, ids) => sum + ids.size, 0) + (await countKeyless(tx, doomed))
  await deleteDoomed(tx, schema, doomed)
  return total
}

/** What belongs to the account alone and goes with it: its sessions, one-time links and read marks. */
const PRIVATE_TABLES = new Set(['session', 'account_token', 'notification_read'])

/**
 * The accounts among `userIds` that something else still points at (a role or a record in a real
 * collaboration): those must stay, so that what they did keeps its author.
 */
export async function findAccountsInUse(db: Queryable, userIds: string[]): Promise<Set<string>> {
  const schema = await readSchema(db)
  const inUse = new Set<string>()
  for (const fk of schema.foreignKeys.filter((k) => k.parent === 'app_user' && !PRIVATE_TABLES.has(k.child) && (k.onDelete === 'a' || k.onDelete === 'r'))) {
    const rows = await db.query<{ id: string }>(`select distinct ${quote(fk.column)}::text as id from ${fk.child} where ${quote(fk.column)} = any($1::uuid[])`, [userIds])
    for (const row of rows) inUse.add(row.id)
  }
  return inUse
}

/** Ends the accounts' sessions and voids their one-time links; deletes those in `remove` and deactivates the rest. */
export async function removeAccounts(tx: Queryable, userIds: string[], remove: string[], at: Date): Promise<void> {
  await tx.query('delete from session where user_id = any($1::uuid[])', [userIds])
  await tx.query('delete from account_token where user_id = any($1::uuid[])', [userIds])
  await tx.query('delete from notification_read where user_id = any($1::uuid[])', [remove])
  await tx.query('delete from app_user where id = any($1::uuid[])', [remove])
  await tx.query('update app_user set deactivated_at = $2 where id = any($1::uuid[]) and deactivated_at is null', [userIds.filter((id) => !remove.includes(id)), at])
}

/** Marks the collaborations the demo seed created, so that they can be told apart from real ones and removed. */
export async function markDemoCollaborations(tx: Queryable, collaborationIds: string[]): Promise<void> {
  await tx.query('update collaboration set is_demo = true where id = any($1::uuid[])', [collaborationIds])
}
