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

export const WheelDatesQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() })

/** A dated entry of the annual wheel, placed in the month of `date`. */
export const WheelDate = z.discriminatedUnion('kind', [
  /** A planning round's stage starts; `lastDay` is the day before the next one. */
  z.object({ kind: z.literal('stage'), date: z.string(), lastDay: z.string().nullable(), roundId: z.uuid(), roundTitle: z.string(), stage: z.string() }),
  /** The last day of a gate decision. */
  z.object({ kind: z.literal('gate'), date: z.string(), initiativeId: z.uuid(), title: z.string(), gateName: z.string() }),
  /** Minutes posted on `date`: their decisions may be appealed (laglighetsprövning) until `lastDay`, three weeks on (kommunallagen 13 kap. 5 §). */
  z.object({ kind: z.literal('appeal'), date: z.string(), lastDay: z.string(), meetingId: z.uuid(), bodyName: z.string(), meetingDate: z.string() }),
])
export const WheelDatesResponse = z.object({ year: z.number().int(), entries: z.array(WheelDate) })
export type WheelDate = z.infer<typeof WheelDate>
