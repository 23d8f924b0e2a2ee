import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import { now } from '../clock'
import type { Database } from '../db/database'

// Windows that ended this long ago are deleted, at most once per interval and process.
const SWEEP_EVERY_MS = 10 * 60 * 1000

/**
 * A store for @fastify/rate-limit that counts in the database (table rate_limit_counter), so that every
 * app process on one PostgreSQL counts the same requests: a client cannot multiply its allowance by the
 * number of processes behind the load balancer. One statement per request, atomic. On PGlite (one
 * process) it is the same store, so that there is one way of counting to test.
 *
 * The window is fixed: it starts at a key's first request and the count starts again when it has ended.
 * Times are the app's clock (src/server/clock.ts), like every other rule: processes' clocks agree to well
 * within a window (NTP), and tests that move the clock move the windows with it on both databases.
 */
export function databaseRateLimitStore(db: Database): FastifyRateLimitStoreCtor {
  let lastSweep = 0

  function sweep() {
    const at = Date.now()
    if (at - lastSweep < SWEEP_EVERY_MS) return
    lastSweep = at
    db.query('delete from rate_limit_counter where window_ends_at < $1', [now()]).catch(() => (lastSweep = 0))
  }

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    /** The plugin passes its options first (unused); each route's limit counts apart from the others, as in the plugin's Redis store. */
    constructor(_options?: unknown, private readonly namespace = '') {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow?: number) {
      // A window that ends further ahead than its length began in a clock's future (the clock was set back): start again.
      db.query<{ count: number; ttl: number }>(
        `insert into rate_limit_counter as c (key, count, window_ends_at) values ($1, 1, $3::timestamptz + make_interval(secs => $2 / 1000.0))
         on conflict (key) do update set
           count = case when c.window_ends_at <= $3 or c.window_ends_at > excluded.window_ends_at then 1 else c.count + 1 end,
           window_ends_at = case when c.window_ends_at <= $3 or c.window_ends_at > excluded.window_ends_at then excluded.window_ends_at else c.window_ends_at end
         returning count, ceil(extract(epoch from window_ends_at - $3::timestamptz) * 1000)::bigint as ttl`,
        [this.namespace + key, timeWindow ?? 60_000, now()],
      ).then(
        ([row]) => callback(null, { current: row!.count, ttl: Math.max(0, row!.ttl) }),
        (error: Error) => callback(error),
      )
      sweep()
    }

    // Typed as the route's options, but what the plugin passes is its merged settings with the route in `routeInfo`.
    child(settings: object) {
      const { routeInfo } = settings as { routeInfo?: { method?: string | string[]; url?: string } }
      const route = routeInfo?.url ? `${String(routeInfo.method)} ${routeInfo.url}|` : ''
      return new DatabaseRateLimitStore(undefined, this.namespace + route)
    }
  }
  return DatabaseRateLimitStore
}
