import { AsyncLocalStorage } from 'node:async_hooks'
import { todayInSweden } from '../shared/format'

/**
 * The server's clock. Every rule that compares with "now" (a decision not in the future, minutes not
 * approved before their meeting, an appeal period not yet running) reads it here, so that the demo can
 * load history as it happened and tests can fix the time (`vi.setSystemTime` moves it too).
 */
const fixed = new AsyncLocalStorage<Date>()

export function now(): Date {
  return new Date(fixed.getStore() ?? Date.now())
}

/** Today's date in Sweden, "2026-11-24". */
export function today(): string {
  return todayInSweden(now())
}

/** Runs `work` as if the clock read `at` (the demo records history on the days it happened). */
export function runAt<T>(at: string | Date, work: () => Promise<T>): Promise<T> {
  return fixed.run(new Date(at), work)
}
