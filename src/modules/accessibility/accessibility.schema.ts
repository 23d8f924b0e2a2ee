import { z } from 'zod'
import { text } from '../../shared/schema'

export const AccessibilityReportBody = z.object({
  page: text(500).min(1),
  description: text(5000).min(10, 'description_too_short'),
  contactEmail: z.union([z.literal(''), text(254).email()]).optional(),
})
export type AccessibilityReportBody = z.infer<typeof AccessibilityReportBody>

export const AccessibilityReport = z.object({
  id: z.uuid(),
  reportedAt: z.string(),
  page: z.string(),
  description: z.string(),
  contactEmail: z.string().nullable(),
})
