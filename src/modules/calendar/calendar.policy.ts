import { definePolicy, everyRole } from '../../server/http/access'

export const calendarPolicy = definePolicy('calendar', {
  /** Each person's own feed address: create (or replace), see whether there is one, revoke. */
  mine: { scope: 'signed_in' },
  /** The feed itself: a calendar program fetches it without a session; the secret in its address is the key. */
  feed: { scope: 'public' },
  /** The annual wheel's dated entries (rounds' stages, gate deadlines, appeal periods): everyone with a role. */
  wheelDates: { scope: 'collaboration', roles: everyRole },
})
