/** The Swedish texts of cases, the public-records register (diarium) and the meeting calendar (spread into sv.ts). */
export const svCases = {
  meetingStatus: {
    planned: 'Planerat',
    notice_sent: 'Kallelse skickad',
    held: 'Genomfört',
    minutes_approved: 'Justerat',
    published: 'Anslaget',
    cancelled: 'Inställt',
  },
  cases: {
    nav: 'Ärenden',
    title: 'Ärenden',
  },
  register: {
    nav: 'Diarium',
    title: 'Diarium',
  },
  calendar: {
    nav: 'Kalender',
    title: 'Kalender',
  },
} as const
