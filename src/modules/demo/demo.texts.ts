import { defineTexts } from '../../shared/texts'

/** The demo module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const demoErrors = defineTexts(
  {
    demo_removal_by_demo_account: 'Ett demokonto kan inte ta bort demodatan, eftersom det då tar bort sig självt. Skapa ett riktigt administratörskonto med npm run admin:create, logga in med det och försök igen.',
  },
  {
    demo_removal_by_demo_account: 'A demo account cannot remove the demo data, as it would remove itself. Create a real administrator with npm run admin:create, log in as that person and try again.',
  },
)
