import type { Database } from '../../server/db/database'
import { pendingMigrations } from '../../server/db/migrate'
import type { HealthResponse } from './system.schema'

/** One query's worth of readiness: a process whose database is away, or behind its code, takes no traffic. */
export async function checkHealth(db: Database): Promise<HealthResponse> {
  try {
    const pending = await pendingMigrations(db)
    return { status: pending.length === 0 ? 'ok' : 'unavailable', database: db.kind, databaseReachable: true, pendingMigrations: pending }
  } catch {
    return { status: 'unavailable', database: db.kind, databaseReachable: false, pendingMigrations: null }
  }
}
