import { now } from '../../server/clock'
import type { Database } from '../../server/db/database'
import type { DutySource } from '../duties'
import { runDigests } from './notifications.digest'
import { sweepAll } from './notifications.sweep'

/**
 * The timer job: every `seconds`, sweep every collaboration (reminders come due with the date, not with a change)
 * and send the digests that are due. Any number of processes may run it: every write is keyed, so a second run
 * writes and mails nothing twice. A run still going when the next is due is not doubled. Returns how to stop it.
 */
export function startNotificationJobs(options: { db: Database; sources: readonly DutySource[]; publicUrl: string; seconds: number; afterRun?: () => Promise<unknown>; onError: (error: Error) => void }) {
  if (options.seconds <= 0) return async () => {}
  let running: Promise<unknown> | undefined
  const run = async () => {
    const at = now()
    await sweepAll(options.db, options.sources, { at, publicUrl: options.publicUrl })
    await runDigests(options.db, options.sources, options.publicUrl, at)
    await options.afterRun?.()
  }
  const timer = setInterval(() => {
    running ??= run()
      .catch(options.onError)
      .finally(() => (running = undefined))
  }, options.seconds * 1000)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
