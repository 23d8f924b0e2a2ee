import { useQuery } from '@tanstack/react-query'
import type { DashboardResponse } from '../../modules/dashboard/dashboard.schema'
import { get } from '../api/client'

export type Dashboard = DashboardResponse

export function useDashboard(collaborationId: string) {
  return useQuery({ queryKey: ['collaborations', collaborationId, 'dashboard'], queryFn: () => get<Dashboard>(`/api/collaborations/${collaborationId}/dashboard`) })
}
