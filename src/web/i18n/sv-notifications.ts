/** The Swedish texts of the notification centre: the bell's actions and the e-mail settings on Mitt konto. */
export const svNotifications = {
  notificationCentre: {
    reminderDaysTitle: 'Påminnelser före sista dag',
    reminderDaysIntro: 'Alla som ska göra något med ett sista datum påminns de här dagarna före, och en gång när det har blivit försenat. Var och en väljer själv om påminnelsen också kommer med e-post.',
    reminderDaysLabel: 'Dagar före sista dag',
    reminderDaysHint: 'Hela dagar, åtskilda med komma, högst sex, till exempel 14, 3, 0 (0 = samma dag). Tomt = inga påminnelser.',
    reminderDaysInvalid: 'Skriv bara hela dagar, åtskilda med komma, till exempel 14, 3, 0.',
    reminderDaysSave: 'Spara påminnelserna',
    reminderDaysSaved: 'Påminnelserna är sparade.',
    markAllRead: 'Markera alla som lästa',
    settingsLink: 'Välj vad du får med e-post',
    settingsTitle: 'Aviseringar med e-post',
    settingsIntro: 'Allt syns under Aviseringar i sidhuvudet. Välj för varje slag om du också vill få e-post: direkt, samlat en gång om dagen (på morgonen) eller en gång i veckan (på måndagar), eller inte alls.',
    kind: {
      new_duty: 'Något nytt att göra',
      reminder: 'Påminnelser före sista dag och när något är försenat',
    },
    kindHint: {
      new_duty: 'Till exempel ett beslut din medlem ska fatta, eller ett protokoll att justera.',
      reminder: 'Påminnelserna kommer ett antal dagar före sista dag, som samordnaren bestämmer (i regel 14, 3 och 0 dagar).',
    },
    channel: {
      immediately: 'Direkt',
      daily: 'Daglig sammanfattning',
      weekly: 'Veckosammanfattning',
      off: 'Ingen e-post',
    },
    save: 'Spara valen',
    saving: 'Sparar …',
    saved: 'Dina val för aviseringar är sparade.',
  },
} as const
