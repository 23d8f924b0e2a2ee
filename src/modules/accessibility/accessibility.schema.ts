import { z } from 'zod'

export const AccessibilityReportBody = z.object({
  page: z.string().trim().min(1).max(500),
  description: z.string().trim().min(10, 'Beskriv problemet med minst 10 tecken').max(5000),
  contactEmail: z.union([z.literal(''), z.string().trim().email().max(254)]).optional(),
})
export type AccessibilityReportBody = z.infer<typeof AccessibilityReportBody>

export const AccessibilityReport = z.object({
  id: z.uuid(),
  reportedAt: z.string(),
  page: z.string(),
  description: z.string(),
  contactEmail: z.string().nullable(),
})
