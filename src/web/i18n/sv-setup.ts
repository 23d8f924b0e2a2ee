/** The first run (the setup page, the login page's notice) and removing the demo data. */
export const svSetup = {
  setup: {
    title: 'Installera Samverka',
    intro: 'Skapa det första administratörskontot. Som administratör skapar du sedan samverkansorganisationer och bjuder in användare.',
    noToken: 'Länken saknar sin engångskod. Öppna hela länken som skrevs ut när Samverka startade, eller be driftansvarig köra npm run admin:create på servern.',
    closed: 'Samverka är redan installerat: det första administratörskontot finns.',
    toLogin: 'Gå till inloggningen',
    name: 'Ditt namn',
    email: 'E-postadress',
    password: 'Lösenord',
    passwordHint: 'Minst 12 tecken. En lång fras av flera ord är lättare att minnas och svårare att gissa.',
    repeat: 'Upprepa lösenordet',
    mismatch: 'Lösenorden är inte lika. Skriv samma lösenord i båda fälten.',
    submit: 'Skapa administratörskonto',
    submitting: 'Skapar kontot …',
    loginNotice:
      'Samverka har inget konto än. Skapa den första administratören med installationslänken som skrevs ut när Samverka startade, eller kör npm run admin:create på servern.',
  },
  demoData: {
    nav: 'Demodata',
    title: 'Demodata',
    intro:
      'Demodatan är exempel som följde med när Samverka startade första gången. Ta bort den innan Samverka används på riktigt. Bara det som är märkt som demo tas bort, och granskningsloggen behåller sina poster.',
    none: 'Det finns ingen demodata.',
    collaborations: 'Demosamverkan',
    records: 'Poster i dem',
    accounts: 'Demokonton',
    remove: 'Ta bort all demodata',
    confirmTitle: 'Ta bort all demodata?',
    confirmText: 'Det går inte att ångra. Alla demosamverkansorganisationer med allt innehåll och alla demokonton tas bort.',
    removing: 'Tar bort …',
    removed: 'Demodatan är borttagen: {{collaborations}} samverkansorganisationer, {{records}} poster och {{accounts}} konton.',
    deactivated: 'De här demokontona har roller eller poster i riktiga samverkansorganisationer och avaktiverades i stället för att tas bort:',
    badge: 'Demo',
  },
}

/** The audit log's words for what setup and the demo removal record (spread into audit.actions). */
export const svSetupAuditActions = {
  demo: {
    removed: 'Demodata borttagen',
  },
}
