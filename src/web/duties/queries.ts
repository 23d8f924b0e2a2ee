import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import { get } from '../api/client'
import type { TodoResponse } from '../../modules/duties/duties.schema'

export type Todo = z.infer<typeof TodoResponse>

/** Att göra: what I, and the members I act for, owe; in one collaboration when given. */
export function useMyDuties(collaborationId?: string, limit = 50) {
  const query = new URLSearchParams({ limit: String(limit), ...(collaborationId ? { collaborationId } : {}) })
  return useQuery({
    queryKey: ['me', 'todo', collaborationId ?? null, limit],
    queryFn: () => get<Todo>(`/api/me/todo?${query.toString()}`),
    // A duty done elsewhere leaves the list as soon as the page shows again.
    staleTime: 0,
  })
}
