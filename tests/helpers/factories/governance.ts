import type { Database } from '../../../src/server/db/database'
import { addSeat, createBody, getGovernance, setMandates } from '../../../src/modules/governance'
import { CreateBodyBody, type BodyInput } from '../../../src/modules/governance'
import { buildUser, grantRole, officeCtx } from './people'

/** The collaboration's decision kinds by key (`start_pre_study`, `start_project`, …). */
export async function decisionKinds(db: Database, collaborationId: string): Promise<Record<string, string>> {
  const governance = await getGovernance(await officeCtx(db), collaborationId)
  return Object.fromEntries(governance.decisionKinds.map((k) => [k.key, k.id]))
}

/**
 * A body of the collaboration (a board unless told), by default deciding every kind of decision, so an
 * initiative's gates have someone to decide them.
 */
export async function buildBody(db: Database, collaborationId: string, overrides: { name?: string; kind?: BodyInput['kind']; decidesAll?: boolean } = {}) {
  const ctx = await officeCtx(db)
  const body = await createBody(ctx, collaborationId, CreateBodyBody.parse({ name: overrides.name ?? 'Testnämnden', kind: overrides.kind ?? 'board' }))
  if (overrides.decidesAll ?? true) await setMandates(ctx, collaborationId, body.id, { decides: Object.values(await decisionKinds(db, collaborationId)), prepares: [] })
  return body
}

/** A person seated in a body (a ledamot from `termStart`) with an account and the body_member role, as chairs and adjusters need to be. */
export async function buildSeatedPerson(db: Database, collaborationId: string, bodyId: string, overrides: { name?: string; memberId?: string | null; termStart?: string } = {}) {
  const user = await buildUser(db, { name: overrides.name })
  await grantRole(db, { collaborationId, userId: user.id, role: 'body_member', memberId: overrides.memberId ?? null })
  await addSeat(await officeCtx(db), collaborationId, bodyId, { personName: user.name, seatRole: 'ledamot', memberId: overrides.memberId ?? null, position: null, termStart: overrides.termStart ?? '2020-01-01', termEnd: null, userId: user.id, substituteOrder: null })
  return user
}
