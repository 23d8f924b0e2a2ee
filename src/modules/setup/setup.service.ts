import type { Database, Queryable } from '../../server/db/database'
import type { Actor } from '../../server/http/access'
import { AppError, fieldError } from '../../server/http/errors'
import type { Locale } from '../../server/http/messages'
import { recordChange } from '../audit'
import { issueToken, consumeToken } from '../auth'
import { hashPassword, isGuessablePassword } from '../auth'
import { insertUser } from '../users'
import * as repo from './setup.repository'
import type { SetupBody } from './setup.schema'

/** How long the link printed at the first start works; a restart prints a new one. */
export const SETUP_LINK_HOURS = 24
/** How long the link `admin:create` prints for a later administrator works. */
export const ADMIN_INVITATION_HOURS = 72

/** The command line (`npm run admin:create`) as the audit log's actor: nobody signed in. */
const commandLine: Actor = { user: null, grants: [] }

export const isSetupNeeded = async (db: Queryable) => (await repo.countAccounts(db)) === 0

/**
 * At a start on a database without any account: a fresh one-time link to the setup page (an earlier
 * unused one stops working). Null once any account exists: setup is then closed for good.
 */
export async function issueSetupLink(db: Database, publicUrl: string): Promise<{ link: string; hours: number } | null> {
  return db.transaction(async (tx) => {
    await repo.lockFirstAccount(tx)
    if ((await repo.countAccounts(tx)) > 0) return null
    const token = await issueToken(tx, { purpose: 'setup', userId: null, hours: SETUP_LINK_HOURS })
    // In the fragment, so the token stays out of proxy and server logs.
    return { link: `${publicUrl}/setup#${token}`, hours: SETUP_LINK_HOURS }
  })
}

/**
 * Creates the first administrator with the setup link's token. Of two setups at once, the lock lets
 * one finish first; the other then finds an account and is refused, so setup closes for good.
 */
export async function completeSetup(db: Database, locale: Locale, body: SetupBody): Promise<string> {
  if (isGuessablePassword(body.password, [body.email, body.name])) throw fieldError(locale, 'body.password', 'password_guessable')
  const passwordHash = await hashPassword(body.password)
  return db.transaction(async (tx) => {
    await repo.lockFirstAccount(tx)
    if ((await repo.countAccounts(tx)) > 0) throw new AppError(409, 'setup_closed')
    if (!(await consumeToken(tx, 'setup', body.token))) throw new AppError(400, 'setup_link_invalid')
    const userId = await insertUser(tx, { email: body.email, name: body.name, passwordHash, isAdmin: true })
    const actor: Actor = { user: { id: userId, name: body.name, email: body.email, isAdmin: true, locale }, grants: [] }
    await recordChange(tx, actor, { collaborationId: null, action: 'user.created', entityType: 'user', entityId: userId, after: { email: body.email, name: body.name, isAdmin: true, via: 'setup' } })
    return userId
  })
}

export type AdministratorOutcome =
  | { outcome: 'created'; link: string; hours: number }
  | { outcome: 'promoted'; link: string | null; hours: number }
  | { outcome: 'already_admin'; link: string | null; hours: number }

/**
 * `npm run admin:create`: makes the person an administrator, creating their account without a password
 * if they have none. Whoever has no password yet gets a one-time invitation link to choose one (the
 * invitation page); an account that already has a password keeps it.
 */
export async function createAdministrator(db: Database, publicUrl: string, person: { email: string; name: string }): Promise<AdministratorOutcome> {
  return db.transaction(async (tx) => {
    await repo.lockFirstAccount(tx)
    const existing = await repo.findAccountByEmail(tx, person.email)
    let userId: string
    let outcome: AdministratorOutcome['outcome']
    if (!existing) {
      userId = await insertUser(tx, { email: person.email.toLowerCase(), name: person.name, passwordHash: null, isAdmin: true })
      await recordChange(tx, commandLine, { collaborationId: null, action: 'user.created', entityType: 'user', entityId: userId, after: { email: person.email.toLowerCase(), name: person.name, isAdmin: true, via: 'admin:create' } })
      outcome = 'created'
    } else {
      userId = existing.id
      outcome = existing.isAdmin ? 'already_admin' : 'promoted'
      if (!existing.isAdmin) {
        await repo.makeAdministrator(tx, userId)
        await recordChange(tx, commandLine, { collaborationId: null, action: 'user.made_admin', entityType: 'user', entityId: userId, before: { isAdmin: false }, after: { isAdmin: true, via: 'admin:create' } })
      }
    }
    // An account with a password needs no link; the setup page's link, if one is out, is closed by the account itself.
    const needsLink = outcome === 'created' || !existing?.hasPassword
    const link = needsLink ? `${publicUrl}/invitation#${await issueToken(tx, { purpose: 'invitation', userId, hours: ADMIN_INVITATION_HOURS })}` : null
    return { outcome, link, hours: ADMIN_INVITATION_HOURS } as AdministratorOutcome
  })
}
