import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { DashboardResponse } from '../../modules/dashboard/dashboard.schema'
import type { TodoResponse } from '../../modules/duties/duties.schema'
import { get } from '../api/client'

export type Dashboard = DashboardResponse
export type Todo = z.infer<typeof TodoResponse>

export function useDashboard(collaborationId: string) {
  return useQuery({ queryKey: ['collaborations', collaborationId, 'dashboard'], queryFn: () => get<Dashboard>(`/api/collaborations/${collaborationId}/dashboard`) })
}

/** The reader's duties in one collaboration, due first first (Att göra, GET /api/me/todo). */
export function useCollaborationTodo(collaborationId: string, limit: number) {
  return useQuery({ queryKey: ['me', 'todo', { collaborationId, limit }], queryFn: () => get<Todo>(`/api/me/todo?collaborationId=${collaborationId}&limit=${limit}`) })
}
