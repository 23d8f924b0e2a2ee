import { definePolicy, everyRole } from '../../server/http/access'

export const meetingsPolicy = definePolicy('meetings', {
  /** The calendar, agendas, published minutes and the iCal feeds; public where the records are. */
  read: { scope: 'collaboration', roles: everyRole, publicRead: true },
  /** Preparing and holding meetings, recording decisions and publishing minutes. */
  prepare: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
  /** Approving (justering) the minutes: the service checks that the user is the meeting's chair or adjuster. */
  approve: { scope: 'collaboration', roles: ['body_member', 'coordinator', 'secretary', 'member_representative'] },
  annualWheel: { scope: 'collaboration', roles: ['coordinator', 'secretary'] },
})
