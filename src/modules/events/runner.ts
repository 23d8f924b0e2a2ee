import type { Database, Queryable } from '../../server/db/database'
import type { DomainEvent } from './event-types'
import * as repo from './events.repository'

/**
 * Reacts to events of some types after their change committed. Its `name` is its identity in the
 * database (what it has handled is kept under it), so it must stay the same across releases.
 */
export interface Subscriber<T extends string = string> {
  name: string
  types: readonly T[]
  /** Runs in the transaction that also records the event as delivered: write only through `tx`. */
  handle(tx: Queryable, event: DomainEvent<T>): Promise<void>
}

/** Declares a subscriber with its handler typed by the events it takes. */
export function defineSubscriber<const T extends string>(subscriber: Subscriber<T>): Subscriber {
  return subscriber as unknown as Subscriber
}

export interface RunnerOptions {
  /** After this many failures the event is parked for the subscriber (its error stays in event_delivery). */
  maxAttempts?: number
  /** Seconds before the next try after `attempts` failures. */
  retryDelaySeconds?: (attempts: number) => number
  onError?: (error: unknown, where: { subscriber: string; eventId: number; parked: boolean }) => void
  /** Runs after a pass in which some subscriber handled an event (e.g. send the mail they queued). */
  afterHandled?: () => Promise<unknown>
}

// 10 s, 20 s, 40 s … at most an hour between tries.
const growingDelay = (attempts: number) => Math.min(3600, 10 * 2 ** (attempts - 1))

type Step = 'handled' | 'parked' | 'failed' | 'waiting' | 'busy' | 'idle'

export interface EventRunner {
  /** Records where each subscriber starts; call once before the first drain. */
  register(): Promise<void>
  /** Handles everything pending now (retries that are due included); resolves with how many were handled. */
  drain(): Promise<number>
  /** Asks for a drain soon, without waiting for it (after a request that published). */
  nudge(): void
  /** Drains now (resolves when done) and then every `seconds` until stopped; 0 = only on nudges. */
  start(seconds: number): Promise<void>
  /** Stops the timer and waits for a drain under way. */
  stop(): Promise<void>
}

/**
 * The outbox poller: each (subscriber, event) is handled in one transaction that also records it as
 * delivered, so a crash before the commit runs it again and a commit never repeats it. A per-subscriber
 * advisory lock keeps a second process off while one handles it; each subscriber takes its events in
 * order, and one failing waits (a growing delay, then parked) without holding up the others.
 */
export function createEventRunner(db: Database, subscribers: Subscriber[], options: RunnerOptions = {}): EventRunner {
  const maxAttempts = options.maxAttempts ?? 8
  const retryDelaySeconds = options.retryDelaySeconds ?? growingDelay
  const names = subscribers.map((s) => s.name)
  const twice = names.find((name, i) => names.indexOf(name) !== i)
  if (twice) throw new Error(`two event subscribers are named ${twice}`)

  async function step(subscriber: Subscriber): Promise<Step> {
    return db.transaction(async (tx) => {
      if (!(await repo.tryLockSubscriber(tx, subscriber.name))) return 'busy'
      const next = await repo.nextEvent(tx, subscriber.name, subscriber.types)
      if (!next) return 'idle'
      if (next.notYet) return 'waiting'
      const attempts = next.attempts + 1
      // The handler's writes are undone on failure, but the failure itself is recorded in the same transaction.
      await tx.query('savepoint event_handler')
      try {
        await subscriber.handle(tx, next.event)
        await tx.query('release savepoint event_handler')
        await repo.markDelivered(tx, subscriber.name, next.event.id, attempts)
        return 'handled'
      } catch (error) {
        await tx.query('rollback to savepoint event_handler')
        const parked = attempts >= maxAttempts
        await repo.markFailed(tx, subscriber.name, next.event.id, { attempts, error: error instanceof Error ? (error.stack ?? error.message) : String(error), parked, retryInSeconds: retryDelaySeconds(attempts) })
        options.onError?.(error, { subscriber: subscriber.name, eventId: next.event.id, parked })
        return parked ? 'parked' : 'failed'
      }
    })
  }

  /** Everything one subscriber can take now, in order; it stops at an event that failed (to be retried later). */
  async function drainSubscriber(subscriber: Subscriber) {
    let handled = 0
    for (;;) {
      const result = await step(subscriber)
      if (result === 'handled') handled++
      else if (result !== 'parked') return handled
    }
  }

  async function drainAll() {
    let total = 0
    for (const subscriber of subscribers) {
      // A subscriber the database fails for (not its handler: that failure is recorded) does not hold up the others.
      total += await drainSubscriber(subscriber).catch((error: unknown) => {
        options.onError?.(error, { subscriber: subscriber.name, eventId: 0, parked: false })
        return 0
      })
    }
    if (total > 0) await options.afterHandled?.()
    return total
  }

  // Drains run one after another; a drain asked for while one is waiting to start joins that one.
  let tail: Promise<number> = Promise.resolve(0)
  let queued: Promise<number> | null = null
  function drain(): Promise<number> {
    if (queued) return queued
    const run = tail.then(() => {
      queued = null
      return drainAll()
    })
    queued = run
    tail = run.catch(() => 0)
    return run
  }

  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const report = (error: unknown) => options.onError?.(error, { subscriber: '', eventId: 0, parked: false })
  return {
    async register() {
      for (const name of names) await repo.registerSubscriber(db, name)
    },
    drain,
    nudge: () => void (stopped || drain().catch(report)),
    start(seconds) {
      if (seconds > 0) {
        timer = setInterval(() => void drain().catch(report), seconds * 1000)
        timer.unref()
      }
      // What waited while no process ran (or was published before the server listened: a seed) is handled at once.
      return drain().then(() => undefined, report)
    },
    async stop() {
      stopped = true
      clearInterval(timer)
      await tail
    },
  }
}
