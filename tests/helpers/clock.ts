import { vi } from 'vitest'
import { TEST_PASSWORD } from './factories'
import type { Client } from './test-app'

/**
 * A fixed clock for API tests. PGlite's now() follows the faked Date, so a move of more than a session's
 * length would end the sessions: moving the clock logs the signed-in clients in again, as people would.
 */
export function fixedClock(start: string) {
  const signedIn: { client: Client; email: string }[] = []
  return {
    start: () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(new Date(start))
    },
    stop: () => vi.useRealTimers(),
    async logIn(client: Client, email: string) {
      await client.logIn(email, TEST_PASSWORD)
      signedIn.push({ client, email })
      return client
    },
    async set(iso: string) {
      vi.setSystemTime(new Date(iso))
      for (const { client, email } of signedIn) await client.logIn(email, TEST_PASSWORD)
    },
  }
}
