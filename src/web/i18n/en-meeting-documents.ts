import type { Catalogue } from './en'
import type { svMeetingDocuments } from './sv-meeting-documents'

/** The English texts of the documents a meeting produces: the notice and extracts of the minutes (spread into en.ts). */
export const enMeetingDocuments: Catalogue<typeof svMeetingDocuments> = {
  meetingDocuments: {
    noticePdf: 'Open the notice (PDF)',
    noticePdfHint: 'The notice with the time, place, agenda and whom it goes to.',
    extractPdf: 'Extract of minutes § {{paragraph}} (PDF)',
  },
}
