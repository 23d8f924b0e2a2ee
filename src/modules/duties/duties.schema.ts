import { z } from 'zod'
import { DUTY_KINDS } from './duty-types'

export const TodoQuery = z.object({
  collaborationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

export const TodoItem = z.object({
  key: z.string(),
  kind: z.enum(DUTY_KINDS),
  collaborationId: z.uuid(),
  collaborationName: z.string(),
  member: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** What is owed, in the reader's language. */
  text: z.string(),
  /** The page where it is done. */
  link: z.string(),
  dueOn: z.string().nullable(),
  since: z.string(),
  /** Days to the due date; negative when overdue, null without one. */
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
})

export const TodoResponse = z.object({
  /** The first `limit` duties, what is due first first. */
  items: z.array(TodoItem),
  total: z.number().int(),
  overdue: z.number().int(),
})
export type TodoItem = z.infer<typeof TodoItem>
