/**
 * Bounded load runs with autocannon, in a process of their own so that generating the load does not
 * share an event loop with the servers being measured. Started by reads.bench.ts with fork: each
 * message is one run's LoadOptions, each reply its LoadResult. Run by hand with a JSON argument, it
 * does one run and prints the result as one JSON line.
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
  seconds: number
  /** Every response time in ms, so runs can be merged for exact percentiles (autocannon has no p95). */
  times: number[]
  non2xx: number
  errors: number
}

async function load(options: LoadOptions): Promise<LoadResult> {
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}: only 127.0.0.1`)
  // Bounded by the run: a minute at a few thousand requests a second is a few hundred thousand numbers.
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
  return {
    // Counted like the times: autocannon's total sums per-second samples and misses what answers after the last one.
    requests: times.length,
    seconds: result.duration,
    times: times.map((time) => Math.round(time * 100) / 100),
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

if (process.send) {
  // One run at a time: the parent waits for each reply before it sends the next.
  process.on('message', (options: LoadOptions) =>
    load(options).then(
      (result) => process.send!(result),
      (error: unknown) => process.send!({ error: String(error) }),
    ),
  )
} else {
  console.log(JSON.stringify(await load(JSON.parse(process.argv[2]!) as LoadOptions)))
}
