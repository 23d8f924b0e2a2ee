/** The Swedish texts of the documents a meeting produces: the notice and extracts of the minutes (spread into sv.ts). */
export const svMeetingDocuments = {
  meetingDocuments: {
    noticePdf: 'Öppna kallelsen (PDF)',
    noticePdfHint: 'Kallelsen med tid, plats, föredragningslistan och vilka den går till.',
    extractPdf: 'Protokollsutdrag § {{paragraph}} (PDF)',
  },
} as const
