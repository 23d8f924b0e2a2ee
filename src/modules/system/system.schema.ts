import { z } from 'zod'

/** Readiness: 200 when the database answers and every migration on disk is applied, 503 otherwise. */
export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
  databaseReachable: z.boolean(),
  /** Migration files on disk this database has not applied (null when the database did not answer). */
  pendingMigrations: z.array(z.string()).nullable(),
})
export type HealthResponse = z.infer<typeof HealthResponse>
