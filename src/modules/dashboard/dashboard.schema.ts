import { z } from 'zod'
import { STAGES } from '../planning'

export const DashboardMeeting = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  /** The meeting's day in Swedish time. */
  date: z.string(),
  place: z.string(),
  link: z.string(),
  status: z.enum(['planned', 'notice_sent', 'held', 'minutes_approved', 'published', 'cancelled']),
})

export const DashboardResponse = z.object({
  today: z.string(),
  /** The next five meetings of the collaboration's bodies, from today on. */
  meetings: z.array(DashboardMeeting),
  initiatives: z.object({
    /** Running (active or paused) initiatives in all. */
    running: z.number().int(),
    /** Per process in use, how many running initiatives stand in each of its phases. */
    processes: z.array(z.object({ lineageId: z.uuid(), name: z.string(), phases: z.array(z.object({ key: z.string(), name: z.string(), count: z.number().int() })) })),
    /** Active initiatives whose gate decision has a day set, due first first (the first ten). */
    atGates: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), phaseName: z.string(), gateName: z.string(), dueOn: z.string() })),
    atGatesTotal: z.number().int(),
  }),
  /** The planning stage each started round is in, with its last day (null: it runs on). */
  planning: z.array(z.object({ roundId: z.uuid(), title: z.string(), year: z.number().int(), stage: z.enum(STAGES), lastDay: z.string().nullable() })),
  /** This year's amount for each member the reader represents or keeps the finances of; empty for everyone else. */
  myMembers: z.array(z.object({ memberId: z.uuid(), name: z.string(), year: z.number().int(), totalOre: z.number().int().nullable() })),
})
export type DashboardResponse = z.infer<typeof DashboardResponse>
