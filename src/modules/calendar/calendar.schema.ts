import { z } from 'zod'

export const CalendarFeedState = z.object({
  /** Whether the person has a feed address now, and since when. */
  active: z.boolean(),
  createdAt: z.string().nullable(),
})

export const CreatedCalendarFeed = z.object({
  /** The secret address, shown only now: only a hash of its token is kept. */
  url: z.string(),
  createdAt: z.string(),
})

// Any text: a token that is not one (32 random bytes in base64url) opens no feed, and answers 404 like a revoked one.
export const CalendarFeedParams = z.object({ token: z.string().max(200) })
