/** The English texts of the public decision register (spread into en.ts). */
export const enPublic = {
  decisionRegister: {
    intro: 'Every paragraph of posted minutes, numbered as in the minutes, and every decision taken outside Samverka and recorded here. Newest first.',
    caption: 'Decision register, newest first',
    year: 'Year',
    allYears: 'All years',
    empty: 'No decisions recorded yet.',
    paragraph: 'Paragraph',
    decidedOn: 'Date',
    decider: 'Decided by',
    matter: 'Matter',
    outcome: 'Decision',
    initiative: 'Initiative',
    source: 'Minutes',
    external: 'External',
    withheld: 'Confidential: {{ground}}',
    caseNumber: 'Ref. {{number}}',
    minutesLink: 'Minutes {{body}} {{date}} (PDF)',
    recordedBy: 'Decision taken outside Samverka, recorded by {{name}}',
    pages: 'Pages of the decision register',
  },
} as const
