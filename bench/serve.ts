/**
 * The servers the read benchmark loads, in a process of their own (started by reads.bench.ts with
 * fork, so it talks over IPC): the real app (buildApp, demo off, logger off) and the bare server of
 * bench/bare-reads.ts, both on the same database — PostgreSQL by URL, or PGlite in a data folder the
 * parent has closed. Answers `memory` with process.memoryUsage() (after global.gc() when run with
 * --expose-gc) and `stop` by closing everything.
 */
import { buildApp } from '../src/server/app'
import { readConfig } from '../src/server/config'
import { openDatabase } from '../src/server/db/database'
import { bareReadsServer, type ReadTargets } from './bare-reads'

export interface ServeOptions {
  databaseUrl?: string
  dataDir?: string
  targets: ReadTargets
}

export type ServeMessage = { kind: 'listening'; appUrl: string; bareUrl: string } | { kind: 'memory'; rss: number; heapUsed: number; external: number }

if (!process.send) throw new Error('bench/serve.ts is started by bench/reads.bench.ts (fork, with IPC)')
const send = (message: ServeMessage) => process.send!(message)

const options = JSON.parse(process.argv[2]!) as ServeOptions
const db = await openDatabase(options)
const app = await buildApp({ db, config: { ...readConfig({}), demo: false }, logger: false })
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' })
const bare = bareReadsServer(db, options.targets)
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
send({ kind: 'listening', appUrl, bareUrl: `http://127.0.0.1:${(bare.address() as { port: number }).port}` })

// Never outlive the benchmark, however it ended.
process.on('disconnect', () => process.exit(0))
process.on('message', async (message: 'memory' | 'stop') => {
  if (message === 'memory') {
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    const { rss, heapUsed, external } = process.memoryUsage()
    send({ kind: 'memory', rss, heapUsed, external })
  } else {
    await app.close()
    await new Promise((resolve) => bare.close(resolve))
    await db.close()
    process.exit(0)
  }
})
