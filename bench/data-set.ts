import { randomUUID } from 'node:crypto'
import { hashPassword } from '../src/modules/auth'
import type { Database, Queryable } from '../src/server/db/database'
import { LEGAL_FORMS, ROLES } from '../src/shared/roles'

/**
 * A national-scale data set for benchmarks, written with plain batched SQL (no use cases, no audit
 * rows: speed of loading matters here, not the history). Needs the reference data loaded first.
 * Deterministic for a given seed, apart from the generated ids.
 */
export interface DataSetOptions {
  collaborations: number
  users: number
  seed: number
}

export interface DataSet {
  collaborationIds: string[]
  members: number
  users: number
  roleAssignments: number
  /** Member count per collaboration: smallest, median, largest. */
  sizes: { min: number; median: number; max: number }
}

export const BENCH_PASSWORD = 'bench-password-2026'

export interface Organisation {
  code: string
  kind: 'municipality' | 'region'
  name: string
  county_code: string
  county_name: string
}

export interface MemberRow {
  id: string
  collaborationId: string
  kind: string
  code: string | null
  name: string
  joinedOn: string
  leftOn: string | null
}

export const themes = ['e-hälsa', 'IT-forum', 'räddningstjänst', 'överförmyndare', 'upphandling', 'lönecenter', 'turism', 'vatten och avlopp', 'bredband', 'skolutveckling']
const nationalBodies = [
  { kind: 'other', name: 'Sveriges Kommuner och Regioner' },
  { kind: 'company', name: 'Inera AB' },
  { kind: 'company', name: 'Adda Inköpscentral AB' },
  { kind: 'university', name: 'Umeå universitet' },
  { kind: 'university', name: 'Linköpings universitet' },
]

/** Small, seedable PRNG (mulberry32): the same seed gives the same collaborations. */
export type Random = ReturnType<typeof random>

export function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!
  const sample = <T>(items: readonly T[], n: number) => [...items].sort(() => next() - 0.5).slice(0, n)
  return { next, int, pick, sample }
}

export async function generateDataSet(db: Database, options: DataSetOptions): Promise<DataSet> {
  const rnd = random(options.seed)
  const organisations = await db.query<Organisation>('select code, kind, name, county_code, county_name from organisation order by code')
  if (organisations.length === 0) throw new Error('no reference data: call loadReferenceData first')
  const [existing] = await db.query("select 1 from collaboration where prefix = 'BN1'")
  if (existing) throw new Error('this database already holds a benchmark data set (collaboration BN1)')
  const counties = groupByCounty(organisations)

  const collaborations: { id: string; name: string; prefix: string; legalForm: string; hostMemberId: string | null }[] = []
  const members: MemberRow[] = []
  for (let i = 0; i < options.collaborations; i++) {
    const id = randomUUID()
    const { label, chosen } = chooseMembers(i, counties, organisations, rnd)
    const rows = chosen.map((o): MemberRow => ({ id: randomUUID(), collaborationId: id, kind: o.kind, code: o.code, name: o.name, ...membership(rnd) }))
    // Some collaborations also have a county board, a university or a national body as members.
    if (rows.length < 285 && rnd.next() < 0.3) {
      for (const body of rnd.sample(nationalBodies, rnd.int(1, 3))) {
        rows.push({ id: randomUUID(), collaborationId: id, kind: body.kind, code: null, name: body.name, ...membership(rnd) })
      }
    }
    const host = rows.find((row) => row.kind === 'region') ?? rows[0]!
    collaborations.push({ id, name: `${label} ${rnd.pick(themes)}`, prefix: `BN${i + 1}`, legalForm: rnd.pick(LEGAL_FORMS), hostMemberId: host.id })
    members.push(...rows)
  }

  const users = await buildUsers(options.users)
  const roleAssignments = assignRoles(users, collaborations, members, rnd)

  await db.transaction(async (tx) => {
    // The host foreign key is deferred to commit, so collaborations can name members written after them.
    await insertRows(tx, 'collaboration', ['id', 'name', 'prefix', 'legal_form', 'host_member_id'], collaborations.map((c) => [c.id, c.name, c.prefix, c.legalForm, c.hostMemberId]))
    await insertRows(
      tx,
      'member',
      ['id', 'collaboration_id', 'kind', 'organisation_code', 'name', 'joined_on', 'left_on'],
      members.map((m) => [m.id, m.collaborationId, m.kind, m.code, m.name, m.joinedOn, m.leftOn]),
    )
    await insertRows(tx, 'app_user', ['id', 'email', 'name', 'password_hash'], users.map((u) => [u.id, u.email, u.name, u.passwordHash]))
    await insertRows(tx, 'role_assignment', ['collaboration_id', 'user_id', 'role', 'member_id'], roleAssignments)
  })
  await db.exec('analyze')

  const sizes = collaborations.map((c) => members.filter((m) => m.collaborationId === c.id).length).sort((a, b) => a - b)
  return {
    collaborationIds: collaborations.map((c) => c.id),
    members: members.length,
    users: users.length,
    roleAssignments: roleAssignments.length,
    sizes: { min: sizes[0] ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes.at(-1) ?? 0 },
  }
}

export function groupByCounty(organisations: Organisation[]) {
  const counties = new Map<string, { name: string; region: Organisation | undefined; municipalities: Organisation[] }>()
  for (const o of organisations) {
    const county = counties.get(o.county_code) ?? { name: o.county_name, region: undefined, municipalities: [] }
    if (o.kind === 'region') county.region = o
    else county.municipalities.push(o)
    counties.set(o.county_code, county)
  }
  return [...counties.values()].filter((county) => county.municipalities.length > 0)
}

/**
 * The spread of a real landscape: one national collaboration of every municipality, some spanning
 * neighbouring counties, many covering one county with its region, and small groups of 5–12.
 */
export function chooseMembers(i: number, counties: ReturnType<typeof groupByCounty>, organisations: Organisation[], rnd: ReturnType<typeof random>) {
  const withRegion = (county: (typeof counties)[number]) => [...county.municipalities, ...(county.region ? [county.region] : [])]
  const large = counties.filter((county) => county.municipalities.length >= 5)
  if (i === 0) return { label: 'Sveriges kommuner', chosen: organisations.filter((o) => o.kind === 'municipality') }
  if (i % 10 === 1) {
    const start = rnd.int(0, counties.length - 3)
    const span = counties.slice(start, start + rnd.int(2, 3))
    return { label: span.map((county) => county.name.replace(/ län$/, '')).join('–'), chosen: span.flatMap(withRegion) }
  }
  const county = rnd.pick(large)
  if (i % 2 === 0) return { label: county.name, chosen: withRegion(county) }
  const chosen = rnd.sample(county.municipalities, rnd.int(5, Math.min(12, county.municipalities.length)))
  if (county.region && rnd.next() < 0.5) chosen.push(county.region)
  return { label: `${chosen[0]!.name} m.fl.`, chosen }
}

/** Joined some year 2015–2025; about one in thirty has since left. */
export function membership(rnd: ReturnType<typeof random>) {
  const joined = rnd.int(2015, 2025)
  return { joinedOn: `${joined}-01-01`, leftOn: rnd.next() < 1 / 30 ? `${Math.min(joined + rnd.int(1, 3), 2025)}-12-31` : null }
}

export async function buildUsers(count: number, newId: () => string = randomUUID) {
  // One argon2 hash for everyone: hashing thousands of passwords would dominate the set-up time.
  const passwordHash = await hashPassword(BENCH_PASSWORD)
  return Array.from({ length: count }, (_, i) => ({ id: newId(), email: `bench-user-${i + 1}@bench.samverka.se`, name: `Bänkperson ${i + 1}`, passwordHash }))
}

/** Every collaboration gets a coordinator while users last; then each user 1–3 random roles. */
function assignRoles(
  users: { id: string }[],
  collaborations: { id: string }[],
  members: MemberRow[],
  rnd: ReturnType<typeof random>,
): unknown[][] {
  const membersOf = new Map<string, MemberRow[]>()
  for (const m of members) membersOf.set(m.collaborationId, [...(membersOf.get(m.collaborationId) ?? []), m])
  const rows = new Map<string, unknown[]>()
  const add = (collaborationId: string, userId: string, role: string) => {
    const memberId = role === 'member_representative' || (role === 'body_member' && rnd.next() < 0.5) ? rnd.pick(membersOf.get(collaborationId)!).id : null
    rows.set(`${collaborationId}/${userId}/${role}/${memberId}`, [collaborationId, userId, role, memberId])
  }
  if (collaborations.length === 0) return []
  users.forEach((user, i) => {
    if (i < collaborations.length) add(collaborations[i]!.id, user.id, 'coordinator')
    for (let n = rnd.int(1, 3); n > 0; n--) add(rnd.pick(collaborations).id, user.id, rnd.pick(ROLES))
  })
  return [...rows.values()]
}

/** Multi-row inserts, a few hundred rows a statement (PostgreSQL allows 65 535 parameters). */
export async function insertRows(tx: Queryable, table: string, columns: string[], rows: unknown[][], batchSize = 500) {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize)
    const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
    await tx.query(`insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`, batch.flat())
  }
}
