import { definePolicy } from '../../server/http/access'

export const accessibilityPolicy = definePolicy('accessibility', {
  /** Anyone, signed in or not, can tell us about a barrier. */
  report: { scope: 'public' },
  listReports: { scope: 'admin' },
})
