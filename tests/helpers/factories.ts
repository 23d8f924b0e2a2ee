import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../src/server/db/database'
import type { Actor } from '../../src/server/http/access'
import { hashToken } from '../../src/server/http/access-hooks'
import type { Ctx } from '../../src/server/http/context'
import type { LegalForm, Role } from '../../src/shared/roles'
import { loadGrants } from '../../src/modules/auth'
import { hashPassword } from '../../src/modules/auth'
import { createCollaboration } from '../../src/modules/collaborations'
import { listOrganisations } from '../../src/modules/members'
import { insertRoleAssignment, insertUser } from '../../src/modules/users'
import { Client } from './test-app'

export const TEST_PASSWORD = 'test-password-1234'
let passwordHash: Promise<string> | undefined
let counter = 0

export async function buildUser(db: Database, options: { name?: string; isAdmin?: boolean } = {}) {
  const n = ++counter
  const email = `user${n}-${randomBytes(3).toString('hex')}@test.samverka.se`
  const name = options.name ?? `Testperson ${n}`
  const id = await insertUser(db, { email, name, passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)), isAdmin: options.isAdmin })
  return { id, email, name, isAdmin: options.isAdmin ?? false }
}

export async function grantRole(db: Database, grant: { collaborationId: string; userId: string; role: Role; memberId?: string | null }) {
  return insertRoleAssignment(db, { memberId: null, ...grant })
}

/** A session row for a user, without going through the password check: returns the cookie value. */
export async function sessionFor(db: Database, userId: string) {
  const token = randomBytes(32).toString('base64url')
  await db.query(`insert into session (token_hash, user_id, expires_at) values ($1, $2, now() + interval '1 hour')`, [hashToken(token), userId])
  return token
}

export async function ctxFor(db: Database, user: { id: string; name: string; email: string; isAdmin: boolean }): Promise<Ctx> {
  const actor: Actor = { user: { ...user, locale: 'sv' }, grants: await loadGrants(db, user.id) }
  return { db, actor, locale: 'sv', onlyMemberIds: null }
}

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
  const collaboration = await createCollaboration(await ctxFor(db, admin), {
    name: `Testsamverkan ${++counter}`,
    prefix: options.prefix ?? `T${counter}`,
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
  return { collaboration, members, admin }
}

/** A person with one role in the collaboration, signed in; through the test's fixed clock when it keeps one. */
export async function signedInPerson(
  t: { app: FastifyInstance; db: Database },
  grant: { collaborationId: string; role: Role; name: string; memberId?: string | null },
  clock?: { logIn: (client: Client, email: string) => Promise<Client> },
) {
  const user = await buildUser(t.db, { name: grant.name })
  await grantRole(t.db, { collaborationId: grant.collaborationId, userId: user.id, role: grant.role, memberId: grant.memberId ?? null })
  const client = new Client(t.app)
  return { id: user.id, email: user.email, client: clock ? await clock.logIn(client, user.email) : await client.logIn(user.email, TEST_PASSWORD) }
}
