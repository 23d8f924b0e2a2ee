/** The contract of the dashboard module (the collaboration's overview for the person reading it). */
export { DashboardResponse } from './dashboard.schema'
