import { z } from 'zod'

export const DemoDataResponse = z.object({
  /** The demo collaborations, by name. */
  collaborations: z.array(z.string()),
  /** Rows in them, the collaborations included: members, initiatives, meetings, budgets … */
  records: z.number().int(),
  /** Demo accounts that are still active. */
  accounts: z.number().int(),
})

export const DemoRemovalResponse = z.object({
  removedCollaborations: z.array(z.string()),
  removedRecords: z.number().int(),
  removedAccounts: z.number().int(),
  /** Demo accounts that hold a role or records in a real collaboration: deactivated, not deleted, so those records keep their author. */
  deactivatedAccounts: z.array(z.object({ email: z.string(), name: z.string() })),
})
