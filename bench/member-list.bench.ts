/**
 * `npm run bench [-- --pglite] [--seconds 10] [--rounds 2] [--warmup 3] [--connections 10] [--collaborations 50] [--users 300]`
 *
 * The member list, GET /api/collaborations/:collaborationId/members, served by the real app (auth,
 * access checks, validation, response schema) against a bare node:http server that runs the same
 * repository function and JSON.stringify's the rows. Both run in this process on the same database;
 * the load comes from a separate process (bench/load.ts), on 127.0.0.1 only. The SPEC's bar: p95
 * under 50 ms on PostgreSQL, and at least half the bare server's throughput.
 *
 * Database: a fresh database on the server in DATABASE_URL (created and dropped), otherwise a
 * temporary PostgreSQL cluster; `--pglite` uses in-memory PGlite instead. A report, no assertions.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { promisify } from 'node:util'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { hashPassword } from '../src/modules/auth/password'
import { listMembers } from '../src/modules/members/members.repository'
import { loadReferenceData } from '../src/modules/members/reference-data'
import { buildApp } from '../src/server/app'
import { readConfig } from '../src/server/config'
import { openPglite, openPostgres, type Database } from '../src/server/db/database'
import { migrate } from '../src/server/db/migrate'
import { startPostgresCluster } from '../scripts/postgres-cluster'
import { generateDataSet } from './data-set'
import type { LoadOptions, LoadResult } from './load'

const { values: args } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    collaborations: { type: 'string', default: '50' },
    users: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
  },
})
// Bounded whatever is asked: at most a minute a run and 100 connections.
const seconds = Math.min(60, Number(args.seconds))
const warmup = Math.min(60, Number(args.warmup))
const connections = Math.min(100, Number(args.connections))
const rounds = Math.max(1, Math.min(5, Number(args.rounds)))

/** The database to measure on, and how to get rid of it afterwards. */
async function openBenchDatabase(): Promise<{ db: Database; label: string; dispose: () => Promise<void> }> {
  if (args.pglite) {
    const db = await openPglite()
    return { db, label: 'PGlite (in memory)', dispose: () => db.close() }
  }
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    console.log('Starting a temporary PostgreSQL cluster…')
    const cluster = await startPostgresCluster()
    const db = await openPostgres(cluster.url)
    return { db, label: 'PostgreSQL (temporary cluster, fsync off)', dispose: async () => (await db.close(), cluster.stop()) }
  }
  // A database of its own, so a benchmark never writes into data that matters.
  const name = `samverka_bench_${randomBytes(4).toString('hex')}`
  await adminQuery(serverUrl, `create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const db = await openPostgres(url.toString())
  return { db, label: `PostgreSQL (DATABASE_URL, database ${name})`, dispose: async () => (await db.close(), await adminQuery(serverUrl, `drop database ${name} with (force)`)) }
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A coordinator of every collaboration, logged in through the real login route: returns the Cookie header. */
async function coordinatorCookie(db: Database, appUrl: string, collaborationIds: string[]) {
  const email = 'bench-coordinator@bench.samverka.se'
  const password = 'bench-coordinator-2026'
  const [user] = await db.query<{ id: string }>('insert into app_user (email, name, password_hash) values ($1, $2, $3) returning id', [email, 'Bänksamordnare', await hashPassword(password)])
  for (const id of collaborationIds) await db.query(`insert into role_assignment (collaboration_id, user_id, role) values ($1, $2, 'coordinator')`, [id, user!.id])

  // The CSRF rule wants the header to echo the cookie; we choose the value ourselves.
  const csrf = randomBytes(16).toString('hex')
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `samverka_csrf=${csrf}`, 'x-csrf-token': csrf },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('samverka_session='))
  if (!session) throw new Error('login set no session cookie')
  return `${session.split(';')[0]}; samverka_csrf=${csrf}`
}

/** The same SQL with nothing around it: no auth, no validation, no response schema. */
function bareServer(db: Database): Server {
  const route = /^\/api\/collaborations\/([0-9a-f-]{36})\/members$/
  return createServer(async (request, response) => {
    const match = route.exec(request.url ?? '')
    if (!match) return response.writeHead(404).end()
    try {
      const body = JSON.stringify(await listMembers(db, match[1]!, { includeLeft: false }))
      response.writeHead(200, { 'content-type': 'application/json' }).end(body)
    } catch (error) {
      response.writeHead(500).end(String(error))
    }
  })
}

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)))

/** Runs bench/load.ts in a child process, bounded by a time-out well past the run's own length. */
async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/load.ts', JSON.stringify(options)], {
    timeout: (options.seconds + 60) * 1000,
    maxBuffer: 256 << 20,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult
}

/** Load numbers of one target, all its rounds together. */
interface Figures {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  requests: number
  failures: string
}

function summarise(runs: LoadResult[]): Figures {
  const times = runs.flatMap((run) => run.times).sort((a, b) => a - b)
  const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN
  const total = (pick: (run: LoadResult) => number) => runs.reduce((sum, run) => sum + pick(run), 0)
  return {
    requestsPerSecond: total((run) => run.requests) / total((run) => run.seconds),
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    requests: total((run) => run.requests),
    failures: `${total((run) => run.non2xx)}/${total((run) => run.errors)}`,
  }
}

interface Target {
  name: string
  url: string
  headers: Record<string, string>
  runs: LoadResult[]
}

/**
 * Warms both targets up, then measures them in the order A B B A (and so on): slow drift in the
 * machine's load — other processes, the database's caches — then weighs on both alike.
 */
async function measure(targets: [Target, Target], paths: string[]) {
  for (const target of targets) {
    // A first response must be a real member list: measuring 401s or 404s would be meaningless.
    const check = await fetch(`${target.url}${paths[0]}`, { headers: target.headers })
    if (!check.ok) throw new Error(`${target.name} answered ${check.status} to ${paths[0]}: ${await check.text()}`)
    console.log(`${target.name}: warming up ${warmup} s…`)
    if (warmup > 0) await runLoad({ url: target.url, paths, headers: target.headers, connections, seconds: warmup })
  }
  for (let round = 0; round < rounds; round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      console.log(`round ${round + 1}/${rounds}: ${target.name}, ${seconds} s with ${connections} connections…`)
      target.runs.push(await runLoad({ url: target.url, paths, headers: target.headers, connections, seconds }))
    }
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9)

function report(label: string, dataSet: Awaited<ReturnType<typeof generateDataSet>>, app: Figures, bare: Figures, load: number[]) {
  console.log(`\nMember list benchmark on ${label}, ${cpus().length} cores, node ${process.version}`)
  console.log(
    `Data set: 311 organisations, ${dataSet.collaborationIds.length} collaborations of ${dataSet.sizes.min}–${dataSet.sizes.max} members ` +
      `(median ${dataSet.sizes.median}), ${dataSet.members} members, ${dataSet.users} users, ${dataSet.roleAssignments} roles`,
  )
  console.log(`Load: ${connections} connections, ${rounds} × ${seconds} s per server after ${warmup} s warm-up, rotating over all collaborations`)
  console.log(`Load average before → after: ${load.map((value) => value.toFixed(1)).join(' → ')} (other work on the machine skews the figures)\n`)
  console.log(`${''.padEnd(14)}${'req/s'.padStart(9)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'requests'.padStart(10)}  non-2xx/errors`)
  for (const [name, r] of [['app (Fastify)', app], ['bare node:http', bare]] as const) {
    console.log(`${name.padEnd(14)}${r.requestsPerSecond.toFixed(0).padStart(9)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${String(r.requests).padStart(10)}  ${r.failures}`)
  }
  console.log(`\nThroughput app/bare: ${(app.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} (SPEC: at least 0.5); app p95 ${app.p95.toFixed(1)} ms (SPEC: under 50 ms)`)
}

async function main() {
  const { db, label, dispose } = await openBenchDatabase()
  const servers: { close: () => unknown }[] = []
  try {
    await migrate(db)
    await loadReferenceData(db)
    const started = Date.now()
    const dataSet = await generateDataSet(db, { collaborations: Number(args.collaborations), users: Number(args.users), seed: Number(args.seed) })
    console.log(`Data set generated in ${Date.now() - started} ms.`)

    const app = await buildApp({ db, config: { ...readConfig({}), demo: false }, logger: false })
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' })
    servers.push(app)
    const bare = bareServer(db)
    const bareUrl = await listen(bare)
    servers.push({ close: () => bare.close() })

    const paths = dataSet.collaborationIds.map((id) => `/api/collaborations/${id}/members`)
    const cookie = await coordinatorCookie(db, appUrl, dataSet.collaborationIds)
    const targets: [Target, Target] = [
      { name: 'app', url: appUrl, headers: { cookie }, runs: [] },
      { name: 'bare', url: bareUrl, headers: {}, runs: [] },
    ]
    const loadBefore = loadavg()[0]!
    await measure(targets, paths)
    report(label, dataSet, summarise(targets[0].runs), summarise(targets[1].runs), [loadBefore, loadavg()[0]!])
  } finally {
    for (const server of servers) await server.close()
    await dispose()
  }
}

await main()
