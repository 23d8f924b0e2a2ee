import { defineTexts } from '../../shared/texts'

/** The setup module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const setupErrors = defineTexts(
  {
    setup_closed: 'Samverka är redan installerat: det första administratörskontot finns. Logga in, eller be en administratör om ett konto.',
    setup_link_invalid: 'Installationslänken fungerar inte: den har redan använts, har gått ut eller har ersatts av en nyare. Starta om Samverka för att få en ny länk, eller kör npm run admin:create.',
  },
  {
    setup_closed: 'Samverka is already set up: the first administrator account exists. Log in, or ask an administrator for an account.',
    setup_link_invalid: 'The setup link does not work: it has been used, has expired or has been replaced by a newer one. Restart Samverka for a new link, or run npm run admin:create.',
  },
)
