import type { Database } from '../../../src/server/db/database'
import { registerCase } from '../../../src/modules/cases'
import { CreateCaseBody } from '../../../src/modules/cases'
import { officeCtx } from './people'

/** A case registered in the collaboration's register through the cases' use case (numbered as the register numbers). */
export async function buildCase(db: Database, collaborationId: string, overrides: Partial<CreateCaseBody> = {}) {
  return registerCase(await officeCtx(db), collaborationId, CreateCaseBody.parse({ title: 'Testärende', ...overrides }))
}
