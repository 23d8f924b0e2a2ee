import type { Database } from '../../../src/server/db/database'
import type { LegalForm } from '../../../src/shared/roles'
import { createCollaboration } from '../../../src/modules/collaborations'
import { listOrganisations } from '../../../src/modules/members'
import { addMembers, updateMember } from '../../../src/modules/members'
import { buildUser, ctxFor, nextNumber, officeCtx } from './people'

/** Official codes of the municipalities in a county (länskod), from the loaded reference data. */
export async function countyCodes(db: Database, countyCode: string) {
  return (await listOrganisations(db, { county: countyCode, kind: 'municipality' })).map((o) => o.code)
}

/** A collaboration with members, created through the use case as an administrator would. */
export async function buildCollaboration(
  db: Database,
  options: { memberCodes?: string[]; legalForm?: LegalForm; prefix?: string; hostCode?: string } = {},
) {
  const admin = await buildUser(db, { isAdmin: true })
  const memberCodes = options.memberCodes ?? ['2510', '2514', '2580'] // Jokkmokk, Kalix, Luleå
  const n = nextNumber()
  const collaboration = await createCollaboration(await ctxFor(db, admin), {
    name: `Testsamverkan ${n}`,
    prefix: options.prefix ?? `T${n}`,
    legalForm: options.legalForm ?? 'gemensam_namnd',
    description: '',
    memberCodes,
    joinedOn: '2026-01-01',
    hostCode: options.hostCode,
  })
  const members = await db.query<{ id: string; code: string; name: string }>(
    'select id, organisation_code as code, name from member where collaboration_id = $1 order by name',
    [collaboration.id],
  )
  /** Member ids by name, for tests that speak of Kalix and Luleå. */
  const member = Object.fromEntries(members.map((m) => [m.name, m.id])) as Record<string, string>
  return { collaboration, members, member, admin }
}

/** One more member of a collaboration, from the reference data by its official code; `leftOn` lets it leave. */
export async function buildMember(db: Database, collaborationId: string, options: { code: string; joinedOn?: string; leftOn?: string }) {
  const ctx = await officeCtx(db)
  const [added] = await addMembers(ctx, collaborationId, { kind: 'reference', codes: [options.code], joinedOn: options.joinedOn ?? '2026-01-01' })
  if (!options.leftOn) return added!
  return updateMember(ctx, collaborationId, added!.id, { version: added!.version, leftOn: options.leftOn })
}
