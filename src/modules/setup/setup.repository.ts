import type { Queryable } from '../../server/db/database'

export async function countAccounts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from app_user')
  return row!.n
}

/**
 * Holds back a second setup (or `admin:create`) until this transaction ends, so that of two running
 * at once the second sees the account the first created. Released at commit or rollback.
 */
export async function lockFirstAccount(tx: Queryable): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('samverka.first-administrator'))`)
}

export async function findAccountByEmail(db: Queryable, email: string) {
  const [row] = await db.query<{ id: string; name: string; isAdmin: boolean; hasPassword: boolean; deactivatedAt: Date | null }>(
    `select id, name, is_admin as "isAdmin", password_hash is not null as "hasPassword", deactivated_at as "deactivatedAt"
     from app_user where lower(email) = lower($1)`,
    [email],
  )
  return row
}

export async function makeAdministrator(tx: Queryable, userId: string): Promise<void> {
  await tx.query('update app_user set is_admin = true, version = version + 1 where id = $1', [userId])
}
