import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { freePort } from './free-port'

/**
 * A throwaway PostgreSQL server for the test tier and the benchmark: a temporary data folder, a
 * unix socket in that folder, a free TCP port on 127.0.0.1, trust authentication and no fsync.
 * It never outlives the process that started it: `stop()` runs on exit, Ctrl-C included.
 */
export interface PostgresCluster {
  /** Connection string for the superuser `postgres`, who may create databases. */
  url: string
  stop(): void
}

export const INSTALL_HINT = 'PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql'

/** The folder holding `programs` (initdb and pg_ctl unless told): first on PATH, then Debian's newest /usr/lib/postgresql/N/bin. */
export function findPostgresBin(programs = ['initdb', 'pg_ctl']): string | undefined {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join('/usr/lib/postgresql', version, 'bin'))
    : []
  return [...onPath, ...debian].find((dir) => programs.every((program) => existsSync(join(dir, program))))
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin()
  if (!bin) throw new Error(INSTALL_HINT)

  const base = mkdtempSync(join(tmpdir(), 'samverka-pg-'))
  const dataDir = join(base, 'data')
  const socketDir = join(base, 'socket')
  mkdirSync(socketDir)
  const runAs = postgresUser()
  if (runAs) for (const dir of [base, socketDir]) chownSync(dir, runAs.uid, runAs.gid)

  let running = false
  const stop = () => {
    process.off('exit', stop)
    // Immediate: the data is thrown away, so there is nothing worth a clean shutdown.
    if (running) run(runAs, join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], base, true)
    running = false
    rmSync(base, { recursive: true, force: true })
  }
  process.on('exit', stop)
  exitOnSignals()

  try {
    run(runAs, join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions'], base)
    const port = await freePort()
    const settings = [`-p ${port}`, `-k ${socketDir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']
    try {
      run(runAs, join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(base, 'server.log'), '-w', '-t', '60', '-o', settings.join(' '), 'start'], base)
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${tail(join(base, 'server.log'))}`)
    }
    running = true
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }
  } catch (error) {
    stop()
    throw error
  }
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()))
    return { uid: uid!, gid: gid! }
  } catch {
    throw new Error('running as root needs a `postgres` system user to run PostgreSQL: apt-get install postgresql')
  }
}

function run(runAs: object | undefined, command: string, args: string[], cwd: string, ignoreErrors = false) {
  const [file, argv] = runAs ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  try {
    // cwd is our temp folder so that the postgres user can always read its working directory.
    execFileSync(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  } catch (error) {
    if (ignoreErrors) return
    const { stderr, stdout } = error as { stderr?: string; stdout?: string }
    throw new Error(`${command.split('/').pop()} failed: ${(stderr || stdout || String(error)).trim()}`)
  }
}

function tail(file: string, lines = 20) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : ''
}

// A signal ends the process through process.exit, so the 'exit' hook above stops the server.
let signalsHandled = false
function exitOnSignals() {
  if (signalsHandled) return
  signalsHandled = true
  process.once('SIGINT', () => process.exit(130))
  process.once('SIGTERM', () => process.exit(143))
  process.once('SIGHUP', () => process.exit(129))
}
