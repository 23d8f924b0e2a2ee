import type { Queryable } from '../../server/db/database'
import { today } from '../../server/clock'
import { notLeftBySql } from '../members'

/** A provider as stored, secret included: for the login flow only, never for an answer. */
export interface StoredProvider extends ProviderValues {
  id: string
  memberName: string | null
  collaborationName: string | null
  version: number
}

const providerColumns = `p.id, p.name, p.issuer, p.client_id as "clientId", p.client_secret as "clientSecret",
  p.email_claim as "emailClaim", p.name_claim as "nameClaim", p.trust_email as "trustEmail", p.enabled,
  p.member_id as "memberId", m.name as "memberName", c.name as "collaborationName", p.version`
const providerFrom = `identity_provider p left join member m on m.id = p.member_id left join collaboration c on c.id = m.collaboration_id`

export function listProviders(db: Queryable): Promise<StoredProvider[]> {
  return db.query<StoredProvider>(`select ${providerColumns} from ${providerFrom} order by p.name, p.id`)
}

export async function findProvider(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<StoredProvider | undefined> {
  const [row] = await db.query<StoredProvider>(`select ${providerColumns} from ${providerFrom} where p.id = $1${options.forUpdate ? ' for update of p' : ''}`, [id])
  return row
}

export function listEnabledProviders(db: Queryable): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }>('select id, name from identity_provider where enabled order by name, id')
}

export interface ProviderValues {
  name: string
  issuer: string
  clientId: string
  clientSecret: string
  emailClaim: string
  nameClaim: string
  trustEmail: boolean
  enabled: boolean
  memberId: string | null
}

export async function insertProvider(tx: Queryable, values: ProviderValues): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into identity_provider (name, issuer, client_id, client_secret, email_claim, name_claim, trust_email, enabled, member_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [values.name, values.issuer, values.clientId, values.clientSecret, values.emailClaim, values.nameClaim, values.trustEmail, values.enabled, values.memberId],
  )
  return row!.id
}

/** Saves the values if the provider is still at `version`; false when someone else saved first. */
export async function updateProvider(tx: Queryable, id: string, version: number, values: ProviderValues): Promise<boolean> {
  const rows = await tx.query(
    `update identity_provider set name = $3, issuer = $4, client_id = $5, client_secret = $6, email_claim = $7, name_claim = $8,
       trust_email = $9, enabled = $10, member_id = $11, version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, values.name, values.issuer, values.clientId, values.clientSecret, values.emailClaim, values.nameClaim, values.trustEmail, values.enabled, values.memberId],
  )
  return rows.length === 1
}

export async function deleteProvider(tx: Queryable, id: string) {
  await tx.query('delete from identity_provider where id = $1', [id])
}

/** Every member still in its collaboration, for binding a provider to one. */
export function listMemberChoices(db: Queryable, on: string = today()): Promise<{ id: string; name: string; collaborationName: string }[]> {
  return db.query(
    `select m.id, m.name, c.name as "collaborationName" from member m join collaboration c on c.id = m.collaboration_id
     where ${notLeftBySql('m', '$1')} order by c.name, m.name`,
    [on],
  )
}

// ---- A login under way -----------------------------------------------------------------------------

export interface PendingLogin {
  providerId: string
  browserHash: string
  nonce: string
  codeVerifier: string
  expiresAt: Date
}

export async function insertPendingLogin(tx: Queryable, state: string, login: PendingLogin, at: Date) {
  // Logins that were never finished are swept here, as sessions are at login.
  await tx.query('delete from oidc_login where expires_at < $1', [at])
  await tx.query(
    `insert into oidc_login (state, provider_id, browser_hash, nonce, code_verifier, created_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7)`,
    [state, login.providerId, login.browserHash, login.nonce, login.codeVerifier, at, login.expiresAt],
  )
}

/** Takes the login out in one statement, so that a callback works once however often it is replayed. */
export async function takePendingLogin(tx: Queryable, state: string): Promise<PendingLogin | undefined> {
  const [row] = await tx.query<PendingLogin>(
    `delete from oidc_login where state = $1
     returning provider_id as "providerId", browser_hash as "browserHash", nonce, code_verifier as "codeVerifier", expires_at as "expiresAt"`,
    [state],
  )
  return row
}

// ---- Links between a provider's subjects and accounts ---------------------------------------------

export interface LinkedAccount {
  id: string
  email: string
  name: string
  passwordHash: string | null
  deactivatedAt: Date | null
}

const accountColumns = `u.id, u.email, u.name, u.password_hash as "passwordHash", u.deactivated_at as "deactivatedAt"`

export async function findLinkedAccount(db: Queryable, providerId: string, subject: string): Promise<LinkedAccount | undefined> {
  const [row] = await db.query<LinkedAccount>(
    `select ${accountColumns} from identity_link l join app_user u on u.id = l.user_id where l.provider_id = $1 and l.subject = $2`,
    [providerId, subject],
  )
  return row
}

export async function findAccountByEmail(db: Queryable, email: string): Promise<LinkedAccount | undefined> {
  const [row] = await db.query<LinkedAccount>(
    `select ${accountColumns} from app_user u where lower(u.email) = lower($1)`,
    [email],
  )
  return row
}

/** The subject the account is already linked to at the provider, if any (one link per account and provider). */
export async function linkedSubject(db: Queryable, providerId: string, userId: string): Promise<string | undefined> {
  const [row] = await db.query<{ subject: string }>('select subject from identity_link where provider_id = $1 and user_id = $2', [providerId, userId])
  return row?.subject
}

/** Links the subject to the account; false when a link was already there. */
export async function insertLink(tx: Queryable, link: { providerId: string; subject: string; userId: string; at: Date }): Promise<boolean> {
  const rows = await tx.query(
    'insert into identity_link (provider_id, subject, user_id, created_at) values ($1, $2, $3, $4) on conflict do nothing returning subject',
    [link.providerId, link.subject, link.userId, link.at],
  )
  return rows.length === 1
}

/**
 * Whether the account holds a role for the member, or for the same organisation as a member of another
 * collaboration (Luleå kommun's provider signs in whoever acts for Luleå in any collaboration).
 */
export async function holdsRoleForMember(db: Queryable, userId: string, memberId: string): Promise<boolean> {
  const [row] = await db.query<{ holds: boolean }>(
    `select exists (
       select 1 from role_assignment r
       join member held on held.id = r.member_id
       join member bound on bound.id = $2
       where r.user_id = $1
         and (held.id = bound.id or (bound.organisation_code is not null and held.organisation_code = bound.organisation_code))
     ) as holds`,
    [userId, memberId],
  )
  return row!.holds
}
