import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../src/server/db/database'
import type { Actor } from '../../../src/server/http/access'
import { hashToken } from '../../../src/server/http/access-hooks'
import type { Ctx } from '../../../src/server/http/context'
import type { Role } from '../../../src/shared/roles'
import { loadGrants } from '../../../src/modules/auth'
import { hashPassword } from '../../../src/modules/auth'
import { insertRoleAssignment, insertUser } from '../../../src/modules/users'
import { Client } from '../test-app'

export const TEST_PASSWORD = 'test-password-1234'
let passwordHash: Promise<string> | undefined
let counter = 0
/** A number no other built thing of this test run has: keeps names, e-mail addresses and prefixes apart. */
export const nextNumber = () => ++counter

/** A user account; `withPassword: false` leaves it without a password, as an invitation does until the person chooses one. */
export async function buildUser(db: Database, options: { name?: string; email?: string; isAdmin?: boolean; withPassword?: boolean } = {}) {
  const n = nextNumber()
  const email = options.email ?? `user${n}-${randomBytes(3).toString('hex')}@test.samverka.se`
  const name = options.name ?? `Testperson ${n}`
  const hash = options.withPassword === false ? null : await (passwordHash ??= hashPassword(TEST_PASSWORD))
  const id = await insertUser(db, { email, name, passwordHash: hash, isAdmin: options.isAdmin })
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

/** A person with one role in the collaboration, signed in; through the test's fixed clock when it keeps one. */
export async function signedInPerson(
  t: { app: FastifyInstance; db: Database },
  grant: { collaborationId: string; role: Role; name?: string; memberId?: string | null },
  clock?: { logIn: (client: Client, email: string) => Promise<Client> },
) {
  const user = await buildUser(t.db, { name: grant.name })
  await grantRole(t.db, { collaborationId: grant.collaborationId, userId: user.id, role: grant.role, memberId: grant.memberId ?? null })
  const client = new Client(t.app)
  return { id: user.id, email: user.email, client: clock ? await clock.logIn(client, user.email) : await client.logIn(user.email, TEST_PASSWORD) }
}

const offices = new WeakMap<Database, { user: ReturnType<typeof buildUser>; coordinating: Set<string> }>()
/**
 * The administrator the factories act as: one per database, with no member of its own. Given a collaboration,
 * it is also that collaboration's coordinator, for the use cases that check the actor's own grant there (budgets).
 */
export async function officeCtx(db: Database, coordinatorOf?: string): Promise<Ctx> {
  let office = offices.get(db)
  if (!office) {
    office = { user: buildUser(db, { name: 'Testkansliet', isAdmin: true }), coordinating: new Set() }
    offices.set(db, office)
  }
  const user = await office.user
  if (coordinatorOf && !office.coordinating.has(coordinatorOf)) {
    office.coordinating.add(coordinatorOf)
    await grantRole(db, { collaborationId: coordinatorOf, userId: user.id, role: 'coordinator' })
  }
  return ctxFor(db, user)
}
