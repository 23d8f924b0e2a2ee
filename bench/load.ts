/**
 * One bounded load run with autocannon, in its own process so that generating the load does not
 * share an event loop with the servers being measured. Called by member-list.bench.ts with a JSON
 * argument; prints one JSON line with the result.
 */
import autocannon from 'autocannon'

export interface LoadOptions {
  /** Base URL; must be on 127.0.0.1: benchmarks only ever load this machine. */
  url: string
  /** Paths requested in turn by every connection. */
  paths: string[]
  headers: Record<string, string>
  connections: number
  seconds: number
}

export interface LoadResult {
  requests: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

async function load(options: LoadOptions): Promise<LoadResult> {
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}: only 127.0.0.1`)
  // Every response time is kept (a few hundred thousand at most) for an exact p95, which autocannon's summary lacks.
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // The callback form returns the running instance, whose events carry each response time.
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers,
        requests: options.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

console.log(JSON.stringify(await load(JSON.parse(process.argv[2]!) as LoadOptions)))
