/**
 * `npm test`: the whole suite, in order, stopping at the first failure.
 *
 *   typecheck → lint → unit → API on PGlite → API on PostgreSQL → two app processes on PostgreSQL
 *   → web build → browser journeys
 *
 * Ends with a summary of every step and the plain line `N passed, N failed` (tests across all
 * vitest runs). The exit code is 0 only if every step passed.
 *
 * Environment:
 *   TEST_DATABASE_URL / DATABASE_URL  a PostgreSQL server for the API tier; the test user must be
 *                                     allowed to `create database`. Without either, a temporary
 *                                     cluster is started from the machine's initdb/pg_ctl.
 *                                     The two-process step runs on the same server.
 *   SAMVERKA_REQUIRE_POSTGRES=0       skip the PostgreSQL tier and the two-process step (loudly); they are
 *                                     required otherwise.
 *   CHROMIUM_PATH                     the browser for the journeys (default /usr/bin/chromium).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { findPostgresBin, INSTALL_HINT, startPostgresCluster, type PostgresCluster } from './postgres-cluster'
import { addCounts, noTests, readTestCounts, type TestCounts } from './vitest-report'

type Status = 'passed' | 'failed' | 'skipped' | 'not run'

interface StepResult {
  ok: boolean
  /** Why the step did nothing, when it had nothing to do. */
  skipped?: string
  tests?: TestCounts
  note?: string
}

interface Step {
  name: string
  /** Resolves with ok: false, or throws, when the step fails. */
  run: () => Promise<StepResult>
}

interface Outcome {
  name: string
  status: Status
  seconds: number
  tests?: TestCounts
  note?: string
}

const reportDir = mkdtempSync(join(tmpdir(), 'samverka-test-'))
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL
const skipPostgres = process.env.SAMVERKA_REQUIRE_POSTGRES === '0'

// The child running now: it must not outlive us, whatever ends this process.
let child: ChildProcess | undefined
process.on('exit', () => {
  child?.kill('SIGTERM')
  rmSync(reportDir, { recursive: true, force: true })
})
process.once('SIGINT', () => process.exit(130))
process.once('SIGTERM', () => process.exit(143))

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(command, args, { stdio: 'inherit', env })
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => {
      child = undefined
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

const command = (...argv: string[]) => async (): Promise<StepResult> => ({ ok: (await runCommand(argv[0]!, argv.slice(1))) === 0 })

/** One vitest project, with a JSON report beside the usual output so the tests can be counted. */
async function vitest(project: string, env: NodeJS.ProcessEnv, extraArgs: string[] = []): Promise<StepResult> {
  const report = join(reportDir, `${project}-${Date.now()}.json`)
  const args = ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]
  const code = await runCommand('npx', args, env)
  const tests = readTestCounts(report)
  return { ok: code === 0, tests, note: tests ? undefined : 'vitest wrote no report' }
}

/** The environment without any database setting: each API test file gets an in-memory PGlite. */
function withoutDatabase(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.TEST_DATABASE_URL
  delete env.DATABASE_URL
  return env
}

// One PostgreSQL server for the two steps that need it: the given one, or a temporary cluster started
// by the first of them and stopped after the last (or when this process ends).
let cluster: PostgresCluster | undefined
async function postgresServer(): Promise<string> {
  if (postgresUrl) return postgresUrl
  if (!cluster) {
    console.log('Starting a temporary PostgreSQL cluster…')
    cluster = await startPostgresCluster()
    console.log(`PostgreSQL is listening at ${cluster.url}`)
  }
  return cluster.url
}

async function apiOnPostgres(): Promise<StepResult> {
  if (skipPostgres) {
    loudWarning('SAMVERKA_REQUIRE_POSTGRES=0: the API is NOT tested against a real PostgreSQL.')
    return { ok: true, skipped: 'SAMVERKA_REQUIRE_POSTGRES=0' }
  }
  return vitest('api', { ...process.env, TEST_DATABASE_URL: await postgresServer() })
}

async function twoProcessesOnPostgres(): Promise<StepResult> {
  if (skipPostgres) {
    loudWarning('SAMVERKA_REQUIRE_POSTGRES=0: two app processes on one PostgreSQL are NOT tested.')
    return { ok: true, skipped: 'SAMVERKA_REQUIRE_POSTGRES=0' }
  }
  try {
    return await vitest('multiprocess', { ...process.env, TEST_DATABASE_URL: await postgresServer() })
  } finally {
    cluster?.stop()
    cluster = undefined
  }
}

const e2eTestFiles = () => (existsSync('e2e') ? readdirSync('e2e', { recursive: true }).map(String).filter((f) => f.endsWith('.e2e.test.ts')) : [])

// Until the web app and its journeys exist, an empty e2e tier must not fail the suite; it says so.
const hasWebApp = () => ['index.html', 'src/web/index.html', 'vite.config.ts', 'vite.config.js'].some(existsSync)

function loudWarning(message: string) {
  const bar = '!'.repeat(78)
  console.warn(`\n${bar}\n!! WARNING: ${message}\n${bar}\n`)
}

async function buildWeb(): Promise<StepResult> {
  if (e2eTestFiles().length === 0 && !hasWebApp()) {
    loudWarning('there is no web app yet (no index.html or vite.config): the web build is skipped.')
    return { ok: true, skipped: 'no web app yet' }
  }
  return command('npm', 'run', 'build:web')()
}

async function browserJourneys(): Promise<StepResult> {
  const env = { ...process.env, CHROMIUM_PATH: chromiumPath }
  if (e2eTestFiles().length > 0) return vitest('e2e', env)
  loudWarning('e2e/ has no *.e2e.test.ts files: the browser journeys test NOTHING yet.')
  const result = await vitest('e2e', env, ['--passWithNoTests'])
  return { ...result, note: 'WARNING: no e2e test files' }
}

const steps: Step[] = [
  { name: 'typecheck (tsc --noEmit)', run: command('npx', 'tsc', '--noEmit') },
  { name: 'lint (npm run lint: eslint and the module contracts)', run: command('npm', 'run', 'lint') },
  { name: 'unit tests', run: () => vitest('unit', process.env) },
  { name: 'API tests on PGlite', run: () => vitest('api', withoutDatabase()) },
  { name: `API tests on PostgreSQL${postgresUrl ? ' (given URL)' : ' (temporary cluster)'}`, run: apiOnPostgres },
  { name: 'two app processes on one PostgreSQL', run: twoProcessesOnPostgres },
  { name: 'web build (npm run build:web)', run: buildWeb },
  { name: 'browser journeys (e2e)', run: browserJourneys },
]

/** What the machine must have, checked before minutes are spent on the steps that don't need it. */
function missingPrerequisite(): string | undefined {
  if (!skipPostgres && !postgresUrl && !findPostgresBin()) return INSTALL_HINT
  if (!existsSync(chromiumPath)) return `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH): apt-get install chromium`
}

async function runSteps(): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let failed = false
  for (const step of steps) {
    if (failed) {
      outcomes.push({ name: step.name, status: 'not run', seconds: 0 })
      continue
    }
    console.log(`\n━━━ ${step.name} ━━━`)
    const started = performance.now()
    let result: StepResult
    try {
      result = await step.run()
    } catch (error) {
      result = { ok: false, note: (error as Error).message }
      console.error(`\n${step.name} failed: ${(error as Error).message}`)
    }
    const seconds = (performance.now() - started) / 1000
    const status: Status = !result.ok ? 'failed' : result.skipped ? 'skipped' : 'passed'
    outcomes.push({ name: step.name, status, seconds, tests: result.tests, note: result.skipped ?? result.note })
    if (!result.ok) {
      failed = true
      console.error(`\n✗ ${step.name} FAILED — stopping here.`)
    }
  }
  return outcomes
}

function printSummary(outcomes: Outcome[]) {
  const width = Math.max(...outcomes.map((o) => o.name.length))
  console.log('\n━━━ summary ━━━')
  for (const o of outcomes) {
    const tests = o.tests ? `  ${o.tests.passed} passed, ${o.tests.failed} failed${o.tests.skipped ? `, ${o.tests.skipped} skipped` : ''}` : ''
    const note = o.note ? `  (${o.note.split('\n')[0]})` : ''
    console.log(`${o.status.toUpperCase().padEnd(8)} ${o.name.padEnd(width)} ${o.seconds.toFixed(1).padStart(6)} s${tests}${note}`)
  }
  const total = outcomes.reduce((sum, o) => addCounts(sum, o.tests ?? noTests), noTests)
  const seconds = outcomes.reduce((sum, o) => sum + o.seconds, 0)
  const failedStep = outcomes.find((o) => o.status === 'failed')
  console.log(`\n${failedStep ? `FAILED at: ${failedStep.name}` : 'All steps passed'} in ${seconds.toFixed(0)} s; ${total.skipped} tests skipped.`)
  console.log(`${total.passed} passed, ${total.failed} failed`)
}

const missing = missingPrerequisite()
if (missing) {
  console.error(`npm test: ${missing}`)
  process.exit(1)
}
const outcomes = await runSteps()
printSummary(outcomes)
process.exit(outcomes.some((o) => o.status === 'failed') ? 1 : 0)
