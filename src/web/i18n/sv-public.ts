/** The Swedish texts of the public decision register (spread into sv.ts). */
export const svPublic = {
  decisionRegister: {
    intro: 'Varje paragraf i anslagna protokoll, numrerad som i protokollet, och varje beslut som fattats utanför Samverka och registrerats här. Senaste först.',
    caption: 'Beslutsregister, senaste först',
    year: 'År',
    allYears: 'Alla år',
    empty: 'Inga beslut är registrerade ännu.',
    paragraph: 'Paragraf',
    decidedOn: 'Datum',
    decider: 'Beslutat av',
    matter: 'Ärende',
    outcome: 'Beslut',
    initiative: 'Initiativ',
    source: 'Protokoll',
    external: 'Extern',
    withheld: 'Sekretess: {{ground}}',
    caseNumber: 'Dnr {{number}}',
    minutesLink: 'Protokoll {{body}} {{date}} (PDF)',
    recordedBy: 'Beslut utanför Samverka, registrerat av {{name}}',
    pages: 'Sidor i beslutsregistret',
  },
} as const
