/**
 * `npm run bench:reads [-- --only portfolio,members] [--database pg|pglite|both] [--seconds 2] [--warmup 1]
 *   [--rounds 2] [--connections 10] [--scale national|small] [--seed 1]`
 *
 * The read endpoints of bench/bare-reads.ts on the big collaboration of the national data set
 * (bench/national-data.ts), served by the real app (auth, access checks, validation, response
 * schema) against a bare node:http server running hand-written SQL for what the page shows. For each
 * database — a temporary PostgreSQL cluster, then PGlite in a data folder — the data are generated
 * here, both servers run in one child process (bench/serve.ts) and the load comes from another
 * (bench/load.ts), on 127.0.0.1 only. Reports p50/p95, req/s, response size, app/bare, PGlite against
 * PostgreSQL and the server's memory, beside SPEC §6's goals, and writes the report to
 * bench/results/. A report, no assertions.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { hashPassword } from '../src/modules/auth'
import { loadReferenceData } from '../src/modules/members'
import { openPglite, openPostgres, type Database } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { startPostgresCluster } from '../scripts/postgres-cluster'
import { READ_ENDPOINTS, type ReadEndpoint, type ReadTargets } from './bare-reads'
import type { LoadOptions, LoadResult } from './load'
import { generateNationalDataSet } from './national-data'
import type { ServeMessage, ServeOptions } from './serve'

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    database: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    scale: { type: 'string', default: 'national' },
    seed: { type: 'string', default: '1' },
  },
})
// Bounded whatever is asked: at most a minute a run, five rounds and 100 connections.
const seconds = Math.max(1, Math.min(60, Number(args.seconds)))
const warmup = Math.max(0, Math.min(60, Number(args.warmup)))
const rounds = Math.max(1, Math.min(5, Number(args.rounds)))
const connections = Math.max(1, Math.min(100, Number(args.connections)))
const scale = args.scale === 'small' ? 'small' : 'national'
const databases = args.database === 'both' ? (['pg', 'pglite'] as const) : args.database === 'pglite' ? (['pglite'] as const) : (['pg'] as const)
const endpoints = selectEndpoints(args.only)

const MB = 1024 * 1024
const GOAL = { p95Ms: 50, appOverBare: 0.5, pgliteOverPg: 3, memoryMb: 500 }
/** An endpoint whose one request alone takes longer is not put under load. */
const SLOW_MS = 2000

function selectEndpoints(only: string | undefined): ReadEndpoint[] {
  if (!only) return READ_ENDPOINTS
  const names = only.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !READ_ENDPOINTS.some((endpoint) => endpoint.name === name))
  if (unknown.length > 0) throw new Error(`unknown endpoint ${unknown.join(', ')}; known: ${READ_ENDPOINTS.map((e) => e.name).join(', ')}`)
  return READ_ENDPOINTS.filter((endpoint) => names.includes(endpoint.name))
}

/** A database filled with the national data set, closed again, and how the server child reaches it. */
interface PreparedDatabase {
  label: string
  serve: Omit<ServeOptions, 'targets'>
  targets: ReadTargets
  generatedMs: number
  counts: Record<string, number>
  dispose: () => void
}

async function prepare(kind: 'pg' | 'pglite'): Promise<PreparedDatabase> {
  let db: Database
  let serve: PreparedDatabase['serve']
  let dispose: () => void
  let label: string
  if (kind === 'pg') {
    console.log('Starting a temporary PostgreSQL cluster…')
    const cluster = await startPostgresCluster()
    db = await openPostgres(cluster.url)
    serve = { databaseUrl: cluster.url }
    dispose = cluster.stop
    label = 'PostgreSQL (temporary cluster, fsync off)'
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverka-bench-pglite-'))
    db = await openPglite(dataDir)
    serve = { dataDir }
    dispose = () => rmSync(dataDir, { recursive: true, force: true })
    label = 'PGlite (data folder)'
  }
  try {
    await migrate(db)
    await loadReferenceData(db)
    console.log(`${label}: generating the ${scale} data set…`)
    const started = Date.now()
    const dataSet = await generateNationalDataSet(db, { seed: Number(args.seed), scale })
    const generatedMs = Date.now() - started
    console.log(`${label}: generated in ${(generatedMs / 1000).toFixed(0)} s.`)
    const targets = await findTargets(db, dataSet.big)
    // PGlite is one process's database: the server child opens it only once this handle is closed.
    await db.close()
    return { label, serve, targets, generatedMs, counts: dataSet.counts, dispose }
  } catch (error) {
    await db.close().catch(() => {})
    dispose()
    throw error
  }
}

/** The ids the endpoints are asked about: the data set's own where it names them, otherwise the busiest rows by SQL. */
async function findTargets(db: Database, known: Partial<Omit<ReadTargets, 'representativeUserId'>>): Promise<ReadTargets> {
  const one = async <T>(sql: string, params: unknown[], what: string) => {
    const [row] = await db.query<{ value: T }>(sql, params)
    if (row?.value === undefined || row.value === null) throw new Error(`the data set has no ${what}`)
    return row.value
  }
  const collaborationId =
    known.collaborationId ?? (await one<string>(`select collaboration_id as value from initiative group by 1 order by count(*) desc, 1 limit 1`, [], 'initiatives'))
  const c = [collaborationId]
  const initiativeId =
    known.initiativeId ??
    (await one<string>(
      `select i.id as value from initiative i join initiative_participant p on p.initiative_id = i.id and p.state <> 'left'
      where i.collaboration_id = $1 and i.status = 'active' group by i.id order by count(*) desc, i.id limit 1`,
      c,
      'active initiative',
    ))
  const memberId =
    known.memberId ??
    (await one<string>(
      `select m.id as value from member m join initiative_participant p on p.member_id = m.id and p.state <> 'left'
      where m.collaboration_id = $1 group by m.id order by count(*) desc, m.id limit 1`,
      c,
      'participating member',
    ))
  const roundId =
    known.roundId ??
    (await one<string>(
      `select r.id as value from planning_round r left join priority_ballot b on b.round_id = r.id where r.collaboration_id = $1 group by r.id order by count(b.*) desc, r.id limit 1`,
      c,
      'planning round',
    ))
  const year =
    known.year ??
    (await one<number>(
      `select b.year as value from budget b join cost_line l on l.budget_id = b.id where b.collaboration_id = $1 group by b.year order by count(*) desc, b.year desc limit 1`,
      c,
      'budget with cost lines',
    ))
  const representativeUserId = await createUser(db, 'bench-representative', [{ collaborationId, role: 'member_representative', memberId }])
  await createUser(db, 'bench-coordinator', [{ collaborationId, role: 'coordinator', memberId: null }])
  return { collaborationId, initiativeId, memberId, roundId, year, representativeUserId }
}

const passwordOf = (name: string) => `${name}-2026-läsning`

async function createUser(db: Database, name: string, grants: { collaborationId: string; role: string; memberId: string | null }[]) {
  const [user] = await db.query<{ id: string }>('insert into app_user (email, name, password_hash) values ($1, $2, $3) returning id', [
    `${name}@bench.samverka.se`,
    name,
    await hashPassword(passwordOf(name)),
  ])
  for (const grant of grants) {
    await db.query('insert into role_assignment (collaboration_id, user_id, role, member_id) values ($1, $2, $3, $4)', [grant.collaborationId, user!.id, grant.role, grant.memberId])
  }
  return user!.id
}

/** Logged in through the real login route: returns the Cookie header. */
async function login(appUrl: string, name: string) {
  // The CSRF rule wants the header to echo the cookie; we choose the value ourselves.
  const csrf = randomBytes(16).toString('hex')
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `samverka_csrf=${csrf}`, 'x-csrf-token': csrf },
    body: JSON.stringify({ email: `${name}@bench.samverka.se`, password: passwordOf(name) }),
  })
  if (!response.ok) throw new Error(`login of ${name} failed: ${response.status} ${await response.text()}`)
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('samverka_session='))
  if (!session) throw new Error(`login of ${name} set no session cookie`)
  return `${session.split(';')[0]}; samverka_csrf=${csrf}`
}

/** A child process spoken to over IPC: each request waits for the next message of the kind wanted. */
function childOf(script: string, argv: string[], execArgv: string[] = []) {
  const child = fork(script, argv, { execArgv: ['--import', 'tsx', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = <T>(timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => (cleanup(), reject(new Error(`${script} did not answer within ${timeoutMs / 1000} s`))), timeoutMs)
      const onMessage = (message: T) => (cleanup(), resolve(message))
      const onExit = (code: number | null) => (cleanup(), reject(new Error(`${script} exited (${code})`)))
      const cleanup = () => (clearTimeout(timer), child.off('message', onMessage), child.off('exit', onExit))
      child.on('message', onMessage)
      child.on('exit', onExit)
    })
  return { child, next }
}

function stopChild(child: ChildProcess, message?: string) {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => (clearTimeout(kill), resolve()))
    if (message) child.send(message)
    else child.kill()
  })
}

const loader = childOf('bench/load.ts', [])

async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const reply = loader.next<LoadResult | { error: string }>((options.seconds + 60) * 1000)
  loader.child.send(options)
  const result = await reply
  if ('error' in result) throw new Error(`load run failed: ${result.error}`)
  return result
}

interface Target {
  name: 'app' | 'bare'
  url: string
  headers: Record<string, string>
  runs: LoadResult[]
}

/** Load numbers of one server, all its rounds together. */
interface Figures {
  requestsPerSecond: number
  p50: number
  p95: number
  requests: number
  non2xx: number
  errors: number
}

function summarise(runs: LoadResult[]): Figures {
  const times = runs.flatMap((run) => run.times).sort((a, b) => a - b)
  const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN
  const total = (pick: (run: LoadResult) => number) => runs.reduce((sum, run) => sum + pick(run), 0)
  return {
    requestsPerSecond: total((run) => run.requests) / total((run) => run.seconds),
    p50: percentile(50),
    p95: percentile(95),
    requests: total((run) => run.requests),
    non2xx: total((run) => run.non2xx),
    errors: total((run) => run.errors),
  }
}

/**
 * Both servers share a process and a database: requests still running when a run ends (autocannon
 * stops waiting, the server does not) would slow the next run down. One more request waits behind
 * them, so once it is answered the server has caught up. Returns its time in ms.
 */
async function settle(target: Target, path: string) {
  const started = performance.now()
  const response = await fetch(`${target.url}${path}`, { headers: target.headers, signal: AbortSignal.timeout(120_000) })
  await response.arrayBuffer()
  return performance.now() - started
}

interface EndpointResult {
  name: string
  p95Goal: boolean
  appBytes: number
  bareBytes: number
  /** One request on its own, after the warm-up. */
  appAloneMs: number
  bareAloneMs: number
  load1: number
  app: Figures
  bare: Figures
}

/**
 * Checks both servers answer 200, warms both up, then measures them in the order A B B A (and so
 * on): slow drift in the machine's load then weighs on both alike.
 */
async function measure(endpoint: ReadEndpoint, targets: [Target, Target], path: string): Promise<EndpointResult> {
  const bytes: number[] = []
  const alone: number[] = []
  for (const target of targets) {
    // Measuring 401s, 404s or 500s would be meaningless: fail loudly, naming the endpoint.
    const response = await fetch(`${target.url}${path}`, { headers: target.headers })
    const body = await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${endpoint.name}: the ${target.name} server answered ${response.status} to ${path}: ${Buffer.from(body).toString('utf8').slice(0, 500)}`)
    bytes.push(body.byteLength)
    // One request on its own, the second one: what a single reader waits.
    alone.push(await settle(target, path))
  }
  // Ten connections on a page that takes seconds would queue minutes of work: its alone time says enough.
  const tooSlow = alone[0]! > SLOW_MS
  if (tooSlow) console.log(`  ${endpoint.name}: one request takes ${ms(alone[0]!)} ms, more than ${SLOW_MS} ms: not loaded`)
  const load1 = loadavg()[0]!
  for (const target of tooSlow ? [] : targets) {
    if (warmup > 0) await runLoad({ url: target.url, paths: [path], headers: target.headers, connections, seconds: warmup })
    await settle(target, path)
  }
  for (let round = 0; round < (tooSlow ? 0 : rounds); round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      target.runs.push(await runLoad({ url: target.url, paths: [path], headers: target.headers, connections, seconds }))
      await settle(target, path)
    }
  }
  const [app, bare] = targets.map((target) => summarise(target.runs)) as [Figures, Figures]
  console.log(`  ${endpoint.name}: app ${perSecond(app.requestsPerSecond)} req/s p95 ${ms(app.p95)} ms alone ${ms(alone[0]!)} ms, bare ${perSecond(bare.requestsPerSecond)} req/s p95 ${ms(bare.p95)} ms alone ${ms(alone[1]!)} ms`)
  return { name: endpoint.name, p95Goal: endpoint.p95Goal, appBytes: bytes[0]!, bareBytes: bytes[1]!, appAloneMs: alone[0]!, bareAloneMs: alone[1]!, load1, app, bare }
}

const megabytes = (m: Memory) => [m.rss, m.heapUsed, m.external].map((value) => (value / MB).toFixed(0)).join(' / ')

interface Memory {
  rss: number
  heapUsed: number
  /** Buffers and other memory outside the JavaScript heap that JavaScript objects hold. */
  external: number
}

interface DatabaseResult {
  kind: 'pg' | 'pglite'
  label: string
  generatedMs: number
  counts: Record<string, number>
  targets: ReadTargets
  memoryBefore: Memory
  memoryAfter: Memory
  endpoints: EndpointResult[]
  failures: { name: string; reason: string }[]
}

async function benchDatabase(kind: 'pg' | 'pglite'): Promise<DatabaseResult> {
  const prepared = await prepare(kind)
  const server = childOf('bench/serve.ts', [JSON.stringify({ ...prepared.serve, targets: prepared.targets } satisfies ServeOptions)], ['--expose-gc'])
  try {
    const listening = await server.next<Extract<ServeMessage, { kind: 'listening' }>>(120_000)
    const memory = async () => {
      const reply = server.next<Extract<ServeMessage, { kind: 'memory' }>>(30_000)
      server.child.send('memory')
      const { rss, heapUsed, external } = await reply
      return { rss, heapUsed, external }
    }
    const cookies = { coordinator: await login(listening.appUrl, 'bench-coordinator'), representative: await login(listening.appUrl, 'bench-representative') }
    const memoryBefore = await memory()
    console.log(`${prepared.label}: measuring ${endpoints.length} endpoints…`)
    const results: EndpointResult[] = []
    const failures: { name: string; reason: string }[] = []
    for (const endpoint of endpoints) {
      const cookie = endpoint.asRepresentative ? cookies.representative : cookies.coordinator
      const targets: [Target, Target] = [
        { name: 'app', url: listening.appUrl, headers: { cookie }, runs: [] },
        { name: 'bare', url: listening.bareUrl, headers: {}, runs: [] },
      ]
      try {
        results.push(await measure(endpoint, targets, endpoint.path(prepared.targets)))
      } catch (error) {
        // Loud, but the other endpoints are still measured: the report lists the failure in its row.
        console.error(`\n*** ${endpoint.name} FAILED on ${prepared.label}: ${(error as Error).message}\n`)
        failures.push({ name: endpoint.name, reason: (error as Error).message.slice(0, 300) })
        process.exitCode = 1
      }
    }
    // A short pause lets the last responses and timers settle before the garbage collector runs.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const memoryAfter = await memory()
    return { kind, label: prepared.label, generatedMs: prepared.generatedMs, counts: prepared.counts, targets: prepared.targets, memoryBefore, memoryAfter, endpoints: results, failures }
  } finally {
    await stopChild(server.child, 'stop')
    prepared.dispose()
  }
}

const ms = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const mark = (ok: boolean) => (ok ? '✓' : '✗')
/** Requests a second: whole numbers, but a slow page's 0.3 is not shown as 0. */
const perSecond = (value: number) => ms(value, value < 10 ? 1 : 0)
const kb = (bytes: number) => (bytes < 10_240 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} kB`)

function databaseTable(result: DatabaseResult): string[] {
  const lines = [
    `### ${result.label}`,
    '',
    `Data generated in ${(result.generatedMs / 1000).toFixed(0)} s. Server memory (rss / heap used / external) before the load ${megabytes(result.memoryBefore)} MB, ` +
      `after it (gc) ${megabytes(result.memoryAfter)} MB ${mark(result.memoryAfter.rss < GOAL.memoryMb * MB)} (goal: rss < ${GOAL.memoryMb} MB).`,
    '',
    '| endpoint | size | app req/s | bare req/s | app/bare (≥ 0.5) | app p50 ms | app p95 ms (< 50) | bare p95 ms | app alone ms | bare alone ms | app non-2xx/errors | load 1 min |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const e of result.endpoints) {
    const ratio = e.bare.requests > 0 ? e.app.requestsPerSecond / e.bare.requestsPerSecond : NaN
    const p95 = e.p95Goal ? `${ms(e.app.p95)} ${mark(e.app.p95 < GOAL.p95Ms)}` : ms(e.app.p95)
    lines.push(
      `| ${e.name} | ${kb(e.appBytes)} | ${perSecond(e.app.requestsPerSecond)} | ${perSecond(e.bare.requestsPerSecond)} | ${ms(ratio, 2)} ${mark(ratio >= GOAL.appOverBare)} | ` +
        `${ms(e.app.p50)} | ${p95} | ${ms(e.bare.p95)} | ${ms(e.appAloneMs)} | ${ms(e.bareAloneMs)} | ${e.app.non2xx}/${e.app.errors} | ${e.load1.toFixed(1)} |`,
    )
  }
  for (const failure of result.failures) lines.push(`| ${failure.name} | FAILED: ${failure.reason.replaceAll('|', '/').replaceAll('\n', ' ')} |||||||||||`)
  return [...lines, '']
}

function sideBySide(pg: DatabaseResult, pglite: DatabaseResult): string[] {
  const lines = [
    '### PGlite against PostgreSQL (the app)',
    '',
    '| endpoint | PG req/s | PGlite req/s | PG/PGlite (≤ 3) | PG p95 ms | PGlite p95 ms | PG alone ms | PGlite alone ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const a of pg.endpoints) {
    const b = pglite.endpoints.find((e) => e.name === a.name)
    if (!b) continue
    const ratio = b.app.requests > 0 ? a.app.requestsPerSecond / b.app.requestsPerSecond : NaN
    lines.push(`| ${a.name} | ${perSecond(a.app.requestsPerSecond)} | ${perSecond(b.app.requestsPerSecond)} | ${ms(ratio, 2)} ${mark(ratio <= GOAL.pgliteOverPg)} | ${ms(a.app.p95)} | ${ms(b.app.p95)} | ${ms(a.appAloneMs)} | ${ms(b.appAloneMs)} |`)
  }
  return [...lines, '']
}

async function main() {
  const startedAt = new Date()
  const results: DatabaseResult[] = []
  try {
    for (const kind of databases) results.push(await benchDatabase(kind))
  } finally {
    await stopChild(loader.child)
  }
  const first = results[0]!
  const report = [
    `## Read benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}; ${scale} data set (seed ${args.seed}), the big collaboration ${first.targets.collaborationId}` +
      ` (initiative ${first.targets.initiativeId}, member ${first.targets.memberId}, round ${first.targets.roundId}, year ${first.targets.year}).`,
    `Each endpoint: ${warmup} s warm-up per server, then ${rounds} rounds × ${seconds} s per server (app and bare alternating A B B A), ${connections} connections from a separate load process.`,
    'Goals (SPEC §6): p95 < 50 ms for paged lists, one initiative, the member view and one invoice basis; app/bare ≥ 0.5; PGlite within 3× of PostgreSQL; server rss < 500 MB after the load.',
    'The load average is that of the whole machine when the endpoint was measured: other work on it skews the figures. A report, not a test.',
    '',
    ...results.flatMap(databaseTable),
    ...(results.length === 2 ? sideBySide(results[0]!, results[1]!) : []),
  ].join('\n')
  console.log(`\n${report}`)

  const folder = 'bench/results'
  mkdirSync(folder, { recursive: true })
  // The results are this machine's, not the repository's.
  if (!existsSync(join(folder, '.gitignore'))) writeFileSync(join(folder, '.gitignore'), '*\n')
  const file = join(folder, `reads-${startedAt.toISOString().slice(0, 16).replace(':', '')}`)
  writeFileSync(`${file}.md`, `${report}\n`)
  writeFileSync(`${file}.json`, `${JSON.stringify({ startedAt, scale, seconds, warmup, rounds, connections, results }, null, 2)}\n`)
  console.log(`Written to ${file}.md and .json.`)
}

await main()
