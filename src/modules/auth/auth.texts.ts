import { defineTexts } from '../../shared/texts'

/** The auth module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const authErrors = defineTexts(
  {
    login_failed: 'Fel e-postadress eller lösenord. Efter {remaining} försök till låses kontot i {minutes} minuter.',
    account_locked: 'Kontot är låst efter för många misslyckade inloggningar. Försök igen efter kl. {until}, eller be en administratör låsa upp det.',
    login_refused: 'Fel e-postadress eller lösenord, eller så är kontot tillfälligt låst. Efter {attempts} misslyckade försök i rad låses kontot i {minutes} minuter; en administratör kan låsa upp det tidigare.',
    password_guessable: 'Lösenordet är för lätt att gissa: det finns bland vanliga eller läckta lösenord eller är byggt av upprepningar eller följder. Välj en längre fras som bara du känner till.',
    invitation_invalid: 'Länken till inbjudan fungerar inte längre: den har redan använts, har gått ut eller har ersatts av en nyare. Be den som bjöd in dig om en ny länk.',
    reset_link_invalid: 'Länken för att välja nytt lösenord fungerar inte längre: den har redan använts, har gått ut eller har ersatts av en nyare. Begär en ny länk.',
    // From the schemas (a schema carries the code, the error mapper says it in the caller's language).
    password_too_short: 'Lösenordet behöver minst 12 tecken',
  },
  {
    login_failed: 'Wrong e-mail address or password. After {remaining} more attempts the account is locked for {minutes} minutes.',
    account_locked: 'The account is locked after too many failed logins. Try again after {until}, or ask an administrator to unlock it.',
    login_refused: 'Wrong e-mail address or password, or the account is temporarily locked. After {attempts} failed attempts in a row the account is locked for {minutes} minutes; an administrator can unlock it sooner.',
    password_guessable: 'The password is too easy to guess: it is among common or leaked passwords, or built from repeats or sequences. Choose a longer phrase only you know.',
    invitation_invalid: 'The invitation link no longer works: it has been used, has expired or has been replaced by a newer one. Ask the person who invited you for a new link.',
    reset_link_invalid: 'The link to choose a new password no longer works: it has been used, has expired or has been replaced by a newer one. Ask for a new link.',
    password_too_short: 'The password needs at least 12 characters',
  },
)
