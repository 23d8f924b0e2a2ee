import type { Catalogue } from './en'
import type { svCases } from './sv-cases'

/** The English texts of cases, the public-records register and the meeting calendar (spread into en.ts). */
export const enCases: Catalogue<typeof svCases> = {
  meetingStatus: {
    planned: 'Planned',
    notice_sent: 'Notice sent',
    held: 'Held',
    minutes_approved: 'Minutes approved',
    published: 'Published',
    cancelled: 'Cancelled',
  },
  cases: {
    nav: 'Cases',
    title: 'Cases',
  },
  register: {
    nav: 'Register',
    title: 'Public register',
  },
  calendar: {
    nav: 'Calendar',
    title: 'Calendar',
  },
}
